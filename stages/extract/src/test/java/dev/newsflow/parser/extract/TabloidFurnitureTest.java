package dev.newsflow.parser.extract;

import static dev.newsflow.parser.extract.RuleAlone.LAST;
import static dev.newsflow.parser.extract.RuleAlone.PAGE_END;
import static dev.newsflow.parser.extract.RuleAlone.PAGE_START;
import static dev.newsflow.parser.extract.RuleAlone.PROSE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Tabloid furniture and live-blog controls (the stress pages' thirteenth group): a tip line that opens with a short
 * question and gives an address, a follow line linked to the outlet's own redirects, an ad labelled at its start, a
 * betting promo, a gallery known by its counter, a live blog's entry badge, its entry author beside the time and its
 * controls around the entries. And the article's own look-alikes, which stay.
 */
class TabloidFurnitureTest {

    /** The body of an article with {@code middle} among its paragraphs, under one rule alone. */
    private static String body(String rule, String middle) {
        return extract(rule, PAGE_START + PROSE.repeat(3) + middle + PROSE + LAST + PAGE_END);
    }

    private static String extract(String rule, String html) {
        return RuleAlone.article(rule, html).body();
    }

    @Test
    void aTipLineOpeningWithAShortQuestionAndGivingAnAddressGoes() {
        for (String line : new String[] {
                "<p>Har du tips? Mejla <a href=\"mailto:tips@example.org\">tips@example.org</a> eller sms:a 71 000.</p>",
                "<p><strong>Sie haben etwas beobachtet?</strong> Schicken Sie Ihre Fotos an leserreporter@example.org.</p>"}) {
            assertThat(body("labelled-furniture", line)).as(line).doesNotContain("@example.org")
                    .contains("Residents will be asked");
        }
    }

    @Test
    void aQuestionOfTheStoryAndAnAppealWithoutAnAddressStay() {
        for (String line : new String[] {
                "<p>Got a story about the library? That was the question the library put to its members last spring.</p>",
                "<p>Anyone who saw the crash is asked to call the police on 01632 960 412.</p>",
                "<p>What did the council decide about the roads, and when will the work start? The leader said next"
                        + " month, and that residents could write to roads@example.org with their worst streets.</p>"}) {
            assertThat(body("labelled-furniture", line)).as(line).contains(org.jsoup.Jsoup.parse(line).text());
        }
    }

    @Test
    void aFollowLineLinkedToTheOutletsOwnRedirectsGoes() {
        String body = body("service-links", "<p>Follow The Daily Beacon on <a href=\"/fb\">Facebook</a> and"
                + " <a href=\"/x\">X</a> for all the latest news.</p>");
        assertThat(body).doesNotContain("Daily Beacon").contains("Residents will be asked");
    }

    @Test
    void aNetworkNamedInAnArticlesLinkToAnotherSiteStays() {
        String line = "<p>The clip was shared on <a href=\"https://other.example/tiktok\">TikTok</a> and"
                + " <a href=\"https://other.example/ig\">Instagram</a>.</p>";
        assertThat(body("service-links", line)).contains("The clip was shared on TikTok and Instagram.");
    }

    @Test
    void anAdLabelledAtItsStartAndABettingPromoGo() {
        for (String line : new String[] {
                "<p>Anzeige: Jetzt bis zu 50 % sparen – die besten Gutscheine im Vorteilsshop</p>",
                "<p><strong>BET \u00a310 GET \u00a340 IN FREE BETS</strong> with our partner. 18+. T&amp;Cs apply.</p>"}) {
            assertThat(body("labelled-furniture", line)).as(line).doesNotContain("sparen", "FREE BETS")
                    .contains("Residents will be asked");
        }
    }

    @Test
    void anAgeLimitInProseStays() {
        String line = "<p>The festival is open to visitors aged 18+ only, and the organisers say the bonus stage will"
                + " host local bands on Sunday afternoon, after the main acts have finished their sets.</p>";
        assertThat(body("labelled-furniture", line)).contains(org.jsoup.Jsoup.parse(line).text());
    }

    @Test
    void aMostReadHeadingOverTheArticlesOwnListStays() {
        String body = body("labelled-furniture", "<h2>Most read</h2><p>1. The Harbour Murders by Ellen Vance</p>"
                + "<p>2. A Year of Small Gardens by Tom Hale</p>" + PROSE);
        assertThat(body).contains("Most read\n\n1. The Harbour Murders");
    }

    @Test
    void aMostReadHeadingLeftInItsBoxOrOverLinksGoes() {
        // the rail's links taken by an earlier rule, its heading alone in the box; and a heading over links
        for (String box : new String[] {"<div class=\"rail\"><h3>MOST READ IN NEWS</h3></div>",
                "<h2>Most read</h2><p><a href=\"/news/1\">Mum's heartbreak as toddler dies</a></p>"}) {
            assertThat(body("labelled-furniture", box)).as(box).doesNotContainIgnoringCase("most read")
                    .contains("Residents will be asked");
        }
    }

    @Test
    void aGalleryGoesWithItsFrameByItsCounter() {
        String body = body("labelled-furniture", "<div class=\"g\"><div>The best lottery stories</div><div>1 von 12</div>"
                + "<div>This player won twice in one week</div></div>");
        assertThat(body).doesNotContain("lottery stories", "1 von 12", "twice in one week").contains("Residents will be asked");
    }

    private static String entry(String label, String time, String author, String text) {
        return "<div class=\"item\">" + label + "<div class=\"meta\"><span>" + time + "</span> <span>" + author
                + "</span></div><p>" + text + "</p></div>";
    }

    private static String liveBlog(String label, String author, String controls) {
        return "<html><head><title>Fire in the port</title></head><body><article><p>A fire has broken out in a warehouse"
                + " in the port. Follow our live coverage.</p>" + controls + "<div class=\"feed\">"
                + entry(label, "14.55", author, "The fire brigade says the fire is now under control, and the work will go on all evening.")
                + entry("", "14.32", author, "The police have closed the harbour road in both directions; buses take another way.")
                + entry("", "14.10", author, "All the workers left the building in time, the fire chief says. Nobody was hurt.")
                + "</div></article></body></html>";
    }

    @Test
    void anEntrysBadgeItsAuthorBesideTheTimeAndTheControlsGoTheTimesStay() {
        String body = extract("labelled-furniture",
                liveBlog("<span class=\"sticky\">Pinned post</span>", "Av Karin Ek", "<div>Updated continuously</div>"));
        assertThat(body).doesNotContain("Pinned post", "Karin Ek", "Updated continuously")
                .contains("14.55", "14.32", "14.10", "Follow our live coverage.", "Nobody was hurt.");
    }

    @Test
    void withoutARunOfEntriesShortLinesStay() {
        String html = "<html><head><title>Fire in the port</title></head><body><article><div>Pinned post</div>"
                + PROSE.repeat(3) + "<p><span>14.55</span> <span>Av Karin Ek</span></p>" + LAST + "</article></body></html>";
        assertThat(extract("labelled-furniture", html)).contains("Av Karin Ek");
    }
}

package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.Image;
import dev.newsflow.model.RawPage;
import org.junit.jupiter.api.Test;

/**
 * The rules of the stress pages' second group, on the tricky cases: header lines above the first paragraph (and the
 * first paragraphs that open with a date or a place, which stay), credits and captions inside or beside a picture's
 * figure, the outlet's own promos, a press release's boilerplate, and a live blog's entry times set in headers.
 */
class HeaderAndBoilerplateTest {

    private static final String PROSE = "<p>The council met on Tuesday evening to discuss the budget, the new library and"
            + " the state of the roads, which residents say have not been repaired in years.</p>";

    /** The article: {@code top}, three paragraphs, {@code middle}, two paragraphs, {@code tail}; under the settings. */
    private static Article extract(PrecisionSettings settings, String top, String middle, String tail) {
        String html = "<html><head><title>Council approves the budget</title></head><body><article>"
                + "<h1>Council approves the budget</h1>" + top + PROSE.repeat(3) + middle + PROSE.repeat(2) + tail
                + "</article></body></html>";
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, settings)
                .extract(RawPage.of("https://example.org/news/budget", "text/html", html, null, "manual"));
    }

    private static PrecisionSettings rule(String name) {
        return PrecisionSettings.eachRuleAlone().get(name);
    }

    private static String withTop(String top) {
        return extract(rule("header-lines"), top, "", "").body();
    }

    @Test
    void dateBylineAndReadingLinesAboveTheFirstParagraphGo() {
        for (String line : new String[] {
            "<p>Published 3 March 2026, 10:42 GMT | Updated 3 March 2026, 11:05 GMT</p>",
            "<div>By Martha Quigley, Transport Correspondent, The Riverside Courier</div>",
            "<div>Von Julia Brandt, Korrespondentin in Hamburg · 12. Februar 2026, 08:15 Uhr</div>",
            "<p><time>Publié le 14 janvier 2026 à 18h30</time>, mis à jour à 19h02</p>",
            "<p>LONDON, 3 March 2026</p>",
            "<p>Actualizado hace 2 horas</p>",
            "<p>Lesezeit: 4 Minuten</p>",
            "<p>Listen to this article</p>",
            "<ul><li><a href=\"/s/fb\">Facebook</a></li><li><a href=\"/s/x\">X</a></li></ul>",
        }) {
            assertThat(withTop(line)).as(line).startsWith("The council met on Tuesday");
        }
    }

    @Test
    void aFirstParagraphThatOpensWithADateOrAPlaceStays() {
        for (String first : new String[] {
            "<p>3 March 2026 – The council voted on Tuesday to rebuild the bridge.</p>",
            "<p>LONDON (Reuters) - The council voted on Tuesday to rebuild the bridge.</p>",
            "<p>Lyon, 14 janvier 2026 – La métropole a présenté mercredi un service de location.</p>",
            "<p>By 2030 the bridge will carry twice as many cars.</p>",
        }) {
            String text = first.replaceAll("<[^>]+>", "");
            assertThat(withTop(first)).as(first).startsWith(text);
        }
    }

    @Test
    void whatOnlyLooksLikeAHeaderLineAboveTheTextStays() {
        // a live blog's first entry time, a linked sentence (a post's highlights), a linked heading, a table's row
        assertThat(withTop("<h3>06:12</h3>")).startsWith("06:12");
        assertThat(withTop("<ul><li><a href=\"/review\">Here is our year in review!</a></li></ul>"))
                .startsWith("Here is our year in review!");
        assertThat(withTop("<h2><a href=\"#s1\">Budget Talks</a></h2>")).startsWith("Budget Talks");
        assertThat(withTop("<table><tr><td>March 2026</td><td>4.2</td></tr><tr><td>April 2026</td><td>3.9</td></tr></table>"))
                .startsWith("March 2026");
        // below the first paragraph a date line is the article's
        assertThat(extract(rule("header-lines"), "", "<p>Updated 3 March 2026</p>", "").body())
                .contains("Updated 3 March 2026");
    }

    @Test
    void textAPicturesFigureHoldsBesideItsCaptionIsTheImages() {
        String figure = "<figure><img src=\"/silo.jpg\"><figcaption>The silo by the canal.</figcaption>"
                + "<span class=\"credit\">Photograph: Lena Fischer</span></figure>";
        assertThat(extract(PrecisionSettings.OFF, "", figure, "").body()).contains("Photograph: Lena Fischer");
        assertThat(extract(rule("image-captions"), "", figure, "").body()).doesNotContain("Lena Fischer");
        String inP = "<figure><img src=\"/silo.jpg\"><p>Omar Haddad at the meeting.</p></figure>";
        assertThat(extract(rule("image-captions"), "", inP, "").body()).doesNotContain("Omar Haddad");
        // a quotation set as a figure is text
        String quote = "<figure><img src=\"/q.jpg\"><blockquote>We will rebuild it.</blockquote></figure>";
        assertThat(extract(rule("image-captions"), "", quote, "").body()).contains("We will rebuild it.");
    }

    @Test
    void aLineAfterAnImageThatEndsOnACreditIsItsCaptionButAHeadingIsNot() {
        String credited = "<div><img src=\"/ring.jpg\"></div><p>Die Ringstraße am Montagmorgen. Foto: Stefan Kurz/dpa</p>";
        Article a = extract(rule("image-captions"), "", credited, "");
        assertThat(a.body()).doesNotContain("Ringstraße");
        assertThat(a.images()).extracting(Image::caption).contains("Die Ringstraße am Montagmorgen. Foto: Stefan Kurz/dpa");
        String heading = "<div><img src=\"/formula.png\"></div><h3><span>Spectral properties</span><span>[edit]</span></h3>";
        assertThat(extract(rule("image-captions"), "", heading, "").body()).contains("Spectral properties");
    }

    @Test
    void theOutletsOwnPromoGoesButAQuotedOrReportedOneStays() {
        String promo = "<p>Get our free app for breaking news alerts on your phone.</p>"
                + "<p>Rejoignez notre chaîne WhatsApp pour suivre l'actualité locale.</p>";
        String body = extract(rule("labelled-furniture"), "", promo, "").body();
        assertThat(body).doesNotContain("free app").doesNotContain("WhatsApp");
        String reported = "<p>“Download our app and report the pothole,” the mayor said.</p>"
                + "<p>Residents can sign up for the council's newsletter on its website.</p>";
        assertThat(extract(rule("labelled-furniture"), "", reported, "").body())
                .contains("Download our app and report the pothole").contains("sign up for the council's newsletter");
    }

    @Test
    void aPressReleasesBoilerplateGoesFromItsFirstSectionHeading() {
        String tail = "<p><b>About Norrland Batteries</b></p><p>Norrland Batteries AB develops recycling plants and employs"
                + " 480 people in the Nordic countries.</p><h3>Forward-Looking Statements</h3><p>This release contains"
                + " forward-looking statements. Actual results may differ materially.</p><p>SOURCE Norrland Batteries</p>";
        assertThat(extract(PrecisionSettings.OFF, "", "", tail).body()).contains("develops recycling plants");
        String body = extract(rule("end-markers"), "", "", tail).body();
        assertThat(body).endsWith("have not been repaired in years.").doesNotContain("Norrland");
        String german = "<h3>Über die Helmholtz Solar GmbH</h3><p>Die Helmholtz Solar GmbH fertigt Solarmodule.</p>"
                + "<h3>Pressekontakt</h3><p>Anna Berg<br>presse@helmholtz.example</p>";
        assertThat(extract(rule("end-markers"), "", "", german).body()).doesNotContain("Helmholtz");
    }

    @Test
    void anAboutSectionEarlyInTheArticleOrProseThatStartsWithAboutStays() {
        String early = "<h3>About The Study</h3><p>The survey asked 2,000 residents about their roads.</p>";
        assertThat(extract(rule("end-markers"), early, "", "").body()).contains("About The Study");
        String prose = "<p>About 200 people attended the meeting, more than at any time since 2019.</p>";
        assertThat(extract(rule("end-markers"), "", "", prose).body()).contains("About 200 people attended");
    }

    @Test
    void aLiveBlogKeepsTheTimesItsEntriesSetInTheirHeadersButNotThePagesHeader() {
        // enough text that the first pass (the one that drops unlikely candidates such as headers) is taken
        StringBuilder entries = new StringBuilder();
        for (String time : new String[] {"06:12", "06:40", "07:05"}) {
            entries.append("<div class=\"live-entry\"><header class=\"block-header\"><time>").append(time)
                    .append("</time></header><p>Crews are clearing the coast road after the storm, the county said at ")
                    .append(time).append(", and more closures are expected along the shore road and the bridges to the"
                            + " islands, where the wind is still too strong for the ferries to sail.</p></div>");
        }
        String html = "<html><head><title>Storm live</title></head><body><header class=\"site-header\"><a href=\"/\">Coast"
                + " Echo</a> 06:00</header><div class=\"live-body\"><p>Storm Ida brought gusts of more than 120 km/h to"
                + " the coast overnight. Here is what we know so far.</p>" + entries + "</div></body></html>";
        String body = new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.OFF)
                .extract(RawPage.of("https://example.org/live", "text/html", html, null, "manual")).body();
        assertThat(body).contains("06:12\n\nCrews are clearing", "06:40\n\nCrews", "07:05\n\nCrews")
                .doesNotContain("Coast Echo");
    }
}

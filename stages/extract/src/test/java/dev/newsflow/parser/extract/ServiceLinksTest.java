package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.RawPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Service lines known by where their links go ({@link ServiceLinks}): each line is set among an article's paragraphs
 * on the outlet example-news.de and extracted with the rule alone, and, for the lines that go, with every rule off, so
 * that each test says what the rule changes.
 */
class ServiceLinksTest {

    private static final String PROSE = "<p>Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen,"
            + " nach einer Debatte über die Bibliothek, die Straßen und die Zuschüsse für die Sportvereine.</p>";

    private static String body(String rule, String line) {
        String html = "<html><head><title>Stadtrat beschließt Haushalt</title>"
                + "<meta property=\"og:site_name\" content=\"Example News\"></head><body><article>" + PROSE.repeat(2)
                + line + PROSE.repeat(2) + "</article></body></html>";
        PrecisionSettings settings = rule == null ? PrecisionSettings.OFF : PrecisionSettings.eachRuleAlone().get(rule);
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, settings)
                .extract(RawPage.of("https://www.example-news.de/politik/haushalt", "text/html", html, null, "manual"))
                .body();
    }

    private static void goes(String line, String words) {
        assertThat(body(null, line)).as("without the rule").contains(words);
        assertThat(body("service-links", line)).as(line).doesNotContain(words).contains("Stadtrat");
    }

    private static void stays(String line, String words) {
        assertThat(body("service-links", line)).as(line).contains(words);
    }

    @Test
    void aLineOfTheOutletsOwnProfilesGoesInAnyWording() {
        goes("<p>Kövess minket: <a href=\"https://www.facebook.com/examplenews\">Facebook</a> · "
                + "<a href=\"https://x.com/ExampleNews\">X</a></p>", "Kövess");
        goes("<p><a href=\"https://www.youtube.com/@examplenews\">Kanal</a> und <a href=\"https://t.me/examplenews\">"
                + "Telegram</a> abonnieren</p>", "Kanal");
    }

    @Test
    void theOutletsAppInTheStoresGoes() {
        goes("<p>Hent appen: <a href=\"https://apps.apple.com/de/app/example-news/id123\">iPhone</a> "
                + "<a href=\"https://play.google.com/store/apps/details?id=de.examplenews.app\">Android</a></p>", "Hent");
    }

    @Test
    void theOutletsOwnServicePagesGoAndItsOwnAddress() {
        goes("<p>Unabhängiger Journalismus kostet Geld. <a href=\"/abo/digital\">Jetzt 4 Wochen testen</a></p>", "testen");
        goes("<p><a href=\"https://konto.example-news.de/\">Einloggen</a></p>", "Einloggen");
        goes("<p>Hinweise an die Redaktion: <a href=\"mailto:tipps@example-news.de\">tipps@example-news.de</a></p>",
                "Hinweise");
        goes("<p>Fehler gefunden? <a href=\"/kontakt?betreff=fehler\">Schreiben Sie uns</a></p>", "Fehler");
    }

    @Test
    void aPostIsNotAProfile() {
        assertThat(new ServiceLinks("https://www.example-news.de/a", null, null)
                .target("https://x.com/examplenews/status/1890012345678")).isEqualTo(ServiceLinks.Target.NONE);
        assertThat(new ServiceLinks("https://www.example-news.de/a", null, null)
                .target("https://www.instagram.com/p/C1x2y3z/")).isEqualTo(ServiceLinks.Target.NONE);
        stays("<p><a href=\"https://x.com/ExampleNews/status/1890012345678\">Unser Beitrag dazu</a></p>", "Beitrag");
    }

    @Test
    void someoneElsesProfileInAShortSentenceStaysALineOfHandlesGoes() {
        stays("<p>Maier hat auf <a href=\"https://www.instagram.com/lena.maier/\">Instagram</a> fast 30.000 Follower.</p>",
                "Follower");
        goes("<p><a href=\"https://x.com/jdoe\">@jdoe</a> <a href=\"https://www.linkedin.com/in/jane-doe\">Jane Doe</a></p>",
                "@jdoe");
    }

    @Test
    void anotherSitesServicePagesAreWhatAnArticleLinksTo() {
        stays("<p>Anmelden kann man sich über das <a href=\"https://www.stadt.de/kontakt\">Formular der Stadt</a>.</p>",
                "Formular");
        stays("<p><a href=\"https://www.streamflix.de/abo\">Streamflix-Abo</a></p>", "Streamflix");
    }

    @Test
    void aCorrectionWithALinkToTheCorrectionsPageIsProse() {
        stays("<p>Korrektur: In einer früheren Fassung dieses Artikels stand, der Haushalt umfasse 12 Millionen Euro. Es"
                + " sind 21 Millionen. <a href=\"/korrekturen\">Alle Korrekturen</a></p>", "Korrektur");
    }

    /** The block of {@code html} (its element of that tag), judged by the rule on the outlet example-news.de. */
    private static boolean serviceLine(String html, String tag) {
        Element block = Jsoup.parse(html).selectFirst(tag);
        return new ServiceLinks("https://www.example-news.de/a", null, "Example News").isServiceLine(block,
                block.text().strip());
    }

    @Test
    void anAppsStoreLinksInATableCellOrOneAloneInAListItemAreTheArticles() {
        assertThat(serviceLine("<table><tr><td><a href=\"https://apps.apple.com/us/app/farm-heroes/id1\">iOS</a> "
                + "<a href=\"https://play.google.com/store/apps/details?id=com.king.farmheroes\">Android</a></td></tr></table>",
                "td")).isFalse();
        assertThat(serviceLine("<ul><li><a href=\"https://apps.apple.com/de/app/komoot/id447374873\">Komoot</a></li></ul>",
                "li")).isFalse();
        // the same two links outside a table are a line of links to others' apps
        assertThat(serviceLine("<p><a href=\"https://apps.apple.com/us/app/farm-heroes/id1\">iOS</a> "
                + "<a href=\"https://play.google.com/store/apps/details?id=com.king.farmheroes\">Android</a></p>", "p")).isTrue();
    }

    @Test
    void anOwnStoryDeepInASectionIsNoServicePage() {
        ServiceLinks links = new ServiceLinks("https://www.example-news.de/a", null, null);
        assertThat(links.target("/tipps/so-sparen-sie-beim-einkauf-im-supermarkt-geld")).isEqualTo(ServiceLinks.Target.NONE);
        assertThat(links.target("/aboriginal-art-show-opens")).isEqualTo(ServiceLinks.Target.NONE);
        assertThat(links.target("/app")).isEqualTo(ServiceLinks.Target.OWN);
    }

    /**
     * An outlet with a short name under a country's domain: its address on "www." and its subscription site on
     * another subdomain are one domain by the public suffix list (a rule of thumb took "www.hs.fi" for a registrable
     * domain under a suffix "hs.fi", as it does "bbc.co.uk", so the subscription site was someone else's).
     */
    @Test
    void aShortOutletNameUnderACountrysDomainIsOneDomainAcrossItsSubdomains() {
        assertThat(ServiceLinks.domain("www.hs.fi")).isEqualTo("hs.fi").isEqualTo(ServiceLinks.domain("tilaus.hs.fi"));
        assertThat(ServiceLinks.domain("www.bbc.co.uk")).isEqualTo("bbc.co.uk");
        assertThat(ServiceLinks.domain("eval.invalid")).isEqualTo("eval.invalid");
        assertThat(ServiceLinks.domain("127.0.0.1")).isNull();
        String html = "<html><head><title>Kaupunginvaltuusto hyväksyi talousarvion</title></head><body><article>"
                + PROSE.repeat(2) + "<p><a href=\"https://tilaus.hs.fi/\">Tilaa nyt</a> ja lue kaikki jutut</p>"
                + PROSE.repeat(2) + "</article></body></html>";
        String body = new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.eachRuleAlone().get("service-links"))
                .extract(RawPage.of("https://www.hs.fi/kotimaa/art-2000001.html", "text/html", html, null, "manual"))
                .body();
        assertThat(body).doesNotContain("Tilaa nyt").contains("Stadtrat");
    }
}

package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.RawPage;
import dev.newsflow.parser.eval.Predictions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stress pages (test resources {@code stress/tune} and {@code stress/check}): an article with one class of junk
 * among or after its paragraphs, in five articles, four languages and varied markup; and a second group
 * ({@code build_header_pages.py}): header lines above the text, captions and credits in and beside figures, the
 * outlet's own promos, press-release boilerplate, and live blogs whose entry times sit in headers (their times are
 * kept with the rules off too: that fix is the content walk's, not a precision rule's); and a third group
 * ({@code build_inline_pages.py}): furniture set as a paragraph among the article's paragraphs (read-also lines and lone
 * headline links, read-more lines, credit lines and bylines, a player's "Watch:" line, embedded social posts), with a
 * guard page in each half whose look-alike lines are the article's own. The rules were shaped on the tune
 * half; the check half says how they hold on markup and phrasing they were not shaped on, so here it is only held to
 * keeping the article whole (its figures are printed by {@code eval extract --rules}).
 */
class JunkClassesTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = JunkClassesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String truth(String half, String page) throws IOException, URISyntaxException {
        Path file = Path.of(JunkClassesTest.class.getResource("/stress/" + half + "/ground-truth.json").toURI());
        Map<String, String> bodies = Predictions.bodies(Predictions.read(file));
        assertThat(bodies).as("ground truth of " + page).containsKey(page);
        return bodies.get(page).strip();
    }

    /** The default rules but the labelled furniture's (bylines, notices, appeals, promos and the like). */
    private static final PrecisionSettings WITHOUT_LABELLED_FURNITURE = new PrecisionSettings(
            PrecisionSettings.DEFAULTS.teaserLinkDensity(), false, PrecisionSettings.DEFAULTS.endMarkers(),
            PrecisionSettings.DEFAULTS.trailingBlockChars(), PrecisionSettings.DEFAULTS.imageCaptions(),
            PrecisionSettings.DEFAULTS.headerLines(), PrecisionSettings.DEFAULTS.socialEmbeds(),
            PrecisionSettings.DEFAULTS.standfirst(), PrecisionSettings.DEFAULTS.publisherBody(),
            PrecisionSettings.DEFAULTS.serviceLinks());

    /** The non-blank lines of a page's expected body: its paragraphs. */
    private static String[] paragraphs(String half, String page) throws IOException, URISyntaxException {
        return truth(half, page).lines().filter(l -> !l.isBlank()).toArray(String[]::new);
    }

    /**
     * A check page keeps every paragraph of its article under the default rules, and a guard page (nothing to take)
     * comes out exactly.
     */
    private static void assertKeepsTheArticleWhole(String page) throws Exception {
        assertThat(body("check", page, PrecisionSettings.DEFAULTS)).contains(paragraphs("check", page));
        if (page.startsWith("guard-")) {
            assertThat(body("check", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("check", page));
        }
    }

    private static String body(String half, String page, PrecisionSettings settings) throws IOException {
        RawPage raw = RawPage.of("https://gazette.example/news/bridge", "text/html",
                resource("stress/" + half + "/" + page + ".html"), null, "test");
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, settings).extract(raw).body();
    }

    /** newsletter-en-form is left out: its form is cleaned away before the rules run, its pitch stays (a known miss). */
    @ParameterizedTest
    @ValueSource(strings = {"teaser-list", "teaser-de-section", "related-list-mid", "related-mid-en-ul", "photo-credit",
            "photo-caption-en-figure", "newsletter-promo", "author-bio", "author-bio-en-card", "share-read-more",
            "share-en-list", "comment-count", "comment-count-en-link", "trailing-boilerplate", "trailing-topics-en-list",
            "header-en-time", "header-de-meta", "caption-en-credits", "promo-en-app", "press-release-en",
            "liveblog-en-header", "readalso-en-labels", "readalso-id-list", "readmore-pt-lines", "byline-en-inline",
            "video-en-watch", "social-en-embeds", "guard-en-prose", "ldbody-de-htmlbody", "ldbody-es-array",
            "ldbody-fr-graph", "ldbody-it-subheads", "ldbody-pt-blogposting", "ldbody-sv-reportage", "ldbody-en-teaser",
            "ldbody-en-paywall", "ldbody-en-description", "ldbody-en-liveblog"})
    void theDefaultRulesTakeTheTuneHalfsJunkOutAndKeepTheArticle(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("tune", page));
        assertThat(body("tune", page, PrecisionSettings.STRICT)).isEqualTo(truth("tune", page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"teaser-list", "teaser-de-section", "related-list-mid", "related-mid-en-ul", "photo-credit",
            "newsletter-promo", "newsletter-en-form", "author-bio", "author-bio-en-card", "share-read-more", "share-en-list",
            "comment-count", "comment-count-en-link", "trailing-boilerplate", "trailing-topics-en-list",
            "header-en-time", "header-de-meta", "caption-en-credits", "promo-en-app", "press-release-en",
            "readalso-en-labels", "readalso-id-list", "readmore-pt-lines", "byline-en-inline", "video-en-watch",
            "social-en-embeds", "guard-en-prose", "ldbody-de-htmlbody", "ldbody-es-array", "ldbody-fr-graph",
            "ldbody-it-subheads", "ldbody-pt-blogposting", "ldbody-sv-reportage"})
    void withoutTheRulesTheJunkIsInTheBody(String page) throws Exception {
        String expected = truth("tune", page);
        assertThat(body("tune", page, PrecisionSettings.OFF)).as("the page stresses something")
                .isNotEqualTo(expected).contains(expected.lines().filter(l -> !l.isBlank()).toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"teaser-en-cards", "teaser-fr-ol", "related-mid-es-divs", "related-mid-de-inline",
            "photo-credit-de-p", "photo-credit-fr-div", "newsletter-de-p", "newsletter-en-support", "author-bio-fr-end",
            "author-bio-en-italic", "share-de-bar", "readmore-en-p", "comment-count-de-end", "comment-count-en-spans",
            "trailing-copyright-fr", "trailing-more-de", "header-fr-time", "header-en-wire", "caption-de-credits",
            "promo-fr-newsletter", "press-release-de", "liveblog-de-header"})
    void theDefaultRulesKeepEveryParagraphOfTheCheckHalfsArticles(String page) throws Exception {
        String[] paragraphs = paragraphs("check", page);
        assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(5);
        assertThat(body("check", page, PrecisionSettings.DEFAULTS)).contains(paragraphs);
    }

    /**
     * The third and fourth groups' check pages are shorter (four paragraphs); the guard page must come out whole and
     * nothing more.
     */
    @ParameterizedTest
    @ValueSource(strings = {"readalso-sv-bars", "readalso-ro-div", "readmore-de-lines", "byline-es-agencies",
            "video-de-figure", "social-fr-embeds", "guard-de-prose", "ldbody-de-review", "ldbody-en-htmlbody",
            "ldbody-fr-array-glued", "ldbody-es-graph", "ldbody-en-truncated", "ldbody-pt-description",
            "ldbody-de-liveblog", "ldbody-en-junkinside", "ldbody-ro-subheads", "ldbody-pl-gallery", "ldbody-en-embed",
            "ldbody-ja-caption"})
    void theDefaultRulesKeepEveryParagraphOfTheThirdGroupsCheckPages(String page) throws Exception {
        assertThat(paragraphs("check", page)).hasSizeGreaterThanOrEqualTo(4);
        assertKeepsTheArticleWhole(page);
    }

    /**
     * The thirteenth group (tabloid furniture, live blogs in two more CMS markups): the tune pages come out exactly
     * (tabloid-sv-kvallstidning keeps a caption whose credit the byline took and a player's label, guard-en-tabloid loses
     * its subheading "Most read": known misses) and hold furniture without the rules; the check pages keep every
     * paragraph and the guard comes out whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tabloid-en-redtop", "tabloid-de-boulevard", "liveblog-en-arc", "liveblog-sv-direkt"})
    void theDefaultRulesTakeTheThirteenthGroupsTuneFurnitureOut(String page) throws Exception {
        String expected = truth("tune", page);
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).isEqualTo(expected);
        assertThat(body("tune", page, PrecisionSettings.OFF)).as("the page stresses something").isNotEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tabloid-en-midmarket", "tabloid-no-nettavis", "tabloid-da-formiddag",
            "liveblog-de-liveticker", "liveblog-en-network", "guard-no-tips"})
    void theDefaultRulesKeepEveryParagraphOfTheThirteenthGroupsCheckPages(String page) throws Exception {
        assertKeepsTheArticleWhole(page);
    }

    /**
     * The fourteenth group (research news services, Central European portals, syndicated regional copy, long reads with
     * notes): every tune page but syndicated-en-ap-local (its wire's contributor line stays, see the stress README) comes
     * out exactly, five of them holding furniture without the rules; the check pages keep
     * every paragraph (syndicated-en-tribune is left out: its first paragraph, "This story was originally told to me
     * ...", was lost before this group's rules, a known miss).
     */
    @ParameterizedTest
    @ValueSource(strings = {"science-en-provided", "science-de-idw", "cee-ro-stiri", "cee-pl-portal",
            "syndicated-en-uk-ldrs", "longread-en-sidebar", "longread-de-anmerkungen"})
    void theDefaultRulesTakeTheFourteenthGroupsTuneFurnitureOut(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("tune", page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"science-en-provided", "science-de-idw", "cee-pl-portal", "syndicated-en-uk-ldrs",
            "longread-de-anmerkungen"})
    void withoutTheRulesTheFourteenthGroupsTunePagesHoldFurniture(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.OFF)).as("the page stresses something")
                .isNotEqualTo(truth("tune", page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"science-en-republished", "science-es-sinc", "cee-cs-zpravy", "cee-hu-hirek",
            "syndicated-en-uk-group", "longread-en-endnotes", "longread-fr-notes"})
    void theDefaultRulesKeepEveryParagraphOfTheFourteenthGroupsCheckPages(String page) throws Exception {
        assertThat(body("check", page, PrecisionSettings.DEFAULTS)).contains(paragraphs("check", page));
    }

    /**
     * The fifteenth group (mainstream kinds: business news, reviews, AMP pages, regional and national dailies, op-eds):
     * the tune pages the rules now bring out exactly (their standfirsts without a full stop, the key-points box, the
     * disclaimers and disclosures) hold furniture without the rules; every page of both halves keeps every paragraph
     * but those holding a figures table, whose cells the ground truth sets apart with " | " (markets-en-ny, and the
     * check half's markets page, whose table the page writer's report names).
     */
    @ParameterizedTest
    @ValueSource(strings = {"amp-en-daily", "celeb-en-tv", "daily-en-in", "markets-de-ffm", "oped-en-ie"})
    void theDefaultRulesTakeTheFifteenthGroupsTuneFurnitureOut(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("tune", page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"daily-en-in", "markets-de-ffm", "oped-en-ie", "regional-en-mids", "review-en-audio"})
    void withoutTheRulesTheFifteenthGroupsTunePagesHoldFurniture(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.OFF)).as("the page stresses something")
                .isNotEqualTo(truth("tune", page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"regional-en-mids", "review-en-audio"})
    void theDefaultRulesKeepEveryParagraphOfTheFifteenthGroupsTunePages(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).contains(paragraphs("tune", page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"amp-en-au", "celeb-en-film", "daily-en-ng", "markets-es-mad", "oped-en-ca",
            "regional-en-north", "review-en-laptop"})
    void theDefaultRulesKeepEveryParagraphOfTheFifteenthGroupsCheckPages(String page) throws Exception {
        assertThat(body("check", page, PrecisionSettings.DEFAULTS)).contains(paragraphs("check", page));
    }

    /**
     * The fifth group (standfirsts under the headline, and ledes that look like one): each tune page comes out exactly
     * (dek-nl-teaser-header is left out: its Dutch date line "10 maart 2026" is a header line the rules do not know, a
     * known miss; its dek goes), each check page too, dek gone and lede kept.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dek-en-standfirst", "dek-de-h2-sibling", "dek-fr-chapo-div", "dek-es-entradilla-h2",
            "dek-it-sommario-image", "dek-en-noclass-before-byline", "lede-en-bold-introduction", "lede-en-p-lead",
            "lede-de-one-sentence", "lede-en-dateline-intro", "dek-pt-subtitle-and-lead"})
    void theDefaultRulesTakeTheTuneHalfsStandfirstsOutAndKeepTheLedes(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("tune", page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dek-en-noclass-before-byline", "dek-fr-chapo-div", "dek-it-sommario-image",
            "dek-nl-teaser-header"})
    void withoutTheStandfirstRuleTheDekIsInTheBody(String page) throws Exception {
        String expected = truth("tune", page);
        PrecisionSettings withoutIt = new PrecisionSettings(PrecisionSettings.DEFAULTS.teaserLinkDensity(), true, true,
                PrecisionSettings.DEFAULTS.trailingBlockChars(), true, true, true, false,
                PrecisionSettings.DEFAULTS.publisherBody(), PrecisionSettings.DEFAULTS.serviceLinks());
        String dek = body("tune", page, withoutIt).lines().findFirst().orElseThrow();
        assertThat(expected).as("the first line without the rule is the dek").doesNotContain(dek);
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).doesNotContain(dek);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dek-en-hero-dek", "dek-de-vorspann-bold", "dek-fr-h2-sapo", "dek-es-subtitulo-div",
            "dek-sv-ingress", "dek-en-summary-after-byline", "dek-it-h3-other-description", "lede-fr-article-intro",
            "lede-en-bold-first", "lede-de-one-sentence-og", "lede-es-dateline-lead", "dek-en-subheadline-and-intro"})
    void theDefaultRulesTakeTheCheckHalfsStandfirstsOutAndKeepTheLedes(String page) throws Exception {
        assertThat(body("check", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("check", page));
    }

    /**
     * The seventh group (live blogs, {@code build_liveblog_pages.py}): the tune pages whose furniture no rule takes
     * ("Pinned", "Key events", an intro the standfirst rule reads as a dek) are left out of the exact bodies; every
     * page of both halves keeps each entry's time and title (the truth's short lines), and the guards, ordinary
     * articles with short subheadings, come out whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"liveblog-en-header-title", "liveblog-pt-post-header", "liveblog-de-ticker",
            "liveblog-fr-wordpress", "liveblog-en-jsonld", "guard-en-subheads"})
    void theTuneHalfsLiveBlogsComeOutWhole(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("tune", page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tune/liveblog-en-blocks", "tune/liveblog-en-bbc-list", "tune/liveblog-de-ticker",
            "tune/liveblog-fr-wordpress", "tune/liveblog-en-jsonld", "tune/liveblog-en-header-title",
            "tune/liveblog-pt-post-header", "check/liveblog-es-directo", "check/liveblog-it-diretta",
            "check/liveblog-nl-plugin", "check/liveblog-en-pinned", "check/liveblog-fr-direct",
            "check/liveblog-en-entry-header", "check/liveblog-nl-post-header"})
    void everyLiveBlogEntryKeepsItsTimeAndTitle(String halfAndPage) throws Exception {
        String half = halfAndPage.substring(0, halfAndPage.indexOf('/'));
        String page = halfAndPage.substring(half.length() + 1);
        String[] timesAndTitles = truth(half, page).lines().filter(l -> !l.isBlank() && l.length() <= 60)
                .toArray(String[]::new);
        assertThat(timesAndTitles).hasSizeGreaterThanOrEqualTo(6);
        assertThat(body(half, page, PrecisionSettings.DEFAULTS).lines()).contains(timesAndTitles);
    }

    @ParameterizedTest
    @ValueSource(strings = {"guard-de-subheads"})
    void theCheckHalfsGuardArticleComesOutWhole(String page) throws Exception {
        assertThat(body("check", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("check", page));
    }

    /**
     * The sixth group (promos and service lines known by where their links go, {@code build_linktarget_pages.py}): each
     * page of both halves comes out exactly, the guard pages' prose links (to stores, posts, profiles, other sites'
     * subscription and contact pages) and correction notices kept.
     */
    @ParameterizedTest
    @ValueSource(strings = {"service-pl-follow", "service-sv-app", "service-pt-subscribe", "service-nl-newsletter",
            "service-tr-channels", "service-id-donate", "service-fi-subscribe", "service-en-guard-app",
            "service-de-guard-post", "service-it-guard-correction", "service-es-guard-subscription",
            "service-fr-guard-contact"})
    void theDefaultRulesTakeTheTuneHalfsServiceLinesOut(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("tune", page));
    }

    /** The tune pages whose service lines only the service-links rule takes: without it they stay in the body. */
    @ParameterizedTest
    @ValueSource(strings = {"service-pl-follow", "service-pt-subscribe", "service-nl-newsletter", "service-tr-channels",
            "service-id-donate", "service-es-guard-subscription"})
    void withoutTheServiceLinksRuleTheServiceLinesStay(String page) throws Exception {
        PrecisionSettings d = PrecisionSettings.DEFAULTS;
        PrecisionSettings withoutIt = new PrecisionSettings(d.teaserLinkDensity(), d.labelledFurniture(), d.endMarkers(),
                d.trailingBlockChars(), d.imageCaptions(), d.headerLines(), d.socialEmbeds(), d.standfirst(),
                d.publisherBody(), false);
        assertThat(body("tune", page, withoutIt)).isNotEqualTo(truth("tune", page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"service-cs-follow-list", "service-da-app", "service-ro-newsletter", "service-no-subscribe",
            "service-hu-support", "service-en-tips", "service-de-account", "service-es-guard-post", "service-it-guard-app",
            "service-pt-guard-correction", "service-fr-guard-newsletter", "service-nl-guard-contact"})
    void theCheckHalfsServicePagesKeepTheirArticleWhole(String page) throws Exception {
        assertThat(body("check", page, PrecisionSettings.DEFAULTS)).contains(paragraphs("check", page));
    }

    /**
     * The eighth group (the outlet's standing notices among the paragraphs, {@code build_notices_pages.py}): each tune
     * page comes out exactly and with its notices without the labelled-furniture rules; each check page keeps every
     * paragraph, and the guards (police appeals with numbers and addresses, a commission, a film "now playing", a quoted
     * e-mail) come out whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"notices-en-ads-player", "notices-en-affiliate", "notices-de-anzeige", "notices-en-tip-contact",
            "guard-en-appeals"})
    void theDefaultRulesTakeTheOutletsNoticesOut(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("tune", page));
        if (!page.startsWith("guard-")) {
            assertThat(body("tune", page, WITHOUT_LABELLED_FURNITURE)).as("the page stresses something")
                    .isNotEqualTo(truth("tune", page));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"notices-fr-pub-player", "notices-es-anuncio", "notices-en-wire", "notices-it-pubblicita",
            "guard-es-testigos"})
    void theCheckHalfsNoticePagesKeepTheirArticleWhole(String page) throws Exception {
        assertKeepsTheArticleWhole(page);
    }

    /**
     * The ninth group (nonprofit newsrooms' and newsletter platforms' furniture, {@code build_support_pages.py}): each
     * tune page comes out exactly, and with its appeals, licence notes or referral lines without the labelled-furniture
     * rules; each check page keeps every paragraph, and the guards (a charity's appeal where readers donated, a quoted
     * appeal, a museum's images under a Creative Commons licence) come out whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"support-en-newspack", "support-de-spenden", "letter-fr-ghost", "support-es-socios",
            "letter-en-substack", "guard-en-charity"})
    void theDefaultRulesTakeTheAppealsAndLicenceNotesOut(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("tune", page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"support-en-newspack", "support-de-spenden", "letter-fr-ghost", "support-es-socios"})
    void theAppealsAndLicenceNotesStayWithoutTheLabelledFurnitureRules(String page) throws Exception {
        assertThat(body("tune", page, WITHOUT_LABELLED_FURNITURE)).as("the page stresses something")
                .isNotEqualTo(truth("tune", page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"support-en-republished", "letter-en-beehiiv", "support-it-sostieni", "letter-nl-leden",
            "support-pt-apoie", "guard-de-lizenz"})
    void theCheckHalfsSupportPagesKeepTheirArticleWhole(String page) throws Exception {
        assertKeepsTheArticleWhole(page);
    }

    /**
     * The tenth group (bylines known by the page's declared author, {@code build_author_pages.py}): every page of both
     * halves comes out exactly, the guards (the author named in prose, in a quotation, in a short sentence) and the
     * press release whose media contact is the declared author (its boilerplate must still be cut) among them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tune/byline-author-en-last", "tune/byline-author-de-credit", "tune/byline-author-pt-credit",
            "tune/byline-author-en-release", "tune/guard-en-author-prose", "check/byline-author-fr-signature",
            "check/byline-author-es-line", "check/byline-author-en-card", "check/guard-es-author-prose"})
    void theDefaultRulesTakeTheAuthorsBylinesOut(String halfAndPage) throws Exception {
        String[] hp = halfAndPage.split("/");
        assertThat(body(hp[0], hp[1], PrecisionSettings.DEFAULTS)).isEqualTo(truth(hp[0], hp[1]));
    }

    /**
     * The eleventh group (notes about the piece, ad labels in other languages, a podcast's notes,
     * {@code build_notes_pages.py}): each tune page comes out exactly, and with its update notes, ad labels or podcast
     * notes without the labelled-furniture rules; each check page keeps every paragraph (its correction notes among
     * them: a correction is the article's text), and the guards (a story about a paper's correction, correction
     * officers, an "Update:" paragraph of news, podcast platforms and "Anzeige" in prose) come out whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"notes-en-correction", "notes-de-korrektur", "notes-de-anzeige-label", "notes-pl-reklama",
            "notes-en-podcast", "guard-en-corrections"})
    void theDefaultRulesTakeTheNotesAndAdLabelsOut(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("tune", page));
        if (!page.startsWith("guard-")) {
            assertThat(body("tune", page, WITHOUT_LABELLED_FURNITURE)).as("the page stresses something")
                    .isNotEqualTo(truth("tune", page));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes-fr-rectificatif", "notes-pt-errata", "notes-es-fe-de-errores", "notes-it-pubblicita",
            "notes-de-podcast", "guard-de-korrektur"})
    void theCheckHalfsNotePagesKeepTheirArticleWhole(String page) throws Exception {
        assertKeepsTheArticleWhole(page);
    }

    /**
     * The eleventh group's second part (the author's bio after the article in other languages,
     * {@code build_bio_pages.py}): every page of both halves comes out exactly, the guards (a mayor named with her
     * office, a journalist who is the story's subject) among them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tune/bio-de-autorenbox", "tune/bio-it-corsivo", "tune/guard-de-personen",
            "check/bio-es-firma", "check/bio-nl-laatste", "check/guard-pt-jornalista"})
    void theDefaultRulesTakeTheBioInAnotherLanguageOut(String halfAndPage) throws Exception {
        String[] hp = halfAndPage.split("/");
        assertThat(body(hp[0], hp[1], PrecisionSettings.DEFAULTS)).isEqualTo(truth(hp[0], hp[1]));
    }

    /**
     * The twelfth group (posts embedded as plain text, pull quotes, reader polls, {@code build_embeds_pages.py}): each
     * tune page comes out exactly, and keeps its widget with the labelled-furniture and social-embeds rules off; each
     * check page keeps every paragraph, and the guard (a quotation the prose repeats a sentence of, a handle in prose,
     * a survey's question and results) comes out whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"embed-en-text", "embed-pt-instagram", "pullquote-en-magazine", "poll-en-plugin",
            "poll-de-umfrage", "guard-en-quotes"})
    void theDefaultRulesTakeTheInBodyWidgetsOut(String page) throws Exception {
        assertThat(body("tune", page, PrecisionSettings.DEFAULTS)).isEqualTo(truth("tune", page));
        // embed-pt-instagram came out exactly before these rules: its wrappers' class ("social-embed") is one the
        // cleaning drops
        if (!page.startsWith("guard-") && !page.equals("embed-pt-instagram")) {
            assertThat(body("tune", page, WITHOUT_WIDGET_RULES)).as("the page stresses something")
                    .isNotEqualTo(truth("tune", page));
        }
    }

    /** The default rules without the two switches the twelfth group's widgets are asked under. */
    private static final PrecisionSettings WITHOUT_WIDGET_RULES = new PrecisionSettings(
            PrecisionSettings.DEFAULTS.teaserLinkDensity(), false, PrecisionSettings.DEFAULTS.endMarkers(),
            PrecisionSettings.DEFAULTS.trailingBlockChars(), PrecisionSettings.DEFAULTS.imageCaptions(),
            PrecisionSettings.DEFAULTS.headerLines(), false, PrecisionSettings.DEFAULTS.standfirst(),
            PrecisionSettings.DEFAULTS.publisherBody(), PrecisionSettings.DEFAULTS.serviceLinks());

    @ParameterizedTest
    @ValueSource(strings = {"embed-fr-texte", "pullquote-de-zitat", "pullquote-es-cita", "poll-fr-sondage",
            "poll-es-encuesta", "guard-de-zitat"})
    void theCheckHalfsWidgetPagesKeepTheirArticleWhole(String page) throws Exception {
        assertKeepsTheArticleWhole(page);
    }
}

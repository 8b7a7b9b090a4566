package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.RawPage;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Body-text behaviours of the HTML path, each on a small synthetic page. */
class BodyExtractionTest {

    private static final String PROSE = "The council met on Tuesday evening to discuss the budget, the new library and the"
            + " state of the roads, which residents say have not been repaired in years.";
    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article extract(String body) {
        String html = "<html><head><title>Council approves the budget</title></head><body>" + body + "</body></html>";
        return extractor.extract(RawPage.of("https://example.org/news/1", "text/html", html, null, "manual"));
    }

    private static String paragraphs(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("<p>").append(i).append(". ").append(PROSE).append("</p>");
        }
        return sb.toString();
    }

    @Test
    void keepsOneLineParagraphsOfProse() {
        // Story and dialogue sites wrap every paragraph in its own div; a short line is text, not chrome.
        StringBuilder story = new StringBuilder("<div class=\"chapter\">");
        for (int i = 0; i < 6; i++) {
            story.append("<div><div><span>").append(i).append(". ").append(PROSE).append("</span></div></div>");
            if (i == 2) {
                story.append("<div><div><span>They both took one.</span></div></div>");
            }
        }
        story.append("</div>");
        Article a = extract(story.toString());
        assertThat(a.body()).contains("\n\nThey both took one.\n\n");
    }

    @Test
    void dropsAuthorBiosAndTimestampLinesButNotABiography() {
        Article a = extract("<div class=\"post\"><span class=\"pb-timestamp\">March 18 at 12:22 PM</span>" + paragraphs(4)
                + "<div class=\"post-body-bio has-photo\">Jane Roe covers the White House. Since joining the paper, she"
                + " has covered economics and foreign policy.</div></div>");
        assertThat(a.body()).doesNotContain("March 18 at 12:22", "covers the White House");
        Article biography = extract("<div class=\"post biography\">" + paragraphs(4) + "</div>");
        assertThat(biography.body()).isNotBlank();
    }

    @Test
    void dropsShortLinkBlocksBetweenParagraphs() {
        Article a = extract("<div class=\"post\">" + paragraphs(3) + "<div><div><a href=\"/more\">More on this</a></div></div>"
                + paragraphs(3) + "</div>");
        assertThat(a.body()).doesNotContain("More on this");
        assertThat(a.body().split("\n\n")).hasSize(6);
    }

    @Test
    void dropsInlineOnlyLinesThatAreMostlyLinksButKeepsProseWithALink() {
        Article a = extract("<div class=\"post\">" + paragraphs(2)
                + "<div class=\"note\">Main article: <a href=\"/wiki/History\">History of the council</a></div>"
                + "<div>" + PROSE + " See <a href=\"/report\">the report</a>.</div>" + paragraphs(2)
                + "<div>Reviewed by <a href=\"/people/jane\">Jane Doe, MD</a> on May 2, 2024</div></div>");
        assertThat(a.body()).doesNotContain("Main article", "Reviewed by").contains("See the report.");
        assertThat(a.body().split("\n\n")).hasSize(5);
    }

    @Test
    void dropsTextMeantForScreenReadersOnly() {
        Article a = extract("<div class=\"story-body\">" + paragraphs(2)
                + "<a class=\"visually-hidden skip-to-text-link\" href=\"#story-continues-1\">Continue reading the main story</a>"
                + paragraphs(2) + "<span class=\"sr-only\">Share this page</span>" + paragraphs(1) + "</div>");
        assertThat(a.body()).doesNotContain("Continue reading", "Share this page");
        assertThat(a.body().split("\n\n")).hasSize(5);
    }

    @Test
    void dropsAdLabelsAndLoadingIndicators() {
        Article a = extract("<div class=\"post\">" + paragraphs(2) + "<div><span>Advertisement</span></div>" + paragraphs(2)
                + "<div><span>Loading…</span></div>" + paragraphs(2) + "<div><span>Publicité</span></div></div>");
        assertThat(a.body()).doesNotContain("Advertisement", "Loading", "Publicité").contains("1. The council");
        assertThat(a.body().split("\n\n")).hasSize(6);
    }

    @Test
    void keepsContentSplitAcrossSiblingContainers() {
        // Story text interrupted by an inline ad slot: the two halves live in sibling containers.
        Article a = extract("<div id=\"main\"><div class=\"story-body\">" + paragraphs(4) + "</div>"
                + "<div class=\"ad-slot\"><span>Advertisement</span></div>"
                + "<div class=\"story-body\">" + paragraphs(4).replace("<p>", "<p>second half ") + "</div></div>");
        assertThat(a.body()).contains("0. The council", "second half 3. The council").doesNotContain("Advertisement");
    }

    @Test
    void rendersMathMlFormulasAsSpacedTokens() {
        Article a = extract("<div class=\"post\">" + paragraphs(3) + "<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, the"
                + " roots of <math><semantics><mrow><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>c</mi></mrow>"
                + "<annotation encoding=\"application/x-tex\">ax^2+c</annotation></semantics></math> are real.</p></div>");
        assertThat(a.body()).contains("When a ≠ 0 , the roots of a x 2 + c are real.").doesNotContain("ax^2");
    }

    @Test
    void classSignalsMatchKeywordsAnywhereAndHidOnlyAsAWord() {
        ClassSignals signals = new ClassSignals();
        // Readability's signals; the metadata rules' words of the same vocabulary apart
        int metadata = ClassSignals.AUTHOR | ClassSignals.DATE | ClassSignals.BREADCRUMB | ClassSignals.RELATED_LINKS
                | ClassSignals.OTHER_STORIES;
        java.util.function.ToIntFunction<String> readability = s -> signals.of(s) & ~metadata;
        assertThat(readability.applyAsInt("site-Sidebar")).isEqualTo(ClassSignals.UNLIKELY | ClassSignals.NEGATIVE);
        assertThat(readability.applyAsInt("main-column")).isEqualTo(ClassSignals.MAYBE_CANDIDATE | ClassSignals.POSITIVE);
        assertThat(readability.applyAsInt("post-byline")).isEqualTo(ClassSignals.POSITIVE | ClassSignals.BYLINE);
        assertThat(readability.applyAsInt("x hid")).isEqualTo(ClassSignals.NEGATIVE);
        assertThat(signals.of("hidx")).isZero();
        assertThat(readability.applyAsInt("share_bar")).isEqualTo(ClassSignals.NEGATIVE | ClassSignals.SHARE);
        assertThat(readability.applyAsInt("sharebar")).isEqualTo(ClassSignals.NEGATIVE);
        assertThat(readability.applyAsInt("Visually-Hidden")).isEqualTo(ClassSignals.SCREEN_READER_ONLY | ClassSignals.NEGATIVE);
        assertThat(signals.of(" ")).isZero();
        assertThat(signals.of("site-Sidebar") & metadata).isEqualTo(ClassSignals.OTHER_STORIES);
        assertThat(signals.of("post-byline") & metadata).isEqualTo(ClassSignals.AUTHOR);
        assertThat(signals.of("main-column") & metadata).isZero();
    }

    @Test
    void statsOfNestedElementsFromOneTraversalAgreeWithOneElementAtATime() {
        Element body = Jsoup.parse("<div id=a><p>Some text, with <a href=\"/x\">a link</a> inside.</p><div id=b>"
                + "<p>More <a href=\"#f\">fragment link</a>, and <a href=\"/y\"><b>bold link</b></a>.</p></div>"
                + "<a href=\"/z\"><div id=c><p>All linked，</p></div></a></div>").body();
        Element detached = body.selectFirst("#c").clone();
        Set<Element> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(body.getAllElements());
        wanted.add(detached);
        Map<Element, SubtreeStats> stats = SubtreeStats.ofEach(body, wanted);
        assertThat(stats).doesNotContainKey(detached);
        for (Element el : body.select("#a, #b, p")) {
            SubtreeStats one = SubtreeStats.of(el);
            assertThat(stats.get(el).textLength).as(el.cssSelector()).isBetween(one.textLength, one.textLength + 1);
            assertThat(stats.get(el).commas).as(el.cssSelector()).isEqualTo(one.commas);
            assertThat(stats.get(el).linkDensity()).as(el.cssSelector()).isCloseTo(one.linkDensity(),
                    org.assertj.core.data.Offset.offset(0.02));
        }
    }
}

package dev.newsflow.model.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The canonical-URL rule the fetcher, the parser and the CLI share, holding the union of what each of them did before:
 * the fetcher's relative links and {@code rel} lists, the parser's links anywhere in the page and its {@code og:url},
 * the CLI's protocol-relative links on saved pages and its passing over of unusable declarations.
 */
class CanonicalUrlTest {

    private static final String PAGE = "https://news.example.com/world/story?ref=home";

    private static CanonicalUrl.Declared find(String head) {
        return CanonicalUrl.find("<html><head>" + head + "</head><body><p>Text</p></body></html>", PAGE);
    }

    @Test
    void takesTheCanonicalLinkBeforeTheOpenGraphUrlWhateverTheirOrder() {
        CanonicalUrl.Declared d = find("<meta property=\"og:url\" content=\"https://news.example.com/og\">"
                + "<link rel=\"canonical\" href=\"https://news.example.com/world/story\">");
        assertThat(d).isEqualTo(new CanonicalUrl.Declared("https://news.example.com/world/story", CanonicalUrl.Source.LINK));
    }

    @Test
    void resolvesRelativeLinksAgainstThePageOrItsBase() {
        assertThat(find("<link rel=canonical href=\"/world/story\">").url()).isEqualTo("https://news.example.com/world/story");
        assertThat(find("<link rel=canonical href=\"//cdn.example.com/a\">").url()).isEqualTo("https://cdn.example.com/a");
        assertThat(find("<base href=\"https://other.example.org/x/\"><link rel=canonical href=\"story\">").url())
                .isEqualTo("https://other.example.org/x/story");
    }

    @Test
    void takesOnlyAbsoluteOrProtocolRelativeUrlsWhenThePageUrlIsUnknown() {
        String html = "<link rel=canonical href=\"/relative\"><link rel=canonical href=\"//example.com/c\">";
        assertThat(CanonicalUrl.find(html, null).url()).isEqualTo("https://example.com/c");
        assertThat(CanonicalUrl.find("<link rel=canonical href=\"/relative\">", null)).isNull();
    }

    @Test
    void readsRelAsATokenListInAnyCase() {
        assertThat(find("<link rel=\"Canonical alternate\" href=\"https://news.example.com/a\">").url())
                .isEqualTo("https://news.example.com/a");
        assertThat(find("<link rel=\"canonicalish\" href=\"https://news.example.com/a\">")).isNull();
    }

    @Test
    void passesOverUnusableDeclarationsToTheNextOne() {
        CanonicalUrl.Declared d = find("<link rel=canonical><link rel=canonical href=\"\">"
                + "<link rel=canonical href=\"mailto:desk@example.com\"><link rel=canonical href=\"https://x.example/a b\">"
                + "<meta property=\"og:url\" content=\"ftp://x.example/a\"><meta name=\"og:url\" content=\"https://x.example/og\">");
        assertThat(d).isEqualTo(new CanonicalUrl.Declared("https://x.example/og", CanonicalUrl.Source.OPENGRAPH));
    }

    @Test
    void findsALinkInTheBodyButNotInACommentOrAScript() {
        String html = "<html><head><!-- <link rel=canonical href=\"https://x.example/comment\"> --><script>"
                + "document.write('<link rel=canonical href=\"https://x.example/script\">')</script></head>"
                + "<body><link rel=canonical href=\"https://x.example/body\"></body></html>";
        assertThat(CanonicalUrl.find(html, PAGE).url()).isEqualTo("https://x.example/body");
    }

    @Test
    void undoesAmpersandsEscapedTwice() {
        assertThat(find("<link rel=canonical href=\"https://x.example/a?b=1&amp;amp;c=2\">").url())
                .isEqualTo("https://x.example/a?b=1&c=2");
    }

    @Test
    void findsTheSameInAParsedPageAsInItsText() {
        String html = "<html><head><meta property=\"og:url\" content=\"https://x.example/og\"></head><body>"
                + "<link rel=canonical href=\"/body\"></body></html>";
        assertThat(CanonicalUrl.find(Jsoup.parse(html, PAGE))).isEqualTo(CanonicalUrl.find(html, PAGE))
                .isEqualTo(new CanonicalUrl.Declared("https://news.example.com/body", CanonicalUrl.Source.LINK));
        assertThat(CanonicalUrl.find(Jsoup.parse("<p>none</p>", PAGE))).isNull();
    }
}

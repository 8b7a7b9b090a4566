package dev.newsflow.fetcher.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset detection and URL normalisation: the two things that make one page one correct row. */
class TextDecodingTest {

    private static final String TEXT = "\u201cCaf\u00e9\u201d \u2014 \u20ac5";

    @Test
    void prefersTheByteOrderMarkOverTheHeader() {
        byte[] body = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        CharsetDetector.Decoded d = CharsetDetector.decode(body, "text/html; charset=iso-8859-1");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.detectedBy()).isEqualTo("bom");
    }

    @Test
    void usesTheHeaderCharset() {
        byte[] body = TEXT.getBytes(Charset.forName("windows-1252"));
        assertThat(CharsetDetector.decode(body, "text/html; charset=\"Windows-1252\"").text()).isEqualTo(TEXT);
    }

    @Test
    void readsTheMetaCharsetWhenTheHeaderSaysNothing() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"
                + "</head><body>\u20ac</body></html>";
        CharsetDetector.Decoded d = CharsetDetector.decode(html.getBytes(Charset.forName("ISO-8859-15")), "text/html");
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.detectedBy()).isEqualTo("meta");
    }

    @Test
    void treatsLatin1LabelsAsWindows1252LikeBrowsers() {
        byte[] body = TEXT.getBytes(Charset.forName("windows-1252"));
        assertThat(CharsetDetector.decode(body, "text/html; charset=iso-8859-1").text()).isEqualTo(TEXT);
    }

    @Test
    void readsValidUtf8AsUtf8WhenAnOldSingleByteCharsetIsStillDeclared() {
        String html = "<html><head><meta charset=\"gb2312\"></head><body>" + TEXT + " \u4e2d\u6587</body></html>";
        CharsetDetector.Decoded d = CharsetDetector.decode(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=ISO-8859-1");
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.detectedBy()).isEqualTo("header-was-utf-8");
    }

    @Test
    void keepsUndeclaredUtf8AsUtf8() {
        assertThat(CharsetDetector.decode(TEXT.getBytes(StandardCharsets.UTF_8), null).charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void normalisesCaseDefaultPortFragmentAndTrackingParameters() {
        UrlNormaliser n = new UrlNormaliser();
        assertThat(n.normalise("HTTPS://News.Example.COM:443/a/../world/1?utm_source=x&id=7#comments"))
                .isEqualTo("https://news.example.com/world/1?id=7");
    }

    @Test
    void rejectsWhatIsNotAnHttpUrlWithAReason() {
        UrlNormaliser n = new UrlNormaliser();
        assertThatThrownBy(() -> n.normalise("news.example.com/x")).hasMessageContaining("not an absolute URL");
        assertThatThrownBy(() -> n.normalise("javascript:alert(1)")).hasMessageContaining("only http and https");
    }
}

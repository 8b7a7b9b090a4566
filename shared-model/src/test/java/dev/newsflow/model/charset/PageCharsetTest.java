package dev.newsflow.model.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The charset rules the fetcher and the parser share: which source decides, and when the bytes overrule it. */
class PageCharsetTest {

    /** Curly quotes, an accent, a dash and the euro: all in windows-1252's 0x80-0x9F or Latin-1's upper half. */
    private static final String TEXT = "\u201cCaf\u00e9\u201d \u2014 \u20ac5";
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private static PageCharset.Decoded decode(String text, Charset charset, String contentType) {
        return PageCharset.decode(text.getBytes(charset), contentType);
    }

    @Test
    void prefersTheByteOrderMarkOverTheHeaderAndDropsIt() {
        PageCharset.Decoded d = decode("\uFEFF" + TEXT, StandardCharsets.UTF_8, "text/html; charset=iso-8859-1");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.detectedBy()).isEqualTo("bom");
        PageCharset.Decoded utf16 = decode("\uFEFF" + TEXT, StandardCharsets.UTF_16LE, "text/html");
        assertThat(utf16.text()).isEqualTo(TEXT);
        assertThat(utf16.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void usesTheHeaderCharsetQuotedOrNotInAnyCase() {
        PageCharset.Decoded d = decode(TEXT, CP1252, "text/html; charset = \"Windows-1252\"");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.detectedBy()).isEqualTo("header");
        String japanese = "<p>\u65e5\u672c\u8a9e\u306e\u8a18\u4e8b</p>";
        assertThat(decode(japanese, Charset.forName("Shift_JIS"), "text/html; charset=Shift_JIS").text())
                .isEqualTo(japanese);
    }

    @Test
    void theHeaderWinsOverTheMetaTag() {
        String html = "<meta charset=\"iso-8859-2\"><p>" + TEXT + "</p>";
        PageCharset.Decoded d = decode(html, CP1252, "text/html; charset=windows-1252");
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).isEqualTo(CP1252);
    }

    @Test
    void readsTheMetaCharsetWhenTheHeaderSaysNothing() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"
                + "</head><body>\u20ac</body></html>";
        PageCharset.Decoded d = decode(html, Charset.forName("ISO-8859-15"), "text/html");
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).isEqualTo(Charset.forName("ISO-8859-15"));
        assertThat(d.detectedBy()).isEqualTo("meta");
    }

    @Test
    void anUnknownLabelCountsAsNoLabel() {
        String html = "<meta charset=\"iso-8859-2\"><p>\u0141\u00f3d\u017a</p>";
        PageCharset.Decoded d = decode(html, Charset.forName("ISO-8859-2"), "text/html; charset=no-such-charset");
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.detectedBy()).isEqualTo("meta");
    }

    @Test
    void readsTheXmlPrologWhenThereIsNoMetaTag() {
        String xhtml = "<?xml version=\"1.0\" encoding=\"iso-8859-2\"?><html><p>\u0141\u00f3d\u017a</p></html>";
        PageCharset.Decoded d = decode(xhtml, Charset.forName("ISO-8859-2"), "application/xhtml+xml");
        assertThat(d.text()).isEqualTo(xhtml);
        assertThat(d.charset()).isEqualTo(Charset.forName("ISO-8859-2"));
    }

    @Test
    void aMetaTagReadableAsAsciiCannotMeanUtf16() {
        String html = "<meta charset=\"utf-16\"><p>" + TEXT + "</p>";
        PageCharset.Decoded d = decode(html, StandardCharsets.UTF_8, "text/html");
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO-8859-1", "iso8859-1", "latin1", "l1", "cp819", "csISOLatin1", "iso_8859-1",
            "us-ascii", "ascii", "ANSI_X3.4-1968"})
    void treatsEveryLatin1AndAsciiLabelAsWindows1252LikeBrowsers(String label) {
        PageCharset.Decoded d = decode(TEXT, CP1252, "text/html; charset=" + label);
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo(CP1252);
    }

    @Test
    void readsValidUtf8AsUtf8WhenAnOldCharsetIsStillDeclared() {
        String html = "<html><head><meta charset=\"gb2312\"></head><body>" + TEXT + " \u4e2d\u6587</body></html>";
        PageCharset.Decoded byHeader = decode(html, StandardCharsets.UTF_8, "text/html; charset=ISO-8859-1");
        assertThat(byHeader.text()).isEqualTo(html);
        assertThat(byHeader.detectedBy()).isEqualTo("header-was-utf-8");
        PageCharset.Decoded byMeta = decode(html, StandardCharsets.UTF_8, "text/html");
        assertThat(byMeta.text()).isEqualTo(html);
        assertThat(byMeta.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(byMeta.detectedBy()).isEqualTo("meta-was-utf-8");
    }

    @Test
    void keepsARealLegacyPageInItsDeclaredCharset() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>\u8c37\u6b4c\u57282014\u5e74\u6536\u8d2d\u7684"
                + "\u4eba\u5de5\u667a\u80fd\u516c\u53f8</p></body></html>";
        PageCharset.Decoded d = decode(html, Charset.forName("GB2312"), "text/html");
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset().name()).isEqualTo("GB2312");
        assertThat(d.detectedBy()).isEqualTo("meta");
    }

    @Test
    void anAsciiPageKeepsItsDeclaredCharset() {
        PageCharset.Decoded d = decode("<p>plain</p>", StandardCharsets.US_ASCII, "text/html; charset=iso-8859-15");
        assertThat(d.charset()).isEqualTo(Charset.forName("ISO-8859-15"));
        assertThat(d.detectedBy()).isEqualTo("header");
    }

    @Test
    void readsALegacyPageThatClaimsUtf8AsWindows1252() {
        String html = "<meta charset=\"utf-8\"><p>" + TEXT + " Cr\u00e8me br\u00fbl\u00e9e</p>";
        PageCharset.Decoded d = decode(html, CP1252, "text/html");
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).isEqualTo(CP1252);
        assertThat(d.detectedBy()).isEqualTo("meta-was-not-utf-8");
    }

    @Test
    void keepsAUtf8PageWithAFewStrayBytesAsUtf8() {
        String html = "<meta charset=\"utf-8\"><p>" + TEXT + " \u00fcber \u4e2d\u6587 ";
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] damaged = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, damaged, 0, utf8.length);
        damaged[utf8.length] = (byte) 0x93; // a windows-1252 quote pasted into a UTF-8 page
        PageCharset.Decoded d = PageCharset.decode(damaged, "text/html; charset=utf-8");
        assertThat(d.text()).isEqualTo(html + "\uFFFD");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.detectedBy()).isEqualTo("header-with-invalid-bytes");
    }

    @Test
    void undeclaredPagesAreUtf8WhenValidElseWindows1252() {
        PageCharset.Decoded utf8 = decode(TEXT, StandardCharsets.UTF_8, null);
        assertThat(utf8.text()).isEqualTo(TEXT);
        assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(utf8.detectedBy()).isEqualTo("valid-utf-8");
        PageCharset.Decoded legacy = decode(TEXT, CP1252, "text/plain");
        assertThat(legacy.text()).isEqualTo(TEXT);
        assertThat(legacy.charset()).isEqualTo(CP1252);
        assertThat(legacy.detectedBy()).isEqualTo("fallback");
    }

    @Test
    void decodesWithoutRepairingMojibakeThatIsInTheBytes() {
        // Repairing "CafÃ©" is the parser's business; the fetcher publishes the page as it is.
        String mojibake = "<meta charset=\"utf-8\"><p>Caf\u00c3\u00a9</p>";
        assertThat(decode(mojibake, StandardCharsets.UTF_8, "text/html").text()).isEqualTo(mojibake);
    }

    @Test
    void forLabelKnowsJavasAliasesAndRefusesUnknownLabels() {
        assertThat(PageCharset.forLabel(" UTF8 ")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(PageCharset.forLabel("latin1")).isEqualTo(CP1252);
        assertThat(PageCharset.forLabel("x-no-such-charset")).isNull();
        assertThat(PageCharset.forLabel("not a label")).isNull();
    }
}

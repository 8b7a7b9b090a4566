package dev.newsflow.model.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The binary-content check the raw-record reader and the parser share, holding both of their rules: the reader's NUL
 * and control characters, the parser's content types and replacement characters.
 */
class BinaryContentTest {

    @Test
    void knowsTheContentTypesOfDataThatIsNoPage() {
        assertThat(BinaryContent.isBinaryType("image/png")).isTrue();
        assertThat(BinaryContent.isBinaryType("Application/PDF")).isTrue();
        assertThat(BinaryContent.isBinaryType("application/octet-stream; q=1")).isTrue();
        assertThat(BinaryContent.isBinaryType("text/html; charset=utf-8")).isFalse();
        assertThat(BinaryContent.isBinaryType(null)).isFalse();
    }

    @Test
    void aSingleNulMakesTextBinary() {
        assertThat(BinaryContent.whyBinary("<html><p>Hello\u0000 world</p></html>")).contains("NUL");
    }

    @Test
    void moreThanOnePercentControlCharactersMakeTextBinary() {
        String page = "<p>" + "x".repeat(393) + "</p>"; // 400 characters: up to 5 control characters pass
        assertThat(BinaryContent.whyBinary(page + "\u0001".repeat(5))).isNull();
        assertThat(BinaryContent.whyBinary(page + "\u0001".repeat(6))).contains("control characters");
        assertThat(BinaryContent.whyBinary("\t\n\r\f".repeat(100))).isNull();
    }

    @Test
    void textThatIsMostlyReplacementCharactersIsBinaryDecodedAsText() {
        String page = "<p>" + "x".repeat(78) + "</p>";  // 85 characters: 15 of 100 pass
        assertThat(BinaryContent.whyBinary(page + "\uFFFD".repeat(15))).isNull();
        assertThat(BinaryContent.whyBinary(page + "\uFFFD".repeat(16))).contains("replacement characters");
        assertThat(BinaryContent.whyBinary("")).isNull();
    }

    @Test
    void looksAtTheFirst4096CharactersOnly() {
        assertThat(BinaryContent.whyBinary("x".repeat(4096) + "\u0000")).isNull();
    }
}

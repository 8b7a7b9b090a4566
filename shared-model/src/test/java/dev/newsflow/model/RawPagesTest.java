package dev.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawPagesTest {

    @Test
    void acceptsJsonEnvelope() {
        RawPage page = RawPages.decode(GoldenSamples.bytes("raw-page"), Map.of());
        assertThat(page.url()).isEqualTo("http://news.bbc.co.uk/2/hi/americas/1611000.stm");
        assertThat(page.contentType()).startsWith("text/plain");
    }

    @Test
    void acceptsBareHtmlWithUrlHeader() {
        RawPage page = RawPages.decode("<!DOCTYPE html><html><p>Hi</p></html>".getBytes(StandardCharsets.UTF_8),
                Map.of(Headers.URL, "https://example.com/news/1"));
        assertThat(page.url()).isEqualTo("https://example.com/news/1");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.source()).isEqualTo("manual");
    }

    @Test
    void treatsBareProseAsPlainText() {
        RawPage page = RawPages.decode("Headline\n\nSome text.".getBytes(StandardCharsets.UTF_8),
                Map.of(Headers.URL, "https://example.com/a"));
        assertThat(page.contentType()).startsWith("text/plain");
    }

    @Test
    void refusesBarePageWithoutUrlHeaderAndSaysWhatToDo() {
        assertThatThrownBy(() -> RawPages.decode("<html><p>x</p></html>".getBytes(StandardCharsets.UTF_8), Map.of()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(Headers.URL);
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = {0x00, 0x01, (byte) 0xff, (byte) 0xfe, 0x13, 0x37, 0x00};
        assertThatThrownBy(() -> RawPages.decode(garbage, Map.of(Headers.URL, "https://example.com/a")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not UTF-8");
        byte[] controlChars = "\u0001\u0002\u0003\u0004\u0005\u0006".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RawPages.decode(controlChars, Map.of(Headers.URL, "https://example.com/a")))
                .hasMessageContaining("binary");
    }

    @Test
    void refusesMalformedJsonWithParserReason() {
        assertThatThrownBy(() -> RawPages.decode("{\"url\": ".getBytes(StandardCharsets.UTF_8), Map.of()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("not a valid RawPage event");
    }

    @Test
    void refusesRelativeUrlHeader() {
        assertThatThrownBy(() -> RawPages.decode("<html></html>".getBytes(StandardCharsets.UTF_8), Map.of(Headers.URL, "/news/1")))
                .hasMessageContaining("absolute http(s) URL");
    }

    @Test
    void refusesEmptyRecord() {
        assertThatThrownBy(() -> RawPages.decode(new byte[0], Map.of())).hasMessageContaining("empty record");
    }
}

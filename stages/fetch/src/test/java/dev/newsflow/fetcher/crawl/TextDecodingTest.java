package dev.newsflow.fetcher.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.model.charset.PageCharset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Charset decoding and URL normalisation: the two things that make one page one correct row. */
class TextDecodingTest {

    @Test
    void decodesFetchedBodiesWithTheSharedCharsetRules() {
        // The rules themselves are tested in shared-model (PageCharsetTest); this pins that a fetched body goes
        // through them, here the one browsers do not have: valid UTF-8 wins over a stale declared charset.
        String html = "<html><head><meta charset=\"gb2312\"></head>"
                + "<body>\u201cCaf\u00e9\u201d \u4e2d\u6587</body></html>";
        FetchResponse.Body body = new FetchResponse.Body("https://example.com/news/1", 200,
                "text/html; charset=ISO-8859-1", null, null, html.getBytes(StandardCharsets.UTF_8), List.of(), null);
        PageCharset.Decoded d = body.decode();
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.detectedBy()).isEqualTo("header-was-utf-8");
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

package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The first pass's preparation gathered by the metadata's walk ({@link CandidateWalk.Preparation}) leaves the body as
 * the pass's own preparation does: the same nodes removed, the same line breaks turned into paragraphs.
 */
class CandidateWalkPreparationTest {

    private static void assertSameWalk(String html, String where) {
        Document own = Jsoup.parse(html, "https://example.org/a");
        CandidateWalk.Result ownWalk = CandidateWalk.walk(own.body(), "A title", new ClassSignals(), true, null);

        Document gathered = Jsoup.parse(html, "https://example.org/a");
        CandidateWalk.Preparation prepared = new CandidateWalk.Preparation(gathered.body());
        new HtmlMetadata(gathered, "https://example.org/a").collect(prepared);
        CandidateWalk.Result gatheredWalk = CandidateWalk.walk(gathered.body(), "A title", new ClassSignals(), true, prepared);

        assertThat(gathered.outerHtml()).as(where).isEqualTo(own.outerHtml());
        assertThat(gatheredWalk.visibleByline()).as(where).isEqualTo(ownWalk.visibleByline());
        assertThat(tags(gatheredWalk.toScore())).as(where).isEqualTo(tags(ownWalk.toScore()));
    }

    private static List<String> tags(List<Element> els) {
        List<String> out = new ArrayList<>();
        for (Element el : els) {
            out.add(el.cssSelector() + (el.parent() == null ? " (detached)" : ""));
        }
        return out;
    }

    @Test
    void removesWhatThePassWouldAndTurnsTheSameLineBreaksIntoParagraphs() {
        assertSameWalk("<html><head><script>var a;</script><style>p{}</style><meta name=x content=y>"
                + "<link rel=canonical href=/a><noscript><p>head noscript</p></noscript></head><body>"
                + "<div>First line<br><br>second line<br><br><span>third</span></div>"
                + "<noscript><div>Lazy<br><br>image <script>x()</script></div></noscript>"
                + "<object type=\"Application/x-shockwave-flash\"><p>flash<br><br>text</p></object>"
                + "<object type=\"image/svg+xml\"><p>kept<br><br>object text</p></object>"
                + "<template><p>t<br><br>t</p></template><p>Text <script>inline()</script> with a script, and"
                + " <style>.x{}</style> a style.</p><meta itemprop=name content=z><link rel=author href=/b></body></html>",
                "hand-written");
    }

    @Test
    void leavesTheStressPagesAsThePassDoes() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/stress"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) {
            assertSameWalk(Files.readString(page, StandardCharsets.UTF_8), page.toString());
        }
    }
}

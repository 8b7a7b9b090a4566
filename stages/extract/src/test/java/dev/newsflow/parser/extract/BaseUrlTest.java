package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.internal.StringUtil;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleExtractor.BaseUrl} copies part of jsoup's URL resolution to skip its control-character regex: it must
 * answer what jsoup's {@link StringUtil#resolve(String, String)} answers, on random sources drawn from the characters
 * that steer the resolution (control characters, query and fragment marks, dot segments, schemes, spaces).
 */
class BaseUrlTest {

    private static final List<String> PIECES = List.of("\u0000", "\t", "\n", "\u001f", "\u0001", " ", "?", "#", "/", "./",
            "../", "..", ".", ":", "a", "Img", "x.png", "%20", "é", "http:", "https://", "//cdn.example.org", "data:",
            "javascript:", "mailto:", "data:image/gif;base64,R0lGODlhAQABAAAAACw=", "DATA:", "q=1&b=2", "~", "@", "[", "]", "\\");
    private static final List<String> BASES = List.of("https://bench.invalid/001/", "https://news.example.com/a/b/story.html?id=7#top",
            "http://example.org", "https://example.org/x/../y/", "not a url", "", "https://exa\u0001mple.org/p/");

    private static String randomSource(Random random) {
        StringBuilder s = new StringBuilder();
        int pieces = random.nextInt(7);
        for (int i = 0; i < pieces; i++) {
            s.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return s.toString();
    }

    @Test
    void resolvesAsJsoupDoes() {
        Random random = new Random(16);
        for (String base : BASES) {
            ArticleExtractor.BaseUrl resolver = new ArticleExtractor.BaseUrl(base);
            for (int i = 0; i < 20_000; i++) {
                String source = randomSource(random);
                String expected = source.strip().isEmpty() ? "" : StringUtil.resolve(base, source.strip());
                assertThat(resolver.absolute(source)).as("%s against %s", source.chars().boxed().toList(), base)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void dropsControlCharactersAsJsoupsRegexDoes() {
        assertThat(ArticleExtractor.BaseUrl.withoutControlChars("a\u0000b\tc\u001fd e")).isEqualTo("abcd e");
        String clean = "/img/a.png";
        assertThat(ArticleExtractor.BaseUrl.withoutControlChars(clean)).isSameAs(clean);
    }
}

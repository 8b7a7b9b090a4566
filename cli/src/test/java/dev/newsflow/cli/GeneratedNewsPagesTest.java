package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.RawPage;
import dev.newsflow.parser.extract.ArticleExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GeneratedNewsPagesTest {

    private final GeneratedNewsPages pages = new GeneratedNewsPages("test", 30 * 1024);

    @Test
    void pagesAreAboutTheAskedSize() {
        IntStream.range(0, 20).forEach(n -> assertThat(pages.page(n).length).isBetween(30 * 1024, 34 * 1024));
    }

    @Test
    void everyPageIsANewArticleAndTheSameNumberGivesTheSamePage() {
        Set<String> ids = new HashSet<>();
        IntStream.range(0, 500).forEach(n -> ids.add(ArticleId.of(pages.url(n))));
        assertThat(ids).hasSize(500);
        assertThat(pages.page(7)).isEqualTo(pages.page(7));
        assertThat(new GeneratedNewsPages("another run", 30 * 1024).url(7)).isNotEqualTo(pages.url(7));
    }

    @Test
    void aPageParsesAsAnArticleWithItsUrlHeadlineAndAFifthOfItsBytesAsText() {
        String html = new String(pages.page(3), StandardCharsets.UTF_8);
        Article article = new ArticleExtractor().extract(RawPage.of(pages.url(3), "text/html; charset=utf-8", html,
                Instant.now(), "test"));

        assertThat(article.canonicalUrl()).isEqualTo(pages.url(3));
        assertThat(html).contains("<h1>" + article.headline() + "</h1>");
        assertThat(article.body().length()).isBetween(html.length() / 8, html.length() / 4);
    }
}

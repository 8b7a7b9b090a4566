package dev.newsflow.parser.extract;

import dev.newsflow.model.Article;
import dev.newsflow.model.RawPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a raw page into an article. Plain Java: the parser service, the CLI and the benchmarks call it alike.
 * Thread-safe.
 *
 * <p>PLACEHOLDER implementation (title + paragraphs) so the pipeline can be wired; the real extractor
 * replaces its internals, keeping this signature.
 */
public class ArticleExtractor {

    /**
     * Extracts the article from the page.
     *
     * @throws ExtractionException when the page is not an article (with a reason code and a readable reason)
     */
    public Article extract(RawPage page) {
        Document doc = Jsoup.parse(page.body(), page.url());
        String headline = doc.title();
        List<String> paragraphs = new ArrayList<>();
        for (Element p : doc.select("p")) {
            if (!p.text().isBlank()) {
                paragraphs.add(p.text());
            }
        }
        if (headline.isBlank() || paragraphs.isEmpty()) {
            throw new ExtractionException("not-an-article", "no headline or no body text found in " + page.url());
        }
        String body = String.join("\n\n", paragraphs);
        return new Article(Article.SCHEMA_VERSION, null, page.url(), null, doc.location(), headline, null,
                List.of(), null, null, List.of(), null, body, List.of(), List.of(), List.of(),
                Map.of("headline", "title"), body.split("\\s+").length, Instant.now());
    }
}

package dev.newsflow.parser.extract;

import dev.newsflow.model.Article;
import dev.newsflow.model.RawPage;
import org.jsoup.Jsoup;

/** A news story's page at a dated address, for the metadata and byline tests: its metadata alone, or extracted. */
final class StoryPage {

    static final String URL = "https://news.example.com/2024/05/01/story";

    private StoryPage() {
    }

    /** What {@link HtmlMetadata} reads from a page of {@code body} and an empty head. */
    static ArticleDraft metadata(String body) {
        ArticleDraft d = new ArticleDraft();
        new HtmlMetadata(Jsoup.parse("<html><head></head><body>" + body + "</body></html>", URL), URL).read(d);
        return d;
    }

    /** The page titled "Budget" with {@code body}, extracted with the default rules. */
    static Article extract(String body) {
        return new ArticleExtractor().extract(RawPage.of(URL, "text/html",
                "<html><head><title>Budget</title></head><body>" + body + "</body></html>", null, "manual"));
    }
}

package dev.newsflow.articles.search;

import java.time.Instant;
import java.util.List;

/**
 * One article in full, as indexed: the answer of {@code GET /api/articles/{id}}.
 *
 * @param id            the article id
 * @param url           the URL it was fetched from
 * @param canonicalUrl  its canonical URL
 * @param headline      the headline
 * @param description   the standfirst, or {@code null}
 * @param site          the publication
 * @param authors       bylines
 * @param section       the section path, outermost first
 * @param sectionTags   section slugs, one per level
 * @param topics        topic slugs, best first
 * @param language      ISO 639-1 code, or {@code null}
 * @param publishedAt   first publication, or {@code null}
 * @param modifiedAt    last modification, or {@code null}
 * @param wordCount     words in the body
 * @param body          the plain text, paragraphs separated by a blank line
 * @param images        the article's images
 * @param people        people mentioned, most salient first
 * @param organizations organisations mentioned
 * @param places        places mentioned
 * @param misc          other named things (events, nationalities, works...)
 */
public record ArticleView(String id, String url, String canonicalUrl, String headline, String description,
                          String site, List<String> authors, List<String> section, List<String> sectionTags,
                          List<String> topics, String language, Instant publishedAt, Instant modifiedAt,
                          int wordCount, String body, List<Picture> images, List<String> people,
                          List<String> organizations, List<String> places, List<String> misc) {

    /**
     * An image of the article.
     *
     * @param url     absolute URL
     * @param alt     alt text, or {@code null}
     * @param caption caption, or {@code null}
     */
    public record Picture(String url, String alt, String caption) {
    }
}

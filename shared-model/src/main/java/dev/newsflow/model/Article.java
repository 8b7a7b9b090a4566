package dev.newsflow.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An article extracted from a page: the record on {@link Topics#ARTICLES_PARSED}, keyed by {@link #id()}.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} of the writer
 * @param id            {@link ArticleId#of(String)} of the canonical URL
 * @param url           the URL the page was fetched from
 * @param canonicalUrl  the page's canonical URL ({@code link rel=canonical}, og:url), else {@link #url}
 * @param site          the publication's name, else the host
 * @param headline      the headline
 * @param description   the standfirst or description, or {@code null}
 * @param authors       people credited with the article (not the publisher), in page order
 * @param publishedAt   first publication instant, or {@code null} when the page declares none
 * @param modifiedAt    last modification instant, or {@code null}
 * @param section       section path, outermost first, e.g. {@code ["World", "Americas"]}
 * @param language      ISO 639-1 code, e.g. {@code en}, or {@code null} when unknown
 * @param body          plain text; paragraphs separated by a blank line, list items one per line
 * @param images        images with alt text and captions
 * @param lists         the article's bulleted and numbered lists, each as its items
 * @param relatedLinks  related reading offered by the page
 * @param provenance    for each field, where its value came from, e.g. {@code "publishedAt": "json-ld"}
 * @param wordCount     words in {@link #body}
 * @param parsedAt      when the parser produced this record
 * @param confidence    how far the extraction can be trusted, 0 to 1 (text density, length, structure, prose,
 *                      agreement of the metadata sources), or {@code null} from a writer that does not say (older
 *                      parsers)
 */
public record Article(int schemaVersion, String id, String url, String canonicalUrl, String site, String headline,
                      String description, List<String> authors, Instant publishedAt, Instant modifiedAt,
                      List<String> section, String language, String body, List<Image> images,
                      List<List<String>> lists, List<RelatedLink> relatedLinks, Map<String, String> provenance,
                      int wordCount, Instant parsedAt, Double confidence) {

    /** The version of this record's wire format. */
    public static final int SCHEMA_VERSION = 1;

    public Article {
        requireNonNull(url, "url");
        requireNonNull(headline, "headline");
        requireNonNull(body, "body");
        canonicalUrl = canonicalUrl == null || canonicalUrl.isBlank() ? url : canonicalUrl;
        id = id == null || id.isBlank() ? ArticleId.of(canonicalUrl) : id;
        authors = authors == null ? List.of() : List.copyOf(authors);
        section = section == null ? List.of() : List.copyOf(section);
        images = images == null ? List.of() : List.copyOf(images);
        lists = lists == null ? List.of() : lists.stream().map(List::copyOf).toList();
        relatedLinks = relatedLinks == null ? List.of() : List.copyOf(relatedLinks);
        // sorted by field, so a record's JSON is the same bytes from every parser run (Map.copyOf's order changes with
        // each JVM start, which made replays and prediction files differ with nothing changed)
        provenance = provenance == null ? Map.of()
                : Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(provenance)));
        schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
        parsedAt = parsedAt == null ? Instant.now() : parsedAt;
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0 and 1: " + confidence);
        }
    }

    /** An article whose writer gives no confidence. */
    public Article(int schemaVersion, String id, String url, String canonicalUrl, String site, String headline,
                   String description, List<String> authors, Instant publishedAt, Instant modifiedAt,
                   List<String> section, String language, String body, List<Image> images,
                   List<List<String>> lists, List<RelatedLink> relatedLinks, Map<String, String> provenance,
                   int wordCount, Instant parsedAt) {
        this(schemaVersion, id, url, canonicalUrl, site, headline, description, authors, publishedAt, modifiedAt,
                section, language, body, images, lists, relatedLinks, provenance, wordCount, parsedAt, null);
    }

    /**
     * The revision of this article used to order events about it: the modification time, else the
     * publication time, else the parse time, in epoch milliseconds. A later revision wins in the index.
     */
    public long revision() {
        Instant at = modifiedAt != null ? modifiedAt : publishedAt != null ? publishedAt : parsedAt;
        return at.toEpochMilli();
    }
}

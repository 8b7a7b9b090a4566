package dev.newsflow.parser.stream;

import dev.newsflow.model.Article;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.Locale;

/**
 * Counts, per site, the articles the parser produced and how many of them came with each field, so that
 * {@code newsflow_extraction_fields_total / newsflow_extraction_articles_total} is a site's fill rate: a site whose
 * redesign broke its headlines, authors, dates or bodies shows as a falling rate.
 */
final class ExtractionFillMeter {

    static final String ARTICLES = "newsflow.extraction.articles";
    static final String FIELDS = "newsflow.extraction.fields";

    private final MeterRegistry registry;

    ExtractionFillMeter(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Article article) {
        String site = siteOf(article.canonicalUrl());
        Counter.builder(ARTICLES).description("Articles extracted, by site").tag("site", site)
                .register(registry).increment();
        count(site, "headline", !article.headline().isBlank());
        count(site, "author", !article.authors().isEmpty());
        count(site, "date", article.publishedAt() != null);
        count(site, "body", !article.body().isBlank());
    }

    private void count(String site, String field, boolean present) {
        if (present) {
            Counter.builder(FIELDS).description("Articles extracted with the field present, by site and field")
                    .tag("site", site).tag("field", field).register(registry).increment();
        }
    }

    /** The host without {@code www.}: one label per site, however many sections and URLs it has. */
    static String siteOf(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return "unknown";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "unknown";
        }
    }
}

package dev.newsflow.articles.search;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a reader asks for: free text, filters, a page and an order. Every filter is a list; a document must
 * match all values given for a parameter (repeating {@code entity} narrows to articles mentioning all of them).
 *
 * @param text      free text searched in headline, description, body and entity names, or {@code null}
 * @param sites     publication names ({@code site})
 * @param sections  section slugs or names ({@code section}), any level of the hierarchy
 * @param topics    topic slugs ({@code topic}), e.g. {@code politics}
 * @param entities  entity names of any type ({@code entity})
 * @param authors   author names ({@code author})
 * @param languages ISO 639-1 codes ({@code language})
 * @param from      published at or after this instant, or {@code null}
 * @param to        published before this instant, or {@code null}
 * @param page      1-based page number
 * @param size      hits per page, 1..{@link #MAX_SIZE}
 * @param sort      the order of hits
 */
public record SearchQuery(String text, List<String> sites, List<String> sections, List<String> topics,
                          List<String> entities, List<String> authors, List<String> languages, Instant from,
                          Instant to, int page, int size, Sort sort) {

    /** Hits per page when the reader does not say. */
    public static final int DEFAULT_SIZE = 10;
    /** The largest page a reader may ask for. */
    public static final int MAX_SIZE = 100;
    /** Elasticsearch's default {@code index.max_result_window}: deeper pages need search_after. */
    public static final int MAX_WINDOW = 10_000;

    /** The order of hits. */
    public enum Sort {
        /** Best match first (newest first among equals). */
        RELEVANCE,
        /** Most recently published first. */
        NEWEST;

        /** Parses {@code relevance} or {@code newest}, in any case. */
        public static Sort parse(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "relevance" -> RELEVANCE;
                case "newest" -> NEWEST;
                default -> throw new InvalidQueryException("sort", "must be 'relevance' or 'newest', not '" + value + "'");
            };
        }
    }

    public SearchQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        sites = clean(sites);
        sections = clean(sections);
        topics = clean(topics);
        entities = clean(entities);
        authors = clean(authors);
        languages = clean(languages).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        if (page < 1) {
            throw new InvalidQueryException("page", "must be 1 or more, not " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("size", "must be between 1 and " + MAX_SIZE + ", not " + size);
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new InvalidQueryException("page", "page " + page + " of " + size + " goes past the first "
                    + MAX_WINDOW + " hits; narrow the search instead");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidQueryException("from", "must be before 'to' (" + from + " is not before " + to + ")");
        }
        // Without text every score is equal, so "relevance" would be an arbitrary order: show the newest.
        sort = sort != null ? sort : text == null ? Sort.NEWEST : Sort.RELEVANCE;
    }

    /** Everything: no text, no filters, the first page of the newest articles. */
    public static SearchQuery all() {
        return builder().build();
    }

    /** A builder, for tests and callers that set a few fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether any filter or text narrows the search. */
    public boolean narrowed() {
        return text != null || !sites.isEmpty() || !sections.isEmpty() || !topics.isEmpty() || !entities.isEmpty()
                || !authors.isEmpty() || !languages.isEmpty() || from != null || to != null;
    }

    /** Offset of the first hit of {@link #page}. */
    public int offset() {
        return (page - 1) * size;
    }

    /**
     * Parses a date parameter: an instant ({@code 2026-11-28T10:00:00Z}), a date-time with offset, or a date
     * ({@code 2026-11-28}, taken as UTC midnight; as an upper bound the whole day is included).
     *
     * @param parameter the parameter name, for the error message
     * @param value     the text, or {@code null}/blank for none
     * @param upper     whether this is an exclusive upper bound ({@code to})
     * @throws InvalidQueryException when the value is not a date
     */
    public static Instant parseDate(String parameter, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (upper ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidQueryException(parameter, "cannot read '" + value
                    + "' as a date; use 2026-11-28 or 2026-11-28T10:00:00Z");
        }
    }

    /**
     * Parses a positive whole-number parameter.
     *
     * @param fallback the value when {@code value} is null or blank
     */
    public static int parseInt(String parameter, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(parameter, "must be a whole number, not '" + value + "'");
        }
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** Builds a {@link SearchQuery}; unset fields mean "no filter", page 1, {@value #DEFAULT_SIZE} hits. */
    public static final class Builder {
        private String text;
        private List<String> sites = List.of();
        private List<String> sections = List.of();
        private List<String> topics = List.of();
        private List<String> entities = List.of();
        private List<String> authors = List.of();
        private List<String> languages = List.of();
        private Instant from;
        private Instant to;
        private int page = 1;
        private int size = DEFAULT_SIZE;
        private Sort sort;

        private Builder() {
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder sites(String... sites) {
            this.sites = List.of(sites);
            return this;
        }

        public Builder sections(String... sections) {
            this.sections = List.of(sections);
            return this;
        }

        public Builder topics(String... topics) {
            this.topics = List.of(topics);
            return this;
        }

        public Builder entities(String... entities) {
            this.entities = List.of(entities);
            return this;
        }

        public Builder authors(String... authors) {
            this.authors = List.of(authors);
            return this;
        }

        public Builder languages(String... languages) {
            this.languages = List.of(languages);
            return this;
        }

        public Builder from(Instant from) {
            this.from = from;
            return this;
        }

        public Builder to(Instant to) {
            this.to = to;
            return this;
        }

        public Builder page(int page) {
            this.page = page;
            return this;
        }

        public Builder size(int size) {
            this.size = size;
            return this;
        }

        public Builder sort(Sort sort) {
            this.sort = sort;
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(text, sites, sections, topics, entities, authors, languages, from, to, page, size, sort);
        }
    }
}

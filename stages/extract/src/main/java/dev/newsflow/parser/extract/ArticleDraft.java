package dev.newsflow.parser.extract;

import dev.newsflow.model.Article;
import dev.newsflow.model.Image;
import dev.newsflow.model.RelatedLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The fields of an article being extracted, each set at most once, with where its value came from. */
final class ArticleDraft {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    String canonicalUrl;
    String site;
    String headline;
    String description;
    List<String> authors = List.of();
    Instant publishedAt;
    Instant modifiedAt;
    List<String> section = List.of();
    String language;
    /** Language the page declares, kept until the text is read. */
    String declaredLanguage;
    String body;
    /** The standfirst the precision rules took out of the body ({@link Standfirst}): text the page shows above it. */
    String standfirst;
    /** Set when the content found is mostly links: an index page. */
    boolean indexLike;
    /** Share of the chosen block's text inside links, and the content finder's pass that found it (HTML pages). */
    double contentLinkDensity;
    int contentPass;
    /** The page's own titles ({@code <title>}, first {@code <h1>}) the headline is checked against. */
    final List<String> pageTitles = new ArrayList<>();
    /** {@link ExtractionConfidence}, set once the fields are final. */
    Double confidence;
    final List<Image> images = new ArrayList<>();
    final List<List<String>> lists = new ArrayList<>();
    final List<RelatedLink> relatedLinks = new ArrayList<>();
    final Map<String, String> provenance = new LinkedHashMap<>();

    boolean has(String field) {
        return provenance.containsKey(field);
    }

    /** Records the source of a field the first time it is set; later (weaker) sources are ignored. */
    boolean claim(String field, String source) {
        if (provenance.containsKey(field)) {
            return false;
        }
        provenance.put(field, source);
        return true;
    }

    /**
     * Sets a text field (headline, description or site) from a source, whitespace collapsed, unless it is set already
     * or the value is blank.
     */
    void setText(String field, String source, String value) {
        if (value == null || value.isBlank() || has(field)) {
            return;
        }
        String v = WHITESPACE.matcher(value).replaceAll(" ").strip();
        claim(field, source);
        switch (field) {
            case "headline" -> headline = v;
            case "description" -> description = v;
            case "site" -> site = v;
            default -> throw new IllegalArgumentException(field);
        }
    }

    Article toArticle(String url) {
        int words = wordCount();
        return new Article(Article.SCHEMA_VERSION, null, url, canonicalUrl, site, headline, description, authors,
                publishedAt, modifiedAt, section, language, body, images, lists, relatedLinks, provenance, words,
                Instant.now(), confidence);
    }

    private String countedBody;
    private int countedWords;

    /** Words in the body: runs of letters and digits (counted once: the confidence and the article both ask). */
    int wordCount() {
        if (body == countedBody) {
            return countedWords;
        }
        // A word starts at a letter after a non-letter: counted by arithmetic rather than a branch, since where words
        // start is too irregular for the processor to predict (a mispredicted branch every few characters took most of
        // the count's time: 26 against 6 us for 8,000 characters of the dev pages' text, in a micro-benchmark).
        int words = 0;
        int inWord = 0;
        for (int i = 0; i < body.length(); i++) {
            int letter = isLetterOrDigit(body.charAt(i)) ? 1 : 0;
            words += letter & ~inWord;
            inWord = letter;
        }
        countedBody = body;
        countedWords = words;
        return words;
    }

    /**
     * {@link Character#isLetterOrDigit(int)} of every character of the Basic Multilingual Plane, a bit each (8 KB):
     * one look-up where the Unicode data takes a dispatch and three dependent table reads, for every character of a
     * body (many of them outside ASCII: the pages are in many languages).
     */
    private static final long[] LETTER_OR_DIGIT = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetterOrDigit(c)) {
                LETTER_OR_DIGIT[c >>> 6] |= 1L << c;
            }
        }
    }

    /** {@link Character#isLetterOrDigit(int)}, by the table for the Basic Multilingual Plane. */
    static boolean isLetterOrDigit(int c) {
        if (c <= Character.MAX_VALUE) {
            return (LETTER_OR_DIGIT[c >>> 6] & 1L << c) != 0; // a long shift counts modulo 64
        }
        return Character.isLetterOrDigit(c);
    }
}

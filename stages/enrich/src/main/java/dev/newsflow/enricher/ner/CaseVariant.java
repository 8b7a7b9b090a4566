package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Re-cased copies of gold text, tags unchanged: stress tests of how much the tagger leans on capitals. CoNLL-2003
 * (Reuters 1996) has many all-caps headlines and datelines ("SOCCER - JAPANESE LEAGUE RESULTS", "LONDON
 * 1996-08-30"), which neither GMB nor wikigold holds; scoring the same sentences upper-cased shows what such lines
 * cost. Lower case stands for careless text (comments, transcripts), title case for headlines in title style.
 */
public enum CaseVariant {
    /** The text as written. */
    AS_IS("as-is"),
    /** Every letter in capitals ("PRESIDENT PUTIN MET OFFICIALS IN MOSCOW"). */
    UPPER("upper"),
    /** No capitals at all. */
    LOWER("lower"),
    /** Every word capitalised, the rest of it in lower case ("President Putin Met Officials In Moscow"). */
    TITLE("title"),
    /**
     * Each document's first sentence in capitals, the rest as written: the CoNLL-2003 layout, an all-caps headline
     * above a mixed-case story. Text without document marks (GMB) is first cut into documents of
     * {@link #HEADLINE_DOCUMENT} consecutive sentences, tagged as documents.
     */
    HEADLINE("headline");

    /**
     * Sentences per made-up document when the text has no document marks: about a CoNLL-2003 story's length
     * (14,987 training sentences in 946 documents).
     */
    public static final int HEADLINE_DOCUMENT = 15;

    /** The name used on the command line. */
    public final String option;

    CaseVariant(String option) {
        this.option = option;
    }

    /** The variant named {@code option}; an unknown name fails with the known ones. */
    public static CaseVariant of(String option) {
        for (CaseVariant v : values()) {
            if (v.option.equals(option.strip())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown case variant '" + option + "' (known: "
                + Arrays.stream(values()).map(v -> v.option).toList() + ")");
    }

    /** The word in this variant's casing. */
    public String apply(String word) {
        return switch (this) {
            case AS_IS -> word;
            case UPPER -> word.toUpperCase(Locale.ROOT);
            case LOWER -> word.toLowerCase(Locale.ROOT);
            case HEADLINE -> UPPER.apply(word);
            case TITLE -> word.isEmpty() ? word
                    : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Copies of the documents with every word re-cased (for {@link #HEADLINE}, the first sentence of each); tags
     * are kept, and so are document marks, except that {@link #HEADLINE} cuts a document without one into marked
     * documents of {@link #HEADLINE_DOCUMENT} sentences.
     */
    public List<ConllCorpus.Document> apply(List<ConllCorpus.Document> docs) {
        if (this == AS_IS) {
            return docs;
        }
        List<ConllCorpus.Document> out = new ArrayList<>(docs.size());
        for (ConllCorpus.Document d : docs) {
            if (this == HEADLINE && !d.docstart()) {
                List<ConllCorpus.Sentence> all = d.sentences();
                for (int from = 0; from < all.size(); from += HEADLINE_DOCUMENT) {
                    List<ConllCorpus.Sentence> part = all.subList(from, Math.min(all.size(), from + HEADLINE_DOCUMENT));
                    out.add(recased(new ConllCorpus.Document(part, true)));
                }
            } else {
                out.add(recased(d));
            }
        }
        return out;
    }

    private ConllCorpus.Document recased(ConllCorpus.Document d) {
        List<ConllCorpus.Sentence> sentences = new ArrayList<>(d.sentences().size());
        for (ConllCorpus.Sentence s : d.sentences()) {
            boolean recase = this != HEADLINE || sentences.isEmpty();
            String[] words = recase ? Arrays.stream(s.words()).map(this::apply).toArray(String[]::new) : s.words();
            sentences.add(new ConllCorpus.Sentence(words, s.tags()));
        }
        return new ConllCorpus.Document(sentences, d.docstart());
    }
}

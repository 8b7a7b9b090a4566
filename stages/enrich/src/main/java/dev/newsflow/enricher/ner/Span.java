package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One name in a sentence's IOB2 tags: the words [{@code start}, {@code end}) and the index of its type in
 * {@link #TYPES}. The rules that run after the model read a document's names span by span again and again; the
 * reading, the type indices and the walk over a whole document are written here once.
 */
record Span(int start, int end, int type) {

    /** The entity types by their index in a span ({@link #typeIndex}); vote arrays are indexed the same way. */
    static final String[] TYPES = {"PER", "ORG", "LOC", "MISC"};
    static final int PER = 0;
    static final int ORG = 1;
    static final int LOC = 2;
    static final int MISC = 3;

    /** What a rule does with one name of a document, given the words and the tags of its sentence. */
    interface Visitor {
        void visit(String[] words, String[] tags, Span span);
    }

    static int typeIndex(String type) {
        return switch (type) {
            case "PER" -> PER;
            case "ORG" -> ORG;
            case "LOC" -> LOC;
            default -> MISC;
        };
    }

    /** The names of one sentence's tags, in order; an {@code I-X} after a word outside an X name opens one. */
    static List<Span> in(String[] tags) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i].startsWith("B-") || tags[i].startsWith("I-")) {
                int j = Labels.nameEnd(tags, i);
                out.add(new Span(i, j, typeIndex(tags[i].substring(2))));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Shows the visitor every name of a document, sentence by sentence and in order. A sentence's names are read
     * before the first of them is shown, so the visitor may re-tag its sentence (the span it is given, or others)
     * without changing which spans it is shown next: the rules were written against that snapshot.
     */
    static void eachIn(List<String[]> sentences, List<String[]> tags, Visitor visitor) {
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] sentenceTags = tags.get(s);
            for (Span span : in(sentenceTags)) {
                visitor.visit(words, sentenceTags, span);
            }
        }
    }

    /** Counts one mention of {@code name} typed {@code type} (an index of {@link #TYPES}) in votes per type. */
    static void vote(Map<String, int[]> votes, String name, int type) {
        votes.computeIfAbsent(name, k -> new int[TYPES.length])[type]++;
    }

    /**
     * The type with the most votes ({@link #TYPES} order), the first of them on a tie: PER before ORG before LOC
     * before MISC.
     */
    static int commonest(int[] votes) {
        int best = 0;
        for (int t = 1; t < votes.length; t++) {
            if (votes[t] > votes[best]) {
                best = t;
            }
        }
        return best;
    }

    int length() {
        return end - start;
    }

    /** The span's words joined by one space, as the name lists and the document's votes key names. */
    String text(String[] words) {
        return Words.join(words, start, end);
    }

    /** Tags the span's words as one name of {@code newType} ("PER", "ORG"...), its edges kept. */
    void retype(String[] tags, String newType) {
        Labels.name(tags, start, end, newType);
    }
}

package dev.newsflow.enricher.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Makes a document's tags agree with themselves: a name gets the type most of its tagged mentions have,
 * untagged repeats of a tagged name are tagged, and a person's surname alone ("Putin" after "Vladimir
 * Putin") is a person too, unless the name lists know the word as a place or an organisation.
 */
final class DocumentConsistency {

    private static final int MAX_SPAN = 6;

    private DocumentConsistency() {
    }

    /** As {@link #apply(List, List, Predicate)} with no name lists: every lone surname is left to the votes. */
    static void apply(List<String[]> sentences, List<String[]> tags) {
        apply(sentences, tags, name -> true);
    }

    /**
     * @param knownName whether a single word is on the place or organisation lists: such a word that also ends
     *                  a person's name ("Washington") keeps the type most of its lone mentions have
     */
    static void apply(List<String[]> sentences, List<String[]> tags, Predicate<String> knownName) {
        Map<String, int[]> votes = new HashMap<>();
        Map<String, Integer> surnames = new HashMap<>();
        Span.eachIn(sentences, tags, (words, t, span) -> {
            Span.vote(votes, span.text(words), span.type());
            if (span.type() == Span.PER && span.length() >= 2) {
                String last = words[span.end() - 1];
                if (last.length() > 1 && Character.isUpperCase(last.charAt(0))) {
                    surnames.merge(last, 1, Integer::sum);
                }
            }
        });
        if (votes.isEmpty()) {
            return;
        }
        Map<String, Integer> typeOf = new HashMap<>();
        votes.forEach((text, v) -> typeOf.put(text, Span.commonest(v)));
        surnames.forEach((name, n) -> {
            int[] v = votes.get(name);
            // A word that ends a person's full name in the document is that person when it stands alone, however
            // the model typed the lone mentions: they share one word's features, so their votes are one error
            // repeated ("Budjana 's style" reads like "Iran 's economy"), not independent evidence. Only a word
            // the place or organisation lists know ("Washington") is left to the votes.
            if (v == null || v[0] + n >= v[1] + v[2] + v[3] || !knownName.test(name)) {
                typeOf.put(name, Span.PER);
            }
        });
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] t = tags.get(s);
            // 1. retype tagged spans to the document's majority type
            for (Span span : Span.in(t)) {
                Integer type = typeOf.get(span.text(words));
                if (type != null && type != span.type()) {
                    span.retype(t, Span.TYPES[type]);
                }
            }
            // 2. tag untagged repeats, longest first
            for (int i = 0; i < words.length; i++) {
                if (!t[i].equals("O") || !Words.startsUpper(words[i])) {
                    continue;
                }
                for (int len = Math.min(MAX_SPAN, words.length - i); len >= 1; len--) {
                    if (!Labels.untagged(t, i, i + len) || (i + len < words.length && t[i + len].startsWith("I-"))) {
                        continue;
                    }
                    Integer type = typeOf.get(Words.join(words, i, i + len));
                    if (type == null) {
                        continue;
                    }
                    // a lone capitalised word at the start of a sentence is too weak a cue
                    if (len == 1 && i == 0 && !surnames.containsKey(words[i])) {
                        break;
                    }
                    Labels.name(t, i, i + len, Span.TYPES[type]);
                    i += len - 1;
                    break;
                }
            }
        }
    }
}

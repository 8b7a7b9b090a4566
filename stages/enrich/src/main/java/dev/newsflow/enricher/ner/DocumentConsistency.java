package dev.newsflow.enricher.ner;

import java.util.ArrayList;
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
        for (int s = 0; s < sentences.size(); s++) {
            for (int[] span : spans(tags.get(s))) {
                String text = join(sentences.get(s), span[0], span[1]);
                votes.computeIfAbsent(text, k -> new int[4])[span[2]]++;
                if (span[2] == 0 && span[1] - span[0] >= 2) {
                    String last = sentences.get(s)[span[1] - 1];
                    if (last.length() > 1 && Character.isUpperCase(last.charAt(0))) {
                        surnames.merge(last, 1, Integer::sum);
                    }
                }
            }
        }
        if (votes.isEmpty()) {
            return;
        }
        Map<String, Integer> typeOf = new HashMap<>();
        votes.forEach((text, v) -> {
            int best = 0;
            for (int t = 1; t < 4; t++) {
                if (v[t] > v[best]) {
                    best = t;
                }
            }
            typeOf.put(text, best);
        });
        surnames.forEach((name, n) -> {
            int[] v = votes.get(name);
            // A word that ends a person's full name in the document is that person when it stands alone, however
            // the model typed the lone mentions: they share one word's features, so their votes are one error
            // repeated ("Budjana 's style" reads like "Iran 's economy"), not independent evidence. Only a word
            // the place or organisation lists know ("Washington") is left to the votes.
            if (v == null || v[0] + n >= v[1] + v[2] + v[3] || !knownName.test(name)) {
                typeOf.put(name, 0);
            }
        });
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] t = tags.get(s);
            // 1. retype tagged spans to the document's majority type
            for (int[] span : spans(t)) {
                Integer type = typeOf.get(join(words, span[0], span[1]));
                if (type != null && type != span[2]) {
                    write(t, span[0], span[1], type);
                }
            }
            // 2. tag untagged repeats, longest first
            for (int i = 0; i < words.length; i++) {
                if (!t[i].equals("O") || !Words.startsUpper(words[i])) {
                    continue;
                }
                for (int len = Math.min(MAX_SPAN, words.length - i); len >= 1; len--) {
                    if (!allO(t, i, i + len) || (i + len < words.length && t[i + len].startsWith("I-"))) {
                        continue;
                    }
                    Integer type = typeOf.get(join(words, i, i + len));
                    if (type == null) {
                        continue;
                    }
                    // a lone capitalised word at the start of a sentence is too weak a cue
                    if (len == 1 && i == 0 && !surnames.containsKey(words[i])) {
                        break;
                    }
                    write(t, i, i + len, type);
                    i += len - 1;
                    break;
                }
            }
        }
    }

    private static boolean allO(String[] t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t[k].equals("O")) {
                return false;
            }
        }
        return true;
    }

    /** The entity types by the index {@link #spans} gives them ({@link #typeIndex}). */
    static final String[] TYPES = {"PER", "ORG", "LOC", "MISC"};
    /** The index of each type in {@link #TYPES}, as {@link #spans} gives it. */
    static final int PER = 0;
    static final int ORG = 1;
    static final int LOC = 2;
    static final int MISC = 3;

    static int typeIndex(String type) {
        return switch (type) {
            case "PER" -> PER;
            case "ORG" -> ORG;
            case "LOC" -> LOC;
            default -> MISC;
        };
    }

    private static void write(String[] t, int from, int to, int type) {
        Labels.name(t, from, to, TYPES[type]);
    }

    /** Spans as {start, end (exclusive), type index}. */
    static List<int[]> spans(String[] tags) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i].startsWith("B-") || tags[i].startsWith("I-")) {
                String type = tags[i].substring(2);
                int j = i + 1;
                while (j < tags.length && tags[j].equals("I-" + type)) {
                    j++;
                }
                out.add(new int[] {i, j, typeIndex(type)});
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    static String join(String[] words, int from, int to) {
        if (to - from == 1) {
            return words[from];
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words[k]);
        }
        return sb.toString();
    }
}

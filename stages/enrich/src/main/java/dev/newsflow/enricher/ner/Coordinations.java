package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names joined by "and" are one name each under CoNLL-2003 ("India and Pakistan": two places), but GMB's
 * bootstrapped tags often run them into one organisation ("India and Pakistan" 13 times in its training text, "West
 * Bank and Gaza Strip", "al-Qaida and Taliban"; 404 spans holding an "and", every one ORG), and the model learnt it:
 * "Gaza Strip and Egypt", "Bloomberg and Reuters", "Los Bronces and Mantos Blancos" came out as one organisation.
 * A span of the model's is cut at its "and"s and commas when every part is a name on its own: a listed name
 * (places, states, organisations, companies, institutions, parties, nationalities, with the list's type), a name the
 * model tagged as a span of its own elsewhere in the document (with that span's type), or two words or more opened
 * by a given name (a person). A span listed whole ("Trinidad and Tobago", "Marks and Spencer") or with a part that is
 * no name on its own ("Food and Agriculture Organization", "Procter and Gamble", "Department of Health and Human
 * Services") is kept. Teams joined by "v" are cut the same way, and there the last part may end in common words of
 * the headline ("CRICKET - ENGLAND V PAKISTAN SCOREBOARD", one organisation for the model: two places, the national
 * sides). A span that opens or closes with "and" loses it ("and Muslims", a slip GMB's tags hold too).
 */
final class Coordinations {

    /** The type of a listed name (words [from, to) of a sentence), or null when no list holds it. */
    interface ListedType {
        String of(String[] words, int from, int to);
    }

    /** One name a coordinated span is cut into: words [from, to) and its type. */
    private record Part(int from, int to, String type) {
    }

    private Coordinations() {
    }

    static void split(List<String[]> sentences, List<String[]> tags, ListedType listed, Predicate<String> givenName) {
        // the names the model tagged on their own in the document, with their types' counts
        Map<String, int[]> alone = new HashMap<>();
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if (!holdsAnd(w, span.start(), span.end())) {
                Span.vote(alone, span.text(w), span.type());
            }
        });
        for (int s = 0; s < sentences.size(); s++) {
            split(sentences.get(s), tags.get(s), alone, listed, givenName);
        }
    }

    private static void split(String[] words, String[] tags, Map<String, int[]> alone, ListedType listed,
                              Predicate<String> givenName) {
        for (Span span : Span.in(tags)) {
            int from = span.start();
            int to = span.end();
            while (from < to && words[from].equals("and")) {
                tags[from++] = "O";
            }
            while (to > from && words[to - 1].equals("and")) {
                tags[--to] = "O";
            }
            if (from < to && (from > span.start() || to < span.end())) {
                // what is left is a name of its own: its listed type if it has one ("and Muslims": MISC)
                String type = listed.of(words, from, to);
                Labels.name(tags, from, to, type != null ? type : Span.TYPES[span.type()]);
            }
            boolean versus = holdsVersus(words, from, to);
            if (!versus && !holdsAnd(words, from, to) || listed.of(words, from, to) != null) {
                continue;
            }
            List<Part> parts = new ArrayList<>();
            int start = from;
            for (int k = from; k <= to && parts != null; k++) {
                if (k == to || words[k].equals("and") || words[k].equals(",") || VERSUS.contains(words[k])) {
                    String type = k == start ? null : typeAlone(words, start, k, alone, listed, givenName);
                    // "ENGLAND V PAKISTAN SCOREBOARD": after a "v" the last part may end in words of the headline
                    int end = k;
                    while (versus && type == null && k == to && end - start > 1) {
                        end--;
                        type = typeAlone(words, start, end, alone, listed, givenName);
                    }
                    if (type != null && end < k) {
                        parts.add(new Part(start, end, type));
                        break;
                    }
                    if (type == null) {
                        parts = null; // "and ," or a part that is no name on its own: one name, kept
                    } else {
                        parts.add(new Part(start, k, type));
                        start = k + 1;
                    }
                }
            }
            if (parts == null) {
                continue;
            }
            for (int k = from; k < to; k++) {
                tags[k] = "O";
            }
            for (Part part : parts) {
                Labels.name(tags, part.from(), part.to(), part.type());
            }
        }
    }

    // the type words [from, to) have as a name on their own; null when they are none
    private static String typeAlone(String[] words, int from, int to, Map<String, int[]> alone, ListedType listed,
                                    Predicate<String> givenName) {
        String type = listed.of(words, from, to);
        if (type != null) {
            return type;
        }
        int[] counts = alone.get(Words.join(words, from, to));
        if (counts != null) {
            return Span.TYPES[Span.commonest(counts)];
        }
        if (to - from >= 2 && givenName.test(words[from])) {
            for (int k = from; k < to; k++) {
                if (!Words.startsUpper(words[k])) {
                    return null;
                }
            }
            return "PER";
        }
        return null;
    }

    // "England v Pakistan", "ENGLAND V PAKISTAN": two teams, never one name
    private static final Set<String> VERSUS = Set.of("v", "V", "vs", "vs.", "VS");

    private static boolean holdsVersus(String[] words, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (VERSUS.contains(words[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsAnd(String[] words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words[k].equals("and")) {
                return true;
            }
        }
        return false;
    }
}

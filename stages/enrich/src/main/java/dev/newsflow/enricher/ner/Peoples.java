package dev.newsflow.enricher.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The adjective or plural noun of a people ("Roman mosaics", "Ottoman rule", "the Vikings", "The Finn leads") is
 * MISC under the CoNLL conventions; the model typed some of them as persons or places when they stand alone (the
 * demo showed "Roman" as a person). A one-word span typed PER or LOC whose word is a people's
 * ({@code gazetteer/demonyms.txt} or {@code gazetteer/peoples.txt}) becomes MISC when it is a plural noun, or an
 * adjective: the next word is in lower case ("Roman mosaics", "Finn leads"). Organisations are left alone (a club
 * may bear a people's name: "the Vikings" of Minnesota), and so is a span the document shows to be a person's: a
 * title before it, or the word opening or closing a longer person's name elsewhere ("Roman Polanski").
 */
final class Peoples {

    private Peoples() {
    }

    /**
     * @param people whether a word is a people's adjective or noun (the two lists)
     * @param title  whether a word is a title or courtesy word ("Mr", "President")
     */
    static void apply(List<String[]> sentences, List<String[]> tags, Predicate<String> people,
            Predicate<String> title) {
        Set<String> namesOfPersons = new HashSet<>();
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if (span.type() == Span.PER && span.length() >= 2) {
                namesOfPersons.add(w[span.start()]);
                namesOfPersons.add(w[span.end() - 1]);
            }
        });
        Span.eachIn(sentences, tags, (w, t, span) -> {
            int k = span.start();
            if (span.length() != 1 || span.type() != Span.PER && span.type() != Span.LOC
                    || !people.test(w[k]) || namesOfPersons.contains(w[k])
                    || k > 0 && title.test(w[k - 1])) {
                return;
            }
            boolean plural = w[k].length() > 3 && w[k].endsWith("s");
            boolean adjective = k + 1 < w.length && startsLower(w[k + 1]);
            if (plural || adjective) {
                t[k] = "B-MISC";
            }
        });
    }

    private static boolean startsLower(String word) {
        return Character.isLowerCase(word.charAt(0));
    }
}

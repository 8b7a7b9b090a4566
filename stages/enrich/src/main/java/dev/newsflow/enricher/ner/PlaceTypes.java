package dev.newsflow.enricher.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Places typed as something else, and the reverse, where the name's own words or the sentence tell. */
final class PlaceTypes {

    private PlaceTypes() {
    }

    /**
     * The last words of landmarks' names: structures and places no organisation is named for ("Western Wall",
     * "Brandenburg Gate", "Temple Mount", "Tiananmen Square", "Suez Canal"). Towers, halls, centres, palaces and
     * churches are left out: wikigold and GMB type many of them as organisations (a business or a body housed
     * there: "Carnegie Hall", "Roman Catholic Church").
     */
    private static final Set<String> LANDMARK_HEADS = Set.of("wall", "gate", "bridge", "mount", "square", "canal");

    /**
     * A name of two words or more ending in a landmark's head word, typed as an organisation or a person, is a
     * place ("Western Wall" was an organisation in the demo's facets). GMB's tags make walls and canals
     * organisations ("Berlin Wall", "Suez Canal"), the model learnt that, and CoNLL makes them places.
     */
    static void landmarks(String[] words, String[] tags) {
        for (int[] span : DocumentConsistency.spans(tags)) {
            if ((span[2] == DocumentConsistency.ORG || span[2] == DocumentConsistency.PER) && span[1] - span[0] >= 2
                    && Words.startsUpper(words[span[1] - 1])
                    && LANDMARK_HEADS.contains(words[span[1] - 1].toLowerCase(Locale.ROOT))) {
                Labels.name(tags, span[0], span[1], "LOC");
            }
        }
    }

    /**
     * A country's owner that is no listed place is a person ("Hitler 's Germany", "Putin 's Russia": the model read
     * "Hitler" as a place): a one-word span typed LOC followed by "'s" and a listed country. Every mention of the
     * word typed LOC in the document becomes the person. A place that owns a country's part is listed ("Sudan 's
     * Darfur"); in GMB train's gold the owners of a country are persons or listed places, but for one "Hitler 's
     * Germany" that GMB tags as a place.
     *
     * @param place   whether a name (words joined by one space) is on the place lists
     * @param country whether a name is on the country list
     */
    static void countryOwners(List<String[]> sentences, List<String[]> tags, Predicate<String> place,
            Predicate<String> country) {
        Set<String> owners = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] w = sentences.get(s);
            String[] t = tags.get(s);
            for (int[] span : DocumentConsistency.spans(t)) {
                int k = span[0];
                if (span[2] == DocumentConsistency.LOC && span[1] - k == 1 && k + 2 < w.length
                        && w[k + 1].equals("'s") && t[k + 2].equals("B-LOC") && !place.test(w[k])
                        && country.test(countryAt(w, t, k + 2))) {
                    owners.add(w[k]);
                }
            }
        }
        if (owners.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            String[] w = sentences.get(s);
            String[] t = tags.get(s);
            for (int[] span : DocumentConsistency.spans(t)) {
                if (span[2] == DocumentConsistency.LOC && span[1] - span[0] == 1 && owners.contains(w[span[0]])) {
                    t[span[0]] = "B-PER";
                }
            }
        }
    }

    /**
     * Two names side by side that together are a listed country's are that country ("Czech" MISC + "Republic" LOC
     * in "( Czech Republic )": the nationality feature pulled the first word away from the second).
     *
     * @param country whether a name (words joined by one space) is on the country list
     */
    static void countriesWhole(String[] words, String[] tags, Predicate<String> country) {
        List<int[]> spans = DocumentConsistency.spans(tags);
        for (int k = 0; k + 1 < spans.size(); k++) {
            int[] first = spans.get(k);
            int[] second = spans.get(k + 1);
            if (first[1] == second[0] && country.test(DocumentConsistency.join(words, first[0], second[1]))) {
                Labels.name(tags, first[0], second[1], "LOC");
                k++;
            }
        }
    }

    // the place span that opens at k, its words joined by one space
    private static String countryAt(String[] w, String[] t, int k) {
        int end = k + 1;
        while (end < t.length && t[end].equals("I-LOC")) {
            end++;
        }
        return DocumentConsistency.join(w, k, end);
    }
}

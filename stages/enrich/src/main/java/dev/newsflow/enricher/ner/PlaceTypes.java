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
        for (Span span : Span.in(tags)) {
            if ((span.type() == Span.ORG || span.type() == Span.PER) && span.length() >= 2
                    && Words.startsUpper(words[span.end() - 1])
                    && LANDMARK_HEADS.contains(words[span.end() - 1].toLowerCase(Locale.ROOT))) {
                span.retype(tags, "LOC");
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
        Span.eachIn(sentences, tags, (w, t, span) -> {
            int k = span.start();
            if (span.type() == Span.LOC && span.length() == 1 && k + 2 < w.length
                    && w[k + 1].equals("'s") && t[k + 2].equals("B-LOC") && !place.test(w[k])
                    && country.test(countryAt(w, t, k + 2))) {
                owners.add(w[k]);
            }
        });
        if (owners.isEmpty()) {
            return;
        }
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if (span.type() == Span.LOC && span.length() == 1 && owners.contains(w[span.start()])) {
                t[span.start()] = "B-PER";
            }
        });
    }

    /**
     * Two names side by side that together are a listed country's are that country ("Czech" MISC + "Republic" LOC
     * in "( Czech Republic )": the nationality feature pulled the first word away from the second).
     *
     * @param country whether a name (words joined by one space) is on the country list
     */
    static void countriesWhole(String[] words, String[] tags, Predicate<String> country) {
        List<Span> spans = Span.in(tags);
        for (int k = 0; k + 1 < spans.size(); k++) {
            Span first = spans.get(k);
            Span second = spans.get(k + 1);
            if (first.end() == second.start() && country.test(Words.join(words, first.start(), second.end()))) {
                Labels.name(tags, first.start(), second.end(), "LOC");
                k++;
            }
        }
    }

    // the place span that opens at k, its words joined by one space
    private static String countryAt(String[] w, String[] t, int k) {
        return Words.join(w, k, Labels.nameEnd(t, k));
    }
}

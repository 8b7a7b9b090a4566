package dev.newsflow.enricher.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A possessive "'s" between two names ends the first and opens the second: "Siemens 's Osram", "Venezuela 's Foreign
 * Ministry" and "Ukraine 's Naftogaz" are two entities each under CoNLL-2003, the "'s" outside both. The model reads
 * most possessives so ("Britain 's Tony Blair"), but runs some organisations' spans over one ("Siemens 's Osram",
 * "Gazprom and Ukraine 's Naftogaz" one ORG): GMB, most of its training data, writes "India 's Health Ministry" and
 * "Arafat 's Fatah" as one name. A possessive inside a name is real too ("Pakistan People 's Party", "Lord 's
 * Resistance Army", "McDonald 's"), so a span is cut only where the words before the "'s" are a name of their own:
 * the document names them alone, or they end a longer name of it, or the place or organisation lists hold them.
 */
final class Possessives {

    private static final String POSSESSIVE = "'s";

    private Possessives() {
    }

    /**
     * Cuts the document's names at possessives that join two names.
     *
     * @param listedPlace        whether a name (words joined by one space) is on the place lists
     * @param listedOrganisation whether it is on the organisation list
     */
    static void split(List<String[]> sentences, List<String[]> tags, Predicate<String> listedPlace,
            Predicate<String> listedOrganisation) {
        Evidence evidence = null;
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] t = tags.get(s);
            for (int k = 1; k < words.length; k++) {
                // most sentences hold no possessive inside a name: one pass over the tags
                if (!t[k].startsWith("I-") || !words[k].equals(POSSESSIVE)) {
                    continue;
                }
                if (evidence == null) {
                    evidence = new Evidence(sentences, tags, listedPlace, listedOrganisation);
                }
                cut(words, t, k, evidence);
            }
        }
    }

    /** Cuts the name that holds the possessive at {@code k} when it joins two names. */
    static void cut(String[] words, String[] tags, int k, Evidence evidence) {
        String type = tags[k].substring(2);
        int from = k;
        while (from > 0 && tags[from].startsWith("I-") && tags[from - 1].endsWith("-" + type)) {
            from--;
        }
        int to = Labels.nameEnd(tags, k);
        if (to == k + 1) {
            // "Bundesbank 's" + "Axel Weber": the "'s" closes a name that another name follows
            if (to < words.length && tags[to].startsWith("B-")) {
                tags[k] = "O";
            }
            return;
        }
        if (!Words.startsUpper(words[k + 1])) {
            return;
        }
        int owner = ownerStart(words, from, k, evidence);
        if (owner < 0 && type.equals("PER")) {
            // no person's name holds a possessive: "Bush 's Karl Rove" is two persons when nothing says otherwise
            owner = from;
        }
        if (owner < 0) {
            return;
        }
        if (owner > from) {
            Labels.name(tags, from, owner - 1, type); // "Gazprom" of "Gazprom and Ukraine 's Naftogaz"
            tags[owner - 1] = "O";
        }
        int ownerType = evidence.typeOf(words, owner, k);
        Labels.name(tags, owner, k, ownerType < 0 ? type : Span.TYPES[ownerType]);
        tags[k] = "O";
        int ownedType = evidence.typeOf(words, k + 1, to);
        Labels.name(tags, k + 1, to, ownedType < 0 ? type : Span.TYPES[ownedType]);
    }

    /**
     * Where the name that owns the words after the "'s" at {@code k} begins, or -1 when the span holds no such name:
     * the whole part before the "'s" if it is a name of its own, else the part after its last "and", "&" or comma
     * if that is one ("Gazprom and Ukraine 's Naftogaz").
     */
    private static int ownerStart(String[] words, int from, int k, Evidence evidence) {
        if (evidence.typeOf(words, from, k) >= 0) {
            return from;
        }
        for (int a = k - 1; a > from; a--) {
            if (words[a].equals("and") || words[a].equals("&") || words[a].equals(",")) {
                return a + 1 < k && evidence.typeOf(words, a + 1, k) >= 0 ? a + 1 : -1;
            }
        }
        return -1;
    }

    /** What the document and the name lists say of which words are names of their own, and of which type. */
    static final class Evidence {

        // type votes of every name the model found that holds no possessive and is not followed by one ("McDonald"
        // of "McDonald 's" is no evidence, "Siemens" in "Siemens said" is), and of the last word of each longer name
        // ("Odinga" of "Raila Odinga")
        private final Map<String, int[]> votes = new HashMap<>();
        private final Predicate<String> listedPlace;
        private final Predicate<String> listedOrganisation;

        Evidence(List<String[]> sentences, List<String[]> tags, Predicate<String> listedPlace,
                Predicate<String> listedOrganisation) {
            this.listedPlace = listedPlace;
            this.listedOrganisation = listedOrganisation;
            Span.eachIn(sentences, tags, (words, t, span) -> {
                boolean possessive = span.end() < words.length && words[span.end()].equals(POSSESSIVE);
                for (int k = span.start(); k < span.end() && !possessive; k++) {
                    possessive = words[k].equals(POSSESSIVE);
                }
                if (possessive) {
                    return; // a span being judged is no evidence for itself
                }
                Span.vote(votes, span.text(words), span.type());
                String last = words[span.end() - 1];
                if (span.length() >= 2 && Words.startsUpper(last)) {
                    Span.vote(votes, last, span.type());
                }
            });
        }

        /**
         * The type of words [from, to) as a name of their own (0 PER, 1 ORG, 2 LOC, 3 MISC), or -1 when neither the
         * document nor the lists hold them: the document's commonest type for them, else the lists'.
         */
        int typeOf(String[] words, int from, int to) {
            String text = Words.join(words, from, to);
            int[] v = votes.get(text);
            if (v != null) {
                return Span.commonest(v);
            }
            if (listedPlace.test(text)) {
                return Span.LOC;
            }
            return listedOrganisation.test(text) ? Span.ORG : -1;
        }
    }
}

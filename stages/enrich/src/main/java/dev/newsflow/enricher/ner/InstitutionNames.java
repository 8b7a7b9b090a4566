package dev.newsflow.enricher.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An institution's name that goes on after a lower-case "on" or "to" is one name: "Council on Foreign Relations",
 * "UN Commission on Human Rights", "Committee to Protect Journalists" are one organisation each under CoNLL-2003.
 * GMB, most of the tagger's training data, mostly writes them as two ("Commission" ORG, "on", "Human Rights" ORG),
 * so the model splits them, and the facets then hold "Council" and "Foreign Relations" as two organisations.
 * <p>
 * Joined: an organisation ending in an institution's noun ({@code gazetteer/institution-nouns.txt}), then "on" or
 * "to", then right after it a name the model tagged as an organisation or MISC, or capitalised words it left
 * untagged ("Center on Poverty and Inequality"; "and", "&", "of" and "the" may join them; never a day or a
 * month: "the Council on Monday"), but not a nationality's adjective ("the Agency on Ukrainian territory"). Never
 * a place after the "on" ("the Security Council on Iraq" is the council talking about Iraq), and never a name the document also uses on its own ("the Security Council on Hamas" where
 * Hamas is named elsewhere): the second part of such a name says what the institution is for and is no name by
 * itself.
 */
final class InstitutionNames {

    private static final Set<String> NOUNS = Gazetteer.words("institution-nouns.txt");
    /** Lower-case words inside such a name's second part: "Center on Poverty and Inequality". */
    private static final Set<String> CONNECTORS = Set.of("and", "&", "of", "the");

    private InstitutionNames() {
    }

    /** Joins the document's split institution names in place. */
    static void join(List<String[]> sentences, List<String[]> tags) {
        Set<String> standalone = null;
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] t = tags.get(s);
            List<Span> spans = Span.in(t);
            for (int i = 0; i < spans.size(); i++) {
                int untagged = untaggedSecondPart(words, t, spans.get(i));
                if (untagged > 0) {
                    Labels.name(t, spans.get(i).start(), untagged, "ORG");
                    continue;
                }
                if (i == 0 || !secondPart(words, spans, i)) {
                    continue;
                }
                if (standalone == null) {
                    standalone = standaloneNames(sentences, tags);
                }
                Span second = spans.get(i);
                if (!standalone.contains(second.text(words))) {
                    Labels.name(t, spans.get(i - 1).start(), second.end(), "ORG");
                }
            }
        }
    }

    /**
     * Whether span {@code i} may be the second part of an institution's name: an organisation or MISC name right after
     * "on" or "to", which follows an organisation ending in an institution's noun.
     */
    private static boolean secondPart(String[] words, List<Span> spans, int i) {
        Span first = spans.get(i - 1);
        Span second = spans.get(i);
        int link = first.end();
        return first.type() == Span.ORG && second.start() == link + 1
                && (second.type() == Span.ORG || second.type() == Span.MISC && !adjective(words, second))
                && (words[link].equals("on") || words[link].equals("to")) && NOUNS.contains(words[link - 1]);
    }

    // a one-word MISC name before a lower-case word is an adjective, where the institution is ("the Central
    // Intelligence Agency on Ukrainian territory"), not what it is for
    private static boolean adjective(String[] words, Span span) {
        return span.length() == 1 && span.end() < words.length && !words[span.end()].isEmpty()
                && Character.isLowerCase(words[span.end()].charAt(0));
    }

    /**
     * The end of capitalised words the model left untagged after "on" or "to" that follow {@code first}, an
     * organisation ending in an institution's noun ("Center on Poverty and Inequality"), or -1.
     */
    private static int untaggedSecondPart(String[] words, String[] tags, Span first) {
        int link = first.end();
        if (first.type() != Span.ORG || link + 1 >= words.length
                || !(words[link].equals("on") || words[link].equals("to")) || !NOUNS.contains(words[link - 1])
                || !tags[link].equals("O")) {
            return -1;
        }
        int end = -1;
        for (int k = link + 1; k < words.length && tags[k].equals("O"); k++) {
            if (Words.startsUpper(words[k]) && !NerTagger.CALENDAR.contains(words[k].toLowerCase(Locale.ROOT))) {
                end = k + 1;
            } else if (end < 0 || !CONNECTORS.contains(words[k])) {
                break;
            }
        }
        return end;
    }

    /** Every name the document tags but the candidate second parts: a second part is no evidence for itself. */
    private static Set<String> standaloneNames(List<String[]> sentences, List<String[]> tags) {
        Set<String> names = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            List<Span> spans = Span.in(tags.get(s));
            for (int i = 0; i < spans.size(); i++) {
                if (i == 0 || !secondPart(words, spans, i)) {
                    names.add(spans.get(i).text(words));
                }
            }
        }
        return names;
    }
}

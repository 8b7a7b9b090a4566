package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of European politics that wire copy writes every day and GMB, mostly news from elsewhere, hardly ever, each
 * list with its CoNLL-2003 type: parties and legislatures ({@code gazetteer/parties.txt}, ORG: the model read
 * "Christian Democrats" as a place, like "Dominican Republic", "Sinn Fein" as a person, "Social Democrats" and "New
 * Democracy" as nothing, and cut "Law and Justice" at its "and") and states and regions ({@code
 * gazetteer/states.txt}, LOC: "Hesse" and "Baden-Wuerttemberg" missed, "Lower Saxony" an organisation); and
 * companies and other organisations from open data ({@code gazetteer/companies.txt}, ORG: "Lufthansa", "Air France",
 * "Barclays" read as persons or places when no cue word names them as companies; the list leaves out names that are
 * English words, persons' names or places, see {@code stages/enrich/tools/companies.py}); and the institutions of
 * markets copy ({@code gazetteer/institutions.txt}, ORG: central banks, exchanges, regulators, rating and news
 * agencies, written for newsflow: the model read "Bundesbank", "Nasdaq", "Riksbank" and "Borsa Italiana" as persons,
 * "Banque de France" as MISC).
 */
final class ListedNames {

    static final ListedNames PARTIES = new ListedNames("parties.txt", "ORG", false);
    static final ListedNames STATES = new ListedNames("states.txt", "LOC", false);
    static final ListedNames COMPANIES = new ListedNames("companies.txt", "ORG", true);
    static final ListedNames INSTITUTIONS = new ListedNames("institutions.txt", "ORG", false);

    private final String type;
    // whether a span of the model's that runs from a listed name over "and" into another name is two names
    // ("Gazprom and Ukraine 's Naftogaz", "Lidl and Aldi" read as one organisation)
    private final boolean splitAtAnd;
    // the names as listed, in the tagger's tokens, by their first token lower-cased (a word no name starts with
    // costs one lookup, and a word that starts names only the names it starts)
    private final Map<String, List<String[]>> namesByFirstToken = new HashMap<>();
    // whether the listed form is an acronym ("SPD"), which an all-caps headline writes as the body does
    private final Set<String> acronyms = new HashSet<>();

    ListedNames(String list, String type, boolean splitAtAnd) {
        this.type = type;
        this.splitAtAnd = splitAtAnd;
        for (String line : Gazetteer.words(list)) {
            String[] tokens = Tokenizer.tokens(line).stream().map(Token::text).toArray(String[]::new);
            namesByFirstToken.computeIfAbsent(tokens[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(tokens);
            if (tokens.length == 1 && line.equals(line.toUpperCase(Locale.ROOT))) {
                acronyms.add(line);
            }
        }
    }

    /**
     * A listed name, written as listed or all in capitals ("Basque nationalist party" is not the "Basque
     * Nationalist Party"), whose words the model left untagged or tagged as spans lying wholly inside it, is one
     * name of the list's type; the longest listed name wins ("Swiss People 's Party", not "People 's Party"). A
     * span of the model's that runs past the name's edges ("Pakistan People 's Party") is left as it is. In an
     * all-caps line a one-word name is taken only when the list writes it in capitals ("SPD"): "LABOUR ACCORD" is a
     * labour accord, and the body's names reach the headline through {@link CapsLines}. For the companies, a span of
     * the model's that opens with a listed name followed by "and" is cut there ("Lidl and Aldi": two companies; a
     * name that holds its "and", "Marks and Spencer", is matched whole when listed, and not cut when it is not).
     */
    void apply(String[] words, String[] tags) {
        apply(words, tags, (from, to) -> false);
    }

    /** What decides that the model's reading of a listed name's words [from, to) stands. */
    interface ModelsReading {
        boolean stands(int from, int to);
    }

    /** As {@link #apply(String[], String[])}, leaving alone the listed names whose reading {@code keep} says stands. */
    void apply(String[] words, String[] tags, ModelsReading keep) {
        int i = 0;
        while (i < words.length) {
            int end = i;
            List<String[]> candidates;
            if (Words.startsUpper(words[i])
                    && (candidates = namesByFirstToken.get(words[i].toLowerCase(Locale.ROOT))) != null) {
                end = longestNameAt(words, i, candidates);
                if (end == i + 1 && isAllCaps(words[i]) && !acronyms.contains(words[i])) {
                    end = i;
                }
            }
            if (end > i && keep.stands(i, end)) {
                i = end;
            } else if (end > i && Labels.cutsNoName(tags, i, end)) {
                Labels.name(tags, i, end, type);
                i = end;
            } else if (splitAtAnd && end > i && end + 1 < words.length && tags[i].startsWith("B-")
                    && tags[end].startsWith("I-") && words[end].equals("and") && tags[end + 1].startsWith("I-")) {
                Labels.name(tags, i, end, type);
                Labels.cutAt(tags, end);
                i = end + 1;
            } else {
                i++;
            }
        }
    }

    /** Whether words [from, to) are one listed name, as written or in capitals. */
    boolean lists(String[] words, int from, int to) {
        List<String[]> candidates = namesByFirstToken.get(words[from].toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return false;
        }
        String[] name = Arrays.copyOfRange(words, from, to);
        for (String[] c : candidates) {
            if (c.length == name.length && longestNameAt(name, 0, List.<String[]>of(c)) == name.length) {
                return true;
            }
        }
        return false;
    }

    private static int longestNameAt(String[] words, int i, List<String[]> candidates) {
        int best = i;
        for (String[] name : candidates) {
            if (i + name.length > best && i + name.length <= words.length) {
                boolean match = true;
                for (int k = 0; k < name.length && match; k++) {
                    String w = words[i + k];
                    match = w.equals(name[k]) || (isAllCaps(w) && w.equals(name[k].toUpperCase(Locale.ROOT)));
                }
                if (match) {
                    best = i + name.length;
                }
            }
        }
        return best;
    }

    private static boolean isAllCaps(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }
}

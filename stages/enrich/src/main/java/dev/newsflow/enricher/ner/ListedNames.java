package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of European politics that wire copy writes every day and GMB, mostly news from elsewhere, hardly ever, each
 * list with its CoNLL-2003 type: parties and legislatures ({@code gazetteer/parties.txt}, ORG: the model read
 * "Christian Democrats" as a place, like "Dominican Republic", "Sinn Fein" as a person, "Social Democrats" and "New
 * Democracy" as nothing, and cut "Law and Justice" at its "and") and states and regions ({@code
 * gazetteer/states.txt}, LOC: "Hesse" and "Baden-Wuerttemberg" missed, "Lower Saxony" an organisation).
 */
final class ListedNames {

    static final ListedNames PARTIES = new ListedNames("parties.txt", "ORG");
    static final ListedNames STATES = new ListedNames("states.txt", "LOC");

    private final String type;
    // the names as listed, token by token
    private final List<String[]> names = new ArrayList<>();
    // whether the listed form is an acronym ("SPD"), which an all-caps headline writes as the body does
    private final Set<String> acronyms = new HashSet<>();
    // every name's first token, lower-cased, so that a word no name starts with costs one lookup
    private final Set<String> firstTokens = new HashSet<>();

    ListedNames(String list, String type) {
        this.type = type;
        for (String line : Gazetteer.words(list)) {
            String[] tokens = line.split(" ");
            names.add(tokens);
            firstTokens.add(tokens[0].toLowerCase(Locale.ROOT));
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
     * labour accord, and the body's names reach the headline through {@link CapsLines}.
     */
    void apply(String[] words, String[] tags) {
        int i = 0;
        while (i < words.length) {
            int end = i;
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))
                    && firstTokens.contains(words[i].toLowerCase(Locale.ROOT))) {
                end = longestNameAt(words, i);
                if (end == i + 1 && isAllCaps(words[i]) && !acronyms.contains(words[i])) {
                    end = i;
                }
            }
            if (end > i && !tags[i].startsWith("I-") && (end == words.length || !tags[end].startsWith("I-"))) {
                Labels.name(tags, i, end, type);
                i = end;
            } else {
                i++;
            }
        }
    }

    private int longestNameAt(String[] words, int i) {
        int best = i;
        for (String[] name : names) {
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

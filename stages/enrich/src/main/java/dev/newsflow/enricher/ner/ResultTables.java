package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Sports results and standings laid out as wire-copy table rows: "Leeds 2 Arsenal 0", "Bayern Munich 3 ( Wendt
 * 12th ) Hansa Rostock 1 ( Obuya 70th ) . Halftime 1-0 .", "Juventus 12 9 2 1 24 8 29". Under the CoNLL-2003
 * conventions the teams of such rows are organisations, even when named after their town, and national teams
 * (named by their country) are locations. Neither GMB nor wikigold holds such rows, so the model cannot learn
 * the layout (on the wire-style tune half it typed a third of the table's clubs as persons or places); these
 * rules run after the document vote so that the town's other mentions do not outvote them.
 */
final class ResultTables {

    /** A standings row has at least this many whole numbers after the name (played, won, drawn, lost, ...). */
    static final int MIN_STANDINGS_NUMBERS = 6;

    private final Predicate<String> country;

    /** @param country whether a name (words joined by one space) is a country's */
    ResultTables(Predicate<String> country) {
        this.country = country;
    }

    /** Applies both layouts to one sentence (table row). */
    void apply(String[] words, String[] tags) {
        if (!resultsLine(words, tags)) {
            standingsRow(words, tags);
        }
    }

    /**
     * A result line: two names each followed by a score, each score optionally followed by a bracketed note
     * (scorers, "( 10 innings )"); the line may open with a label ending in a colon ("Group seven : In Cardiff
     * :") and close with a sentence after a full stop (". Halftime 1-0 ."). The names become teams, the
     * scores lose any tag; what the brackets and the tail hold (scorers) is left to the model.
     *
     * @return whether the line was read as a result line
     */
    boolean resultsLine(String[] words, String[] tags) {
        int start = 0;
        for (int k = 0; k < words.length && !hasDigit(words[k]); k++) {
            if (words[k].equals(":")) {
                start = k + 1;
            }
        }
        List<int[]> teams = new ArrayList<>(2);
        int i = start;
        while (i < words.length && teams.size() < 2) {
            int j = i;
            while (j < words.length && startsUpper(words[j])) {
                j++;
            }
            if (j == i || j == words.length || !isScore(words[j])) {
                return false;
            }
            teams.add(new int[] {i, j});
            i = j + 1;
            if (i < words.length && words[i].equals("(")) {
                int close = closingBracket(words, i);
                if (close < 0) {
                    return false;
                }
                i = close + 1;
            }
        }
        if (teams.size() != 2 || (i < words.length && !words[i].equals("."))) {
            return false;
        }
        for (int[] team : teams) {
            writeTeam(words, tags, team[0], team[1]);
            tags[team[1]] = "O"; // the score
            Labels.reopenAt(tags, team[1] + 1);
        }
        return true;
    }

    /**
     * A standings row: an optional position ("1", "1."), a name, then only whole numbers, at least {@link
     * #MIN_STANDINGS_NUMBERS} of them ("Liverpool 26 15 7 4 47 22 52", "OTTAWA 33 10 4 178 110 70"). A golf
     * leader's line has fewer numbers (four rounds and a total) and a batting or bowling line has decimals,
     * so persons' rows do not match.
     *
     * @return whether the line was read as a standings row
     */
    boolean standingsRow(String[] words, String[] tags) {
        int i = 0;
        if (words.length > 0 && isPosition(words[0])) {
            i = 1;
        }
        int from = i;
        while (i < words.length && startsUpper(words[i])) {
            i++;
        }
        if (i == from || i - from > 5 || words.length - i < MIN_STANDINGS_NUMBERS) {
            return false;
        }
        for (int k = i; k < words.length; k++) {
            if (!allDigits(words[k])) {
                return false;
            }
        }
        writeTeam(words, tags, from, i);
        for (int k = i; k < words.length; k++) {
            tags[k] = "O";
        }
        if (from > 0) {
            tags[0] = "O";
        }
        return true;
    }

    private void writeTeam(String[] words, String[] tags, int from, int to) {
        String type = country.test(DocumentConsistency.join(words, from, to)) ? "LOC" : "ORG";
        for (int k = from; k < to; k++) {
            tags[k] = (k == from ? "B-" : "I-") + type;
        }
        Labels.reopenAt(tags, to);
    }

    private static int closingBracket(String[] words, int open) {
        for (int k = open + 1; k < words.length; k++) {
            if (words[k].equals(")")) {
                return k;
            }
            if (words[k].equals("(")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isPosition(String word) {
        String digits = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return digits.length() <= 2 && allDigits(digits);
    }

    static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean isScore(String word) {
        return word.length() <= 3 && allDigits(word);
    }

    private static boolean hasDigit(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isDigit(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean allDigits(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isDigit(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}

package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

    /** Whether a name (words joined by one space) is a country's. */
    Predicate<String> country() {
        return country;
    }

    /** Applies both layouts to one sentence (table row). */
    void apply(String[] words, String[] tags) {
        if (!resultsLine(words, tags) && !resultsList(words, tags) && !venueScoresLine(words, tags)) {
            standingsRow(words, tags);
        }
        teamsAfterNationalities(words, tags);
        cricketScorecard(words, tags);
    }

    /**
     * A cricket scorecard names its players by the numbers after them, and the model, which never saw one, read
     * them as organisations, places or nothing ("b Tanvir" an organisation, "lbw b Shahid" untagged, "( S. Law 97
     * ; M. Yardy 3-40 )" MISC). Persons, wherever the model typed them otherwise:
     * <ul>
     * <li>a capitalised run before bowling figures, overs-maidens-runs-wickets ("Shahid 18-4-44-2", "Tanvir
     * 17.3-3-51-2");</li>
     * <li>in a batting line (it ends in the runs), the capitalised run after a dismissal's "b", "c" or "st" ("c
     * Younis b Tanvir 31");</li>
     * <li>in brackets after an innings ("Essex 402-8 declared ( A. Cook 155 )", "Lancashire 288 ( S. Law 97 ; M.
     * Yardy 3-40 )"), each capitalised run followed by runs or wickets-runs, when every part of the bracket is
     * such a name ("not out" may follow).</li>
     * </ul>
     */
    static void cricketScorecard(String[] words, String[] tags) {
        int n = words.length;
        boolean battingLine = n >= 3 && allDigits(words[n - 1]);
        for (int k = 0; k < n; k++) {
            if (isBowlingFigures(words[k])) {
                writePlayerBefore(words, tags, k);
            } else if (battingLine && k + 1 < n && DISMISSALS.contains(words[k]) && Words.startsUpper(words[k + 1])) {
                int end = k + 1;
                while (end < n && Words.startsUpper(words[end])) {
                    end++;
                }
                if (end < n && (allDigits(words[end]) || DISMISSALS.contains(words[end]))) {
                    Labels.nameAlone(tags, k + 1, end, "PER");
                }
            } else if (words[k].equals("(") && k > 0 && (isInningsScore(words[k - 1]) || words[k - 1].equals("declared"))) {
                inningsBracket(words, tags, k);
            }
        }
    }

    private static final Set<String> DISMISSALS = Set.of("b", "c", "st");

    // "18-4-44-2", "17.3-3-51-2": overs (maybe with balls), maidens, runs, wickets
    private static boolean isBowlingFigures(String word) {
        String[] parts = word.split("-", -1);
        if (parts.length != 4) {
            return false;
        }
        String overs = parts[0];
        int dot = overs.indexOf('.');
        if (dot >= 0) {
            if (dot == 0 || dot != overs.length() - 2 || !Character.isDigit(overs.charAt(dot + 1))) {
                return false;
            }
            overs = overs.substring(0, dot);
        }
        for (String part : new String[] {overs, parts[1], parts[2], parts[3]}) {
            if (part.isEmpty() || part.length() > 3 || !allDigits(part)) {
                return false;
            }
        }
        return true;
    }

    // the capitalised run (initials allowed: "M. Yardy") that ends right before word k, as a person
    private static void writePlayerBefore(String[] words, String[] tags, int k) {
        int from = k;
        while (from > 0 && Words.startsUpper(words[from - 1])) {
            from--;
        }
        if (from < k) {
            Labels.nameAlone(tags, from, k, "PER");
        }
    }

    // "( A. Cook 155 )", "( S. Law 97 ; M. Yardy 3-40 )", "( C. Taylor 70 not out )": every part a player and a
    // number, or the bracket is left alone
    private static void inningsBracket(String[] words, String[] tags, int open) {
        int close = closingBracket(words, open);
        if (close < 0) {
            return;
        }
        List<int[]> players = new ArrayList<>();
        int k = open + 1;
        while (k < close) {
            int end = k;
            while (end < close && Words.startsUpper(words[end])) {
                end++;
            }
            if (end == k || end == close || !isInningsScore(words[end])) {
                return;
            }
            players.add(new int[] {k, end});
            k = end + 1;
            if (k + 1 < close && words[k].equals("not") && words[k + 1].equals("out")) {
                k += 2;
            }
            if (k < close) {
                if (!words[k].equals(",") && !words[k].equals(";")) {
                    return;
                }
                k++;
            }
        }
        for (int[] p : players) {
            Labels.name(tags, p[0], p[1], "PER");
            Labels.cutAt(tags, p[1]);
        }
        Labels.cutAt(tags, open);
    }

    /**
     * A scores line opened by its ground, as cricket copy lists close-of-play scores: "At Hove : Sussex 245 (
     * Goodwin 88 ) ; Kent 51-2", "At Lord 's : Middlesex 312-7 ( Shah 104 ) v Surrey", "At Hove : Sussex 220 and
     * 51-1 . Lancashire 288". The ground is a place; a capitalised run that opens the part after the colon, a
     * semicolon, a full stop or "v" and is followed by a score
     * ("245", "312-7") is a team, as is the run after "v" that ends the line. The model read the counties as
     * places and ran the ground into the first team ("Hove : Sussex").
     *
     * @return whether the line was read as a scores line
     */
    boolean venueScoresLine(String[] words, String[] tags) {
        if (words.length < 4 || !words[0].equals("At")) {
            return false;
        }
        int colon = 1;
        while (colon < words.length && (Words.startsUpper(words[colon]) || words[colon].equals("'s"))) {
            colon++;
        }
        if (colon == 1 || colon == words.length || !words[colon].equals(":")) {
            return false;
        }
        boolean any = false;
        int k = colon + 1;
        while (k < words.length) {
            int j = k;
            while (j < words.length && Words.startsUpper(words[j])) {
                j++;
            }
            boolean lastAfterVersus = j == words.length && words[k - 1].equals("v");
            if (j > k && (lastAfterVersus || j < words.length && isInningsScore(words[j]))) {
                writeTeam(words, tags, k, j);
                if (j < words.length) {
                    Labels.cutAt(tags, j);
                }
                any = true;
            }
            int depth = 0;
            k = j;
            // a team's score ends at a semicolon, a "v" or a full stop ("Essex 402-8 declared ( A. Cook 155 ) .
            // Durham 33-2 .": the second team's innings follows the full stop)
            while (k < words.length && !(depth == 0 && (words[k].equals(";") || words[k].equals("v")
                    || words[k].equals(".")))) {
                depth += words[k].equals("(") ? 1 : words[k].equals(")") ? -1 : 0;
                k++;
            }
            k++;
        }
        if (any) {
            tags[0] = "O";
            Labels.name(tags, 1, colon, "LOC");
            Labels.cutAt(tags, colon);
        }
        return any;
    }

    // "245", "312-7": runs, or runs and wickets
    private static boolean isInningsScore(String word) {
        int dash = word.indexOf('-');
        return dash < 0 ? allDigits(word) : allDigits(word.substring(0, dash)) && allDigits(word.substring(dash + 1));
    }

    /**
     * In a results row, a person followed by a country in brackets and then a capitalised run is a rider or a
     * driver and their team, an organisation: "1. Michael Rasmussen ( Denmark ) Rabobank 4:08:19", "Jenson Button
     * ( Britain ) Honda 1 hour 52:20.941", "Mark Cavendish ( Britain ) High Road s.t.". The run ends at the line's
     * end or at a word that is not capitalised (a time, "same time", "beat"). The model read the teams as places
     * ("Astana", "High Road") or missed them.
     */
    void teamsAfterNationalities(String[] words, String[] tags) {
        for (int open = 1; open < words.length; open++) {
            if (!words[open].equals("(") || !tags[open - 1].endsWith("-PER")) {
                continue;
            }
            int close = closingBracket(words, open);
            if (close < 0 || close == open + 1 || !country.test(Words.join(words, open + 1, close))) {
                continue;
            }
            int end = close + 1;
            while (end < words.length && end - close <= 4 && Words.startsUpper(words[end])) {
                end++;
            }
            if (end > close + 1 && end - close <= 4 && (end == words.length || !Words.startsUpper(words[end]))) {
                Labels.nameAlone(tags, close + 1, end, "ORG");
            }
        }
    }

    /**
     * Several results on one line, separated by semicolons, after an optional label ("Group one : Albania 1
     * Portugal 2 ; Sweden 0 Denmark 1", "Premier division : Aberdeen 1 Hibernian 2 ; Celtic 3 Dundee United 0"):
     * each part that reads as a {@link #resultsLine result line} is one. The model ran the teams on either side
     * of a score together ("Sweden 0 Denmark" one place) or left them untagged.
     *
     * @return whether any part was read as a result line
     */
    boolean resultsList(String[] words, String[] tags) {
        boolean any = false;
        int from = 0;
        for (int k = 0; k <= words.length; k++) {
            if (k == words.length || words[k].equals(";")) {
                if (k > from) {
                    String[] partTags = Arrays.copyOfRange(tags, from, k);
                    if (resultsLine(Arrays.copyOfRange(words, from, k), partTags)) {
                        System.arraycopy(partTags, 0, tags, from, partTags.length);
                        any = true;
                    }
                }
                from = k + 1;
            }
        }
        return any;
    }

    /**
     * A result line: two names each followed by a score, each score optionally followed by a bracketed note
     * (scorers, "( 10 innings )"); the line may open with a label ending in a colon ("Group seven : In Cardiff
     * :", whose group or pool loses any tag) and close with a sentence after a full stop (". Halftime 1-0 ."). The
     * names become teams, the scores lose any tag; in the brackets, a capitalised run before a minute is a scorer,
     * a person ("( Cardozo 14 , 55 , Nuno Gomes 80 )": the model, which never saw the layout, missed lone surnames
     * or typed them as clubs); what the tail holds is left to the model.
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
        List<int[]> brackets = new ArrayList<>(2);
        int i = start;
        while (i < words.length && teams.size() < 2) {
            int j = i;
            while (j < words.length && Words.startsUpper(words[j])) {
                j++;
            }
            if (j > i && j + 1 < words.length && isClubNumber(words[j]) && isScore(words[j + 1])) {
                j++; // "Schalke 04 2"
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
                brackets.add(new int[] {i + 1, close});
                i = close + 1;
            }
        }
        if (teams.size() != 2 || (i < words.length && !words[i].equals("."))) {
            return false;
        }
        clearGroupLabels(words, tags, start);
        for (int[] bracket : brackets) {
            writeScorers(words, tags, bracket[0], bracket[1]);
        }
        for (int[] team : teams) {
            writeTeam(words, tags, team[0], team[1]);
            Labels.cutAt(tags, team[1]); // the score
        }
        return true;
    }

    /**
     * A label's part that names a group or a pool ("Group E :", "Pool B :") is no name; the model read "Group A" as
     * an organisation. A place in the label ("In Seville :") keeps its tag.
     */
    private static void clearGroupLabels(String[] words, String[] tags, int end) {
        int from = 0;
        for (int k = 0; k < end; k++) {
            if (words[k].equals(":")) {
                if (words[from].equalsIgnoreCase("group") || words[from].equalsIgnoreCase("pool")) {
                    Arrays.fill(tags, from, k + 1, "O");
                    Labels.reopenAt(tags, k + 1);
                }
                from = k + 1;
            }
        }
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
        while (i < words.length && Words.startsUpper(words[i])) {
            i++;
        }
        if (i == from || i - from > 5) {
            return false;
        }
        if (i < words.length && isClubNumber(words[i])) {
            i++; // "Schalke 04 21 12 5 4 ..."
        }
        if (words.length - i < MIN_STANDINGS_NUMBERS) {
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
        String type = country.test(Words.join(words, from, to)) ? "LOC" : "ORG";
        Labels.nameAlone(tags, from, to, type);
    }

    // capitalised runs followed by a minute ("Cardozo 14", "Juninho 61 pen") become persons; the rest is untouched
    private static void writeScorers(String[] words, String[] tags, int from, int to) {
        int k = from;
        while (k < to) {
            int end = k;
            while (end < to && Words.startsUpper(words[end])) {
                end++;
            }
            if (end > k && end < to && Character.isDigit(words[end].charAt(0))) {
                Labels.name(tags, k, end, "PER");
                Labels.cutAt(tags, end); // the minute
            }
            k = Math.max(end, k + 1);
        }
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

    private static boolean isScore(String word) {
        return word.length() <= 3 && allDigits(word);
    }

    /**
     * A number written with a leading zero ends a club's name ("Schalke 04", "Mainz 05"): a score or a count of
     * games never has one. Numbers without it ("Hannover 96") read as scores, and are left so.
     */
    static boolean isClubNumber(String word) {
        return word.length() == 2 && word.charAt(0) == '0' && Character.isDigit(word.charAt(1));
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

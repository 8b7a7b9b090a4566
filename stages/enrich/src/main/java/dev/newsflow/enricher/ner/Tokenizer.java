package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences of tokens, close to the Penn Treebank conventions of the training data
 * ("U.S." and "Mr." stay whole, "'s" and "n't" are split off, hyphenated words stay whole).
 */
public final class Tokenizer {

    // What a token is, as the regex the tokenizer was written with (TokenizerTest holds it and checks the scan below
    // against it on random text; the scan costs a fraction of the regex's matching, ~6 % of the enricher's CPU):
    //   (?:\p{L}\.){2,}(?:\p{L}(?![\p{L}.]))?                               U.S. U.N. a.m.
    //   |\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?                             1,500 2,000.5
    //   |[\p{L}\p{N}]+(?:[-'’.&\u00ad][\p{L}\p{N}]+)*(?:-[\p{L}\p{N}]+)*   words, 1.5, Shi'ite, al-Qaida
    //   |--+|\.\.\.+|…|\S
    // tried in that order at each place that is not white space; \p{L} and \p{N} are code points of those Unicode
    // categories, \s is [ \t\n\x0B\f\r] (not the no-break space).

    // Abbreviations that keep their full stop; single capital letters (initials) keep theirs too.
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "gov", "sen", "rep",
            "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "prof", "rev", "mt", "ft", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "bros", "dept", "est", "approx", "cmdr");

    private static final Set<String> CLITICS = Set.of("s", "re", "ll", "ve", "d", "m");

    private Tokenizer() {
    }

    /** The tokens of the text, in order. */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int next = 0;
        while (next < n) {
            int start = next;
            if (isSpace(text.charAt(start))) {
                next++;
                continue;
            }
            int end = tokenEnd(text, start);
            next = end;
            String word = text.substring(start, end);
            // Clitics: Putin's -> Putin 's ; don't -> do n't
            int apos = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
            if (apos > 0 && apos < word.length() - 1) {
                String tail = word.substring(apos + 1).toLowerCase(Locale.ROOT);
                if (tail.equals("t") && apos > 1 && (word.charAt(apos - 1) == 'n' || word.charAt(apos - 1) == 'N')) {
                    out.add(new Token(word.substring(0, apos - 1), start, start + apos - 1));
                    out.add(new Token(word.substring(apos - 1), start + apos - 1, end));
                    continue;
                }
                if (CLITICS.contains(tail)) {
                    out.add(new Token(word.substring(0, apos), start, start + apos));
                    out.add(new Token(word.substring(apos), start + apos, end));
                    continue;
                }
            }
            if (end < text.length() && text.charAt(end) == '.' && Character.isLetter(word.charAt(word.length() - 1))
                    && (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                        || (word.length() == 1 && Character.isUpperCase(word.charAt(0))))) {
                end++;
                word = word + ".";
                next = end;
            }
            // a soft hyphen ("Netan\u00adyahu") only says where a line may break: the word is read without it
            out.add(new Token(word.indexOf('\u00ad') < 0 ? word : word.replace("\u00ad", ""), start, end));
        }
        return out;
    }

    // The end of the token that starts at i (not white space): the regex's alternatives above, in order.
    private static int tokenEnd(String s, int i) {
        int n = s.length();
        int cp = s.codePointAt(i);
        boolean letter = Character.isLetter(cp);
        boolean number = !letter && isNumber(cp);
        if (letter) {   // (?:\p{L}\.){2,}(?:\p{L}(?![\p{L}.]))?
            int j = i;
            int pairs = 0;
            while (j < n) {
                int c = s.codePointAt(j);
                int after = j + Character.charCount(c);
                if (!Character.isLetter(c) || after >= n || s.charAt(after) != '.') {
                    break;
                }
                j = after + 1;
                pairs++;
            }
            if (pairs >= 2) {
                if (j < n) {
                    int c = s.codePointAt(j);
                    int after = j + Character.charCount(c);
                    if (Character.isLetter(c)
                            && (after >= n || (s.charAt(after) != '.' && !Character.isLetter(s.codePointAt(after))))) {
                        j = after;
                    }
                }
                return j;
            }
        }
        if (number) {   // \p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?
            int j = numbers(s, i, 4);
            int digits = count(s, i, j);
            if (digits <= 3) {
                int groups = 0;
                while (j < n && s.charAt(j) == ',') {
                    int g = numbers(s, j + 1, 3);
                    if (count(s, j + 1, g) < 3) {
                        break;
                    }
                    j = g;
                    groups++;
                }
                if (groups > 0) {
                    if (j + 1 < n && s.charAt(j) == '.' && isNumber(s.codePointAt(j + 1))) {
                        j = numbers(s, j + 1, Integer.MAX_VALUE);
                    }
                    return j;
                }
            }
        }
        if (letter || number) {   // [\p{L}\p{N}]+(?:[-'’.&\u00ad][\p{L}\p{N}]+)*(?:-[\p{L}\p{N}]+)*
            int j = lettersOrNumbers(s, i);
            while (j + 1 < n && isJoiner(s.charAt(j)) && isLetterOrNumber(s.codePointAt(j + 1))) {
                j = lettersOrNumbers(s, j + 1);
            }
            return j;   // the last group adds nothing: its hyphen is a joiner already
        }
        char c = s.charAt(i);
        if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {   // --+
            return run(s, i, '-');
        }
        if (c == '.' && i + 2 < n && s.charAt(i + 1) == '.' && s.charAt(i + 2) == '.') {   // \.\.\.+
            return run(s, i, '.');
        }
        return i + Character.charCount(cp);   // … and \S
    }

    // \s without Pattern.UNICODE_CHARACTER_CLASS
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isLetterOrNumber(int cp) {
        return Character.isLetter(cp) || isNumber(cp);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '.' || c == '&' || c == '\u00ad';
    }

    // the end of the run of up to max number code points from i
    private static int numbers(String s, int i, int max) {
        int j = i;
        for (int k = 0; k < max && j < s.length(); k++) {
            int c = s.codePointAt(j);
            if (!isNumber(c)) {
                break;
            }
            j += Character.charCount(c);
        }
        return j;
    }

    private static int count(String s, int from, int to) {
        return Character.codePointCount(s, from, to);
    }

    private static int lettersOrNumbers(String s, int i) {
        int j = i;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            if (!isLetterOrNumber(c)) {
                break;
            }
            j += Character.charCount(c);
        }
        return j;
    }

    private static int run(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j;
    }

    /** The text split into sentences: at line breaks and at a standalone full stop, question or exclamation mark. */
    public static List<List<Token>> sentences(String text) {
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int lastEnd = 0;
        for (Token t : tokens(text)) {
            if (!current.isEmpty() && text.substring(lastEnd, t.start()).indexOf('\n') >= 0) {
                sentences.add(current);
                current = new ArrayList<>();
            }
            current.add(t);
            lastEnd = t.end();
            String s = t.text();
            if (s.equals(".") || s.equals("!") || s.equals("?")) {
                sentences.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        return sentences;
    }
}

package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits news text into sentences of tokens, close to the Penn Treebank conventions of the training data
 * ("U.S." and "Mr." stay whole, "'s" and "n't" are split off, hyphenated words stay whole).
 */
public final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}(?:\\p{L}(?![\\p{L}.]))?"                     // U.S. U.N. a.m.
            + "|\\p{N}{1,3}(?:,\\p{N}{3})+(?:\\.\\p{N}+)?"                  // 1,500 2,000.5
            + "|[\\p{L}\\p{N}]+(?:[-'’.&\\u00ad][\\p{L}\\p{N}]+)*(?:-[\\p{L}\\p{N}]+)*" // words, 1.5, Shi'ite, al-Qaida
            + "|--+|\\.\\.\\.+|…|\\S");

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
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
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
                m.region(end, text.length());
            }
            // a soft hyphen ("Netan\u00adyahu") only says where a line may break: the word is read without it
            out.add(new Token(word.indexOf('\u00ad') < 0 ? word : word.replace("\u00ad", ""), start, end));
        }
        return out;
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

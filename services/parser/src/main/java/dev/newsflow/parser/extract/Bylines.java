package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns byline text ("By Jane Doe and John Roe, Staff Writers") into people's names. */
final class Bylines {

    private static final Pattern PREFIX = Pattern.compile("(?i)^\\s*(?:written\\s+)?by[:\\s]+");
    private static final Pattern POSSESSIVE = Pattern.compile("^.*?['’]s\\s+(?=\\p{Lu})");
    private static final Pattern SEPARATOR = Pattern.compile("(?i)\\s*(?:,|;|\\||\\band\\b|&|\\bwith\\b)\\s*");
    private static final Pattern ROLE = Pattern.compile(
            "(?i)^(?:staff|staff writer|contributor|reporter|correspondent|editor|senior .*|.*\\b(?:writer|editor|correspondent|reporter)s?)$");
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)\\s*(?:\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bon\\s+\\p{Lu}\\p{Ll}+\\s+\\d|\\d{1,2}:\\d{2}|\\b(?:19|20)\\d{2}\\b).*$");

    private Bylines() {
    }

    static List<String> split(String byline) {
        List<String> out = new ArrayList<>();
        if (byline == null) {
            return out;
        }
        String s = byline.replaceAll("\\s+", " ").strip();
        if (s.isEmpty() || s.length() > 200 || s.startsWith("http")) {
            return out;
        }
        s = PREFIX.matcher(s).replaceFirst("");
        s = TRAILER.matcher(s).replaceFirst("");
        for (String part : SEPARATOR.split(s)) {
            String name = part.strip();
            name = PREFIX.matcher(name).replaceFirst("");
            name = POSSESSIVE.matcher(name).replaceFirst("");
            name = name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$", "").strip();
            if (name.isEmpty() || ROLE.matcher(name).matches() || !looksLikeName(name)) {
                continue;
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** One to five words, mostly capitalised or non-Latin; no sentences, URLs or e-mail addresses. */
    private static boolean looksLikeName(String s) {
        if (s.length() > 60 || s.contains("@") || s.contains("://")) {
            return false;
        }
        String[] words = s.split(" ");
        if (words.length > 5) {
            return false;
        }
        int capital = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || !Character.isLowerCase(w.codePointAt(0)))) {
                capital++;
            }
        }
        return capital * 2 >= words.length;
    }
}

package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns byline text into people's names: "By Jane Doe and John Roe, Reuters" gives Jane Doe and John Roe. Drops
 * what bylines carry besides names: "By"/"Par"/"Von" prefixes, dates and times ("Updated 3:46 PM", "8h"), roles
 * ("Staff writer"), credentials ("MA"), organisations ("Reuters", "ACLU Speech, Privacy, Technology Project"),
 * e-mail addresses and URLs; turns "Doe, Jane" into "Jane Doe".
 */
final class Bylines {

    /**
     * The byline's opening words: "By", "Par", "Por", "Von", "Door" in any case; the Swedish and Norwegian "Av", the
     * Danish "Af" and the Italian "di" as bylines write them ("Av Karin Lund", "di Sara Bianchi"), not a capitalised
     * "Di", which opens Italian surnames ("Di Maio").
     */
    private static final Pattern PREFIX = Pattern.compile(
            "(?u)^\\s*(?i:(?:written|words|story|text|reported|reporting|posted|published)\\s+)?"
                    + "(?:(?i:by|par|por|von|door|av|af)|di|DI)\\b[:\\s]*");
    private static final Pattern POSSESSIVE = Pattern.compile("^.*?['’]s\\s+(?=\\p{Lu})");
    /** Between people: punctuation and "and" in the languages of the news the service reads. */
    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:[,;|•·/\\n]|\\s[-–—]\\s|(?i:\\band\\b|\\bwith\\b|&)|\\b(?:und|et|y|e|avec|mit|con|og|och|en)\\b)\\s*",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** A parenthesis at the end of a name part adds people or a link: "Jane Doe (with John Roe)". */
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\(([^()]*)\\)\\s*(?=$|[,;|\\n])");
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)^(?:staff|contributor|contributors|reporter|correspondent|editor|columnist|photographer|author|authors"
                    + "|senior .*|.*\\b(?:writer|editor|correspondent|reporter|columnist|contributor|photographer)s?)$");
    /** What follows the names: an update note, a date or time. Names contain no digits. */
    private static final Pattern TRAILER = Pattern.compile(
            "(?iu)(?:\\b(?:last\\s+)?updated\\b|\\bpublished\\b|\\bposted\\b|\\d).*$",
            Pattern.DOTALL);
    /** A date written out after the names: "March 25, 2015", "Tuesday 15 October". */
    static final Pattern DATE_START = Pattern.compile("(?iu)\\b(?:(?:" + DateParsing.MONTHS
            + ")\\.?\\s*\\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b)");
    /**
     * Credits after the authors' names that name other people: editors, photographers ("photos by", and in the other
     * languages read "Photographies de", "Fotos de", "Foto di", "Fotos von", "Foto av").
     */
    private static final Pattern OTHER_CREDITS = Pattern.compile(
            "(?iu)\\b(?:(?:edited|photos?|photographs?|photography|illustrations?|graphics|video|produced|additional\\s+reporting)"
                    + "\\s+by|(?:photos?|photographies?|fotos?|fotograf[ií]as?|fotografie|illustrations?|ilustraci[oó]n(?:es)?)"
                    + "\\s+(?:de|d['’]|di|von|van|av|af))\\b.*$", Pattern.DOTALL);
    private static final Set<String> CREDENTIALS = Set.of("ma", "ms", "msc", "mba", "phd", "ph.d.", "md", "m.d.", "mph",
            "rn", "dds", "jd", "esq", "esq.");
    /** Words that make a name part an organisation or a page control rather than a person. */
    private static final Set<String> NOT_A_PERSON = Set.of(
            "news", "press", "agency", "associated", "reuters", "afp", "ap", "staff", "team", "project",
            "organization", "organisation", "institute", "university", "foundation", "inc", "ltd", "llc", "media",
            "group", "online", "blog", "developers", "desk", "health", "newsroom", "editorial", "editors", "wire",
            "service", "services", "magazine", "times", "post", "daily", "follow", "subscribe", "share", "more",
            "view", "profile", "contributors", "center", "centre", "department", "society", "association", "council",
            "committee", "bureau", "company",
            // the newsroom, in the languages whose bylines are read (AuthorLines.ORGANISATION_WORD knows them too)
            "redaktion", "rédaction", "redaction", "redacción", "redaccion", "redazione", "redactie", "redakcja");
    /** Lower-case words that belong inside names. */
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "do", "dos", "das", "du", "del", "della",
            "van", "von", "der", "den", "ter", "ten", "la", "le", "bin", "ibn", "al", "el", "y", "st.");
    // compiled once: bylines are split many times a page
    private static final Pattern SPACE_RUN = Pattern.compile("[\\t\\x0B\\f\\r \\u00A0]+");
    private static final Pattern CONTACT = Pattern.compile("\\S+@\\S+\\.\\S+|\\S+://\\S+|www\\.\\S+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s.]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]+");
    private static final Pattern INVERTED = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+),\\s+(\\p{Lu}[\\p{L}.'’ -]*)$");

    private Bylines() {
    }

    static List<String> split(String byline) {
        List<String> out = new ArrayList<>();
        if (byline == null) {
            return out;
        }
        String s = SPACE_RUN.matcher(byline).replaceAll(" ").strip();
        if (s.isEmpty() || s.length() > 200 || s.startsWith("http") || PictureCredits.isCredit(s)) {
            return out; // "Foto: Jonas Ekström" names the photographer, not an author
        }
        Matcher inverted = INVERTED.matcher(s);
        if (inverted.matches() && !isRoleOrOrganisation(inverted.group(1)) && !isRoleOrOrganisation(inverted.group(2))) {
            // "Jong, Michiel de": one person, surname first (library and RFC style)
            s = inverted.group(2).strip() + " " + inverted.group(1);
        }
        s = CONTACT.matcher(s).replaceAll("");
        s = TRAILING_PARENTHESIS.matcher(s).replaceAll(", $1");
        s = PREFIX.matcher(s).replaceFirst("");
        s = OTHER_CREDITS.matcher(s).replaceFirst("");
        String beforeDate = s;
        Matcher date = mayHoldDate(s) ? DATE_START.matcher(s) : null;
        if (date != null && date.find()) {
            s = s.substring(0, date.start());
        }
        s = TRAILER.matcher(s).replaceFirst("");
        // a date or note was cut off: lower-case words just before it belong to it ("on", "před")
        boolean cut = !s.equals(beforeDate);
        boolean allCaps = s.equals(s.toUpperCase(Locale.ROOT));
        String[] parts = SEPARATOR.split(s);
        boolean severalWords = false;
        for (String part : parts) {
            severalWords |= part.strip().contains(" ");
        }
        for (String part : parts) {
            String name = part.strip();
            name = PREFIX.matcher(name).replaceFirst("");
            name = POSSESSIVE.matcher(name).replaceFirst("");
            name = EDGE_PUNCTUATION.matcher(name).replaceAll("").strip();
            if (cut) {
                name = dropTrailingLowerCase(name);
            }
            if (name.isEmpty() || ROLE.matcher(name).matches()) {
                continue;
            }
            if (!out.isEmpty() && (isRoleOrOrganisation(name) || (!allCaps && hasAcronym(name)))) {
                break; // "Jane Doe, ACLU Speech, Privacy, Technology Project": the rest is her affiliation
            }
            boolean singleLatinWord = !name.contains(" ") && name.codePoints().allMatch(c -> c < 0x250);
            if (CREDENTIALS.contains(name.toLowerCase(Locale.ROOT)) || isRoleOrOrganisation(name)
                    || (!allCaps && hasAcronym(name)) || (singleLatinWord && severalWords) || !looksLikeName(name)) {
                continue;
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Whether a text opens as a byline does, with its word: "By ...", "Von ...", "Av ...", "Written by ...". */
    static boolean opensWithBylineWord(String text) {
        Matcher m = PREFIX.matcher(text);
        return m.lookingAt() && m.end() < text.length();
    }

    /**
     * Whether {@link #DATE_START} can match the text at all: its month branch needs a digit ({@code \d}, ASCII since
     * the pattern has no U flag) and its weekday branch the letters "day", in any case. Most bylines hold neither and
     * skip the regex, whose month-name alternation is tried at every word boundary (0.24 % of the bench's CPU).
     */
    static boolean mayHoldDate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || s.regionMatches(true, i, "day", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRoleOrOrganisation(String name) {
        if (ROLE.matcher(name).matches()) {
            return true;
        }
        for (String w : WORD_BREAK.split(name.toLowerCase(Locale.ROOT))) {
            if (NOT_A_PERSON.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An organisation's acronym: an all-capitals word of three or more letters ("ACLU Speech", "CNN") in text that
     * is not all capitals itself; initials ("TJ Miller") and generation numerals ("John Doe III") are not acronyms.
     */
    private static boolean hasAcronym(String name) {
        for (String w : WHITESPACE.split(name)) {
            if (w.length() >= 3 && w.codePoints().allMatch(Character::isUpperCase)
                    && !ROMAN_NUMERAL.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "Aleš Vávra před" (a time note after the name): lower-case words after a name are not part of it. */
    private static String dropTrailingLowerCase(String name) {
        String[] words = name.split(" ");
        int end = words.length;
        while (end > 1 && isLowerCaseWord(words[end - 1]) && !PARTICLES.contains(words[end - 1])) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    private static boolean isLowerCaseWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
    }

    /** One to five words, mostly capitalised or non-Latin; no sentences. */
    private static boolean looksLikeName(String s) {
        if (s.length() > 60) {
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

package dev.newsflow.parser.eval;

import dev.newsflow.parser.extract.Dates;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Match rates of extracted metadata against expected metadata, counted over the pages whose ground truth
 * declares the field, each two ways.
 *
 * <p><b>Exact</b> (agreement with the reference as written): headline equal after collapsing whitespace; byline
 * the same set of name words ("by", "and", "the" ignored, case-insensitive).
 *
 * <p><b>Fair</b> (what a reader would call right; the readability-pages reference is Readability's own output,
 * which keeps whatever surrounds a title or byline on the page): headlines also match when they differ only by a
 * site name or author name appended or prepended with a separator ("How to Build a Terrarium | eHow"; a
 * parenthesised aside in the name is ignored); bylines compare the people named: in the reference, dates and
 * times, "By"/"Par"/"Updated", roles, credentials and URLs are ignored, and only the first line of a multi-line
 * byline block counts (later lines hold the desk, the date or the editor); a reference that names no person (only
 * the site, an organisation, a "Follow Author" button) is not counted.
 *
 * <p>Published time, both ways: the same instant, or the same UTC day when either side gives only a date.
 */
public final class MetadataScorer {

    private static final Set<String> BYLINE_NOISE = Set.of("by", "and", "the");
    /** Words of a reference byline that name no one. */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            // function words of bylines, in the languages of the dataset
            "by", "and", "the", "par", "por", "von", "door", "avec", "et", "und", "with", "written", "posted",
            "published", "updated", "last", "at", "on", "am", "pm",
            // roles and credentials
            "staff", "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "ma", "phd", "md", "mba");
    /** A button the byline block picked up ("Follow Author", "Follow"): it names no one. */
    private static final Pattern FOLLOW_BUTTON = Pattern.compile("(?i)^\\s*follow\\b.*");
    /** Organisations are not people: a reference byline naming one names no author. */
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?i)\\b(?:organi[sz]ation|foundation|projects?|news|inc|ltd|agency|press)\\b");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    /** "March 25, 2015", "22 Dec 2016", "Tuesday", "3:46 PM": dates and times written in a byline. */
    private static final Pattern DATE_TIME = Pattern.compile("(?i)\\b(?:" + MONTH + "\\s*\\d{1,2}(?:st|nd|rd|th)?\\b,?(?:\\s*\\d{4})?"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s*" + MONTH + "(?:\\s*\\d{4})?"
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)");
    private static final Pattern AFFIX_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»]\\s+");

    private MetadataScorer() {
    }

    /** One field's figures: pages that declare it, matches, and the pages that did not match. */
    public record Rate(int declared, int matched, List<Miss> details) {
        public double rate() {
            return declared == 0 ? 0 : (double) matched / declared;
        }

        /** The ids of the pages that did not match, in id order. */
        public List<String> misses() {
            return details.stream().map(Miss::id).toList();
        }
    }

    /** A page whose value did not match: what the reference says and what the prediction says (null: none). */
    public record Miss(String id, String expected, String predicted) {
    }

    /** Figures for headline ("title"), byline and publishedTime; exact and fair (see the class comment). */
    public record Result(Rate headline, Rate byline, Rate date, Rate headlineFair, Rate bylineFair) {
    }

    public static Result evaluate(Map<String, JsonNode> truth, Map<String, JsonNode> predictions) {
        Counter headline = new Counter();
        Counter headlineFair = new Counter();
        Counter byline = new Counter();
        Counter bylineFair = new Counter();
        Counter date = new Counter();
        for (String id : new TreeSet<>(truth.keySet())) {
            JsonNode t = truth.get(id);
            JsonNode p = predictions.get(id);
            String expectedTitle = Predictions.field(t, "title");
            String predictedTitle = Predictions.field(p, "title");
            if (expectedTitle != null) {
                headline.count(id, normalise(expectedTitle).equals(normalise(predictedTitle)), expectedTitle, predictedTitle);
                List<String> names = new ArrayList<>();
                for (String n : new String[] {Predictions.field(t, "siteName"), Predictions.field(p, "siteName"),
                        Predictions.field(t, "byline")}) {
                    if (n != null) {
                        names.add(n);
                    }
                }
                headlineFair.count(id, sameHeadline(expectedTitle, predictedTitle, names), expectedTitle, predictedTitle);
            }
            String expectedByline = Predictions.field(t, "byline");
            String predictedByline = Predictions.field(p, "byline");
            if (expectedByline != null) {
                byline.count(id, nameWords(expectedByline).equals(nameWords(predictedByline)), expectedByline, predictedByline);
                Set<String> people = referencePeople(expectedByline, Predictions.field(t, "siteName"));
                if (!people.isEmpty()) {
                    bylineFair.count(id, people.equals(nameWords(predictedByline)), expectedByline, predictedByline);
                }
            }
            String expectedDate = Predictions.field(t, "publishedTime");
            if (expectedDate != null && Dates.parse(expectedDate) != null) {
                String predictedDate = Predictions.field(p, "publishedTime");
                date.count(id, sameDate(expectedDate, predictedDate), expectedDate, predictedDate);
            }
        }
        return new Result(headline.rate(), byline.rate(), date.rate(), headlineFair.rate(), bylineFair.rate());
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** Equal, or equal once a site or author name joined on with a separator is dropped from either side. */
    static boolean sameHeadline(String expected, String predicted, List<String> names) {
        if (predicted == null) {
            return false;
        }
        String e = normalise(expected);
        String p = normalise(predicted);
        return e.equals(p) || withoutNameAffixes(e, names).equals(withoutNameAffixes(p, names));
    }

    private static String withoutNameAffixes(String title, List<String> names) {
        String t = title;
        for (int pass = 0; pass < 2; pass++) {
            String[] parts = AFFIX_SEPARATOR.split(t);
            if (parts.length < 2) {
                break;
            }
            if (isName(parts[parts.length - 1], names)) {
                t = t.substring(0, t.lastIndexOf(parts[parts.length - 1])).replaceFirst(AFFIX_SEPARATOR.pattern() + "$", "");
            } else if (isName(parts[0], names)) {
                t = t.substring(parts[0].length()).replaceFirst("^" + AFFIX_SEPARATOR.pattern(), "");
            } else {
                break;
            }
        }
        return t.strip();
    }

    /**
     * "eHow" names "eHow", "Factorio" names "Factorio.com": one is the other's beginning, letters and digits only,
     * parenthesised asides left out ("Bradley M. Kuhn ( Brad )" names "Bradley M. Kuhn (http://ebb.org/bkuhn/)").
     */
    private static boolean isName(String part, List<String> names) {
        String p = compact(withoutAsides(part));
        if (p.length() < 2) {
            return false;
        }
        for (String n : names) {
            String c = compact(withoutAsides(n));
            if (!c.isEmpty() && (c.startsWith(p) || p.startsWith(c))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutAsides(String s) {
        return s.replaceAll("\\([^)]*\\)", " ");
    }

    private static String compact(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static Set<String> nameWords(String byline) {
        if (byline == null) {
            return Set.of();
        }
        return Arrays.stream(byline.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+"))
                .map(w -> w.replaceAll("^['’-]+|['’-]+$", ""))
                .filter(w -> !w.isEmpty() && !BYLINE_NOISE.contains(w))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The name words of the people a reference byline names: first line with any, without URLs, dates, times,
     * roles and byline function words; empty when it names no one or only the site.
     */
    static Set<String> referencePeople(String byline, String siteName) {
        if (siteName != null && compact(byline).equals(compact(siteName)) || FOLLOW_BUTTON.matcher(byline).matches()) {
            return Set.of();
        }
        for (String line : byline.split("\n")) {
            String text = line.replaceAll("\\S+://\\S+|\\S+@\\S+", " ")
                    .replaceAll("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})", " "); // "Nolan22 Dec" is "Nolan 22 Dec"
            text = DATE_TIME.matcher(text).replaceAll(" ");
            Set<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+"))
                    .map(w -> w.replaceAll("^['’-]+|['’-]+$", ""))
                    .filter(w -> !w.isEmpty() && !NOT_NAME_WORDS.contains(w) && !w.chars().anyMatch(Character::isDigit))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!words.isEmpty()) {
                return ORGANISATION.matcher(line).find() ? Set.of() : words;
            }
        }
        return Set.of();
    }

    static boolean sameDate(String expected, String predicted) {
        Instant e = Dates.parse(expected);
        Instant p = predicted == null ? null : Dates.parse(predicted);
        if (e == null || p == null) {
            return false;
        }
        if (e.equals(p)) {
            return true;
        }
        boolean dateOnly = expected.strip().length() <= 10 || predicted.strip().length() <= 10;
        return dateOnly && e.atOffset(ZoneOffset.UTC).toLocalDate().equals(p.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private static final class Counter {
        int declared;
        int matched;
        final List<Miss> misses = new ArrayList<>();

        void count(String id, boolean ok, String expected, String predicted) {
            declared++;
            if (ok) {
                matched++;
            } else {
                misses.add(new Miss(id, expected, predicted));
            }
        }

        Rate rate() {
            return new Rate(declared, matched, List.copyOf(misses));
        }
    }
}

package dev.newsflow.parser.extract;

import java.text.Format;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages declare: ISO 8601 in its many variants, RFC 1123, and English prose dates such as
 * "Sunday, 21 October, 2001, 18:52 GMT 19:52 UK" or "Jan. 13, 2017 10:05 a.m. ET". A time without a zone is
 * taken as UTC; a date without a time as midnight UTC.
 */
final class DateParsing {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|UTC|GMT)?)?");
    /**
     * Month names and their common abbreviations in English, French, German, Spanish, Portuguese, Italian and Dutch,
     * lower case; a prefix of at least three letters of a full name is accepted ("Sept.", "févr.").
     */
    private static final Map<String, Integer> MONTH_NAMES = monthNames();
    static final String MONTHS = MONTH_NAMES.keySet().stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote)
            .reduce((a, b) -> a + "|" + b).orElseThrow();
    /** Whether a lower-case word is a month's name or abbreviation in one of {@link #MONTHS}' languages ("mars", "sept"). */
    static boolean isMonthName(String lowerCaseWord) {
        Integer month = MONTH_NAMES.get(lowerCaseWord);
        return month != null && month > 0;
    }

    private static final String ZONE = "(?:GMT|UTC)?[+-]\\d{2}:?\\d{2}|GMT|UTC|UT|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|Z";
    /** ", 18:52 GMT", " at 6:52 p.m. EDT", " à 15:20", " um 10:05 Uhr". */
    private static final String TIME = "(?:[\\s,]+(?:at|à|a las|às|um|alle|om|-)?\\s*(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?"
            + "(?:\\s*(" + ZONE + "))?)?";
    /** "21 October, 2001, 18:52 GMT", "1 mars 2019 à 15:20", "21 de octubre de 2001" */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?(" + MONTHS + ")\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b" + TIME);
    /** "October 21, 2001 6:52 pm EDT", "Thu Sep 16 2021 03:52:10 GMT+0000 (UTC)" */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + TIME);
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("GMT", "Z"), Map.entry("UTC", "Z"), Map.entry("UT", "Z"), Map.entry("Z", "Z"),
            Map.entry("BST", "+01:00"), Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
            Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"));
    /** A year, month and day as path segments or joined by hyphens; the day ends at a separator or the URL's end. */
    private static final Pattern URL_DAY = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/._-]|$)");

    // java.text.Format views of the two formatters: immutable (a formatter and a query), so shared by threads
    static final Format ISO_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME.toFormat(OffsetDateTime::from);
    static final Format RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.toFormat(ZonedDateTime::from);

    private DateParsing() {
    }

    /** The instant a date string denotes, or null when it is not a date. */
    static Instant parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        // OffsetDateTime.parse(s), then ZonedDateTime.parse(s, RFC_1123_DATE_TIME), each without the exception it
        // throws for a string it does not read (most strings are in neither form) or for no valid date (a 30 February)
        OffsetDateTime offset = parseWhole(ISO_OFFSET, s);
        if (offset != null) {
            return offset.toInstant();
        }
        ZonedDateTime zoned = parseWhole(RFC_1123, s);
        if (zoned != null) {
            return zoned.toInstant();
        }
        Matcher iso = ISO.matcher(s);
        if (iso.find() && iso.start() < 3) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
                if (iso.group(4) == null) {
                    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                LocalTime time = LocalTime.of(Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5)),
                        iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)));
                return LocalDateTime.of(date, time).atOffset(offset(iso.group(7), date)).toInstant();
            } catch (DateTimeException e) {
                return null;
            }
        }
        return parseProse(s);
    }

    /** A prose date anywhere in the text ("Sunday, 21 October, 2001, 18:52 GMT"), or null. */
    static Instant parseProse(String s) {
        if (!hasYear(s)) {
            return null; // both forms need one, and their month-name alternation is tried at every character
        }
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return build(m.group(3), m.group(2), m.group(1), m, 4);
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return build(m.group(3), m.group(1), m.group(2), m, 4);
        }
        return null;
    }

    /**
     * Whether the text holds four ASCII digits in a row: the year both prose forms need ({@code \d{4}}, ASCII digits
     * since their patterns have no U flag).
     */
    static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * The day in a URL path such as {@code /2015/03/18/}, {@code /2015/3/18/} or {@code /2015-03-18-title}, as midnight
     * UTC; null when there is none, when it is no real day, or when it is after tomorrow (an event's day, not a
     * publication's). The one date-from-URL rule, for HTML and text pages alike.
     */
    static Instant dayInUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DAY.matcher(url);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return day.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)) ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant build(String year, String month, String day, Matcher m, int g) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day));
            if (m.group(g) == null) {
                return date.atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            int hour = Integer.parseInt(m.group(g));
            int minute = Integer.parseInt(m.group(g + 1));
            int second = m.group(g + 2) == null ? 0 : Integer.parseInt(m.group(g + 2));
            String ampm = m.group(g + 3);
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            return LocalDateTime.of(date, LocalTime.of(hour, minute, second))
                    .atOffset(offset(m.group(g + 4), date)).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone, LocalDate date) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        String z = zone.toUpperCase(Locale.ROOT);
        if (z.length() > 3 && (z.startsWith("GMT") || z.startsWith("UTC"))) {
            z = z.substring(3); // "GMT+0100"
        }
        if (z.equals("ET") || z.equals("PT")) {
            // "ET" means US Eastern in whatever offset was in force that day
            ZoneId id = ZoneId.of(z.equals("ET") ? "America/New_York" : "America/Los_Angeles");
            return id.getRules().getOffset(date.atTime(12, 0));
        }
        String mapped = ZONES.get(z);
        if (mapped != null) {
            return ZoneOffset.of(mapped);
        }
        if (z.length() == 3) {
            z = z + ":00"; // "+02"
        } else if (z.length() == 5) {
            z = z.substring(0, 3) + ":" + z.substring(3);
        }
        return ZoneOffset.of(z);
    }

    private static int month(String name) {
        Integer m = MONTH_NAMES.get(name.toLowerCase(Locale.ROOT));
        if (m == null) {
            throw new DateTimeException("not a month: " + name);
        }
        return m;
    }

    private static Map<String, Integer> monthNames() {
        String[][] names = {
            {"january", "janvier", "januar", "jänner", "enero", "janeiro", "gennaio", "januari"},
            {"february", "février", "fevrier", "februar", "febrero", "fevereiro", "febbraio", "februari"},
            {"march", "mars", "märz", "marzo", "março", "maart"},
            {"april", "avril", "abril", "aprile"},
            {"may", "mai", "mayo", "maio", "maggio", "mei"},
            {"june", "juin", "juni", "junio", "junho", "giugno"},
            {"july", "juillet", "juli", "julio", "julho", "luglio"},
            {"august", "août", "aout", "agosto", "augustus"},
            {"september", "septembre", "septiembre", "setembro", "settembre"},
            {"october", "octobre", "oktober", "octubre", "outubro", "ottobre"},
            {"november", "novembre", "noviembre", "novembro"},
            {"december", "décembre", "decembre", "dezember", "diciembre", "dezembro", "dicembre"},
        };
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String full : names[i]) {
                out.put(full, i + 1);
                // abbreviations: "sep", "sept", "févr", "dez"; a prefix shared by two months is left out
                for (int len = 3; len < full.length(); len++) {
                    String prefix = full.substring(0, len);
                    Integer other = out.putIfAbsent(prefix, i + 1);
                    if (other != null && other != i + 1) {
                        out.put(prefix, -1);
                    }
                }
            }
        }
        out.values().removeIf(v -> v < 0);
        return Map.copyOf(out);
    }

    /**
     * What {@code formatter.parse(s, query)} answers, null where it throws: the formatter as a {@link java.text.Format}
     * answers null instead of throwing (an exception, with its stack trace, cost more than the parse itself), and it
     * may stop before the end, which {@code parse} refuses. One parse, where asking first whether the formatter
     * reads the whole string and then parsing took two.
     */
    static <T> T parseWhole(Format format, String s) {
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parseObject(s, position);
        @SuppressWarnings("unchecked") // the format's query makes a T
        T whole = position.getErrorIndex() < 0 && position.getIndex() == s.length() ? (T) parsed : null;
        return whole;
    }
}

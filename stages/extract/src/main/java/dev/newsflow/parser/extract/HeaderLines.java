package dev.newsflow.parser.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The lines a page sets between the headline and the article's first paragraph: date and "updated" lines, bylines
 * with roles and outlets, a place and date, reading times, "listen to this article", share and link bars. Judged
 * by position first (only the blocks above the first paragraph of prose are asked) and then by what the line is made
 * of: a short line without a sentence whose words are all dates, times, numbers, capitalised names and places, or the
 * few small words such lines are written with ("by", "updated", "am", "mis à jour", "hace"), and that holds a date, a
 * byline's opening word or a time said to be a publication's; or a line that is mostly links. A paragraph of prose
 * has lower-case words of its own ("LONDON, 3 March - The council voted ...") and is never such a line, so a first
 * paragraph that opens with a dateline or a date stays.
 */
final class HeaderLines {

    /** Longest header line: a byline with a role and an outlet, two dates; a paragraph is longer. */
    static final int MAX_HEADER_LINE_CHARS = 160;
    /** Longest line of links taken above the first paragraph (a share bar, a breadcrumb, a list of topics). */
    private static final int MAX_LINK_LINE_CHARS = 100;
    /** What separates the words of a header line: spaces and the punctuation such lines are set with. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;|·•/()\\[\\]\u2013\u2014]+");
    /** What may end a word without making it another: "Published:", "12.", "Sept.", "ago." */
    private static final Pattern EDGE = Pattern.compile("^[\"'“”‘’«»¿¡:-]+|[\"'“”‘’«»:.!?-]+$");
    /** A token that is a number, a date or a time ("2026", "12.", "3/9/2026", "10:42", "18h30", "4:12pm", "9th"). */
    private static final Pattern NUMERIC = Pattern.compile("(?iu)\\d[\\d.:/h-]*(?:st|nd|rd|th|er|am|pm|a\\.m|p\\.m)?\\.?");
    /** A time of day: "10:42", "18h30", "6.15pm". */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?iu)\\d{1,2}[:.h]\\d{2}(?:am|pm)?");
    /** A year after another word: "March 2026", "12. Februar 2026". */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** A number written as a date: "3/9/2026", "2026-03-09", "09.03.2026". */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");
    /** A reading time or the offer to listen: labels, in the languages of the stress pages and their neighbours. */
    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:"
            + "(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|leestijd"
            + "|tempo de leitura)\\W{0,3}(?:ca\\.\\s*)?\\d+\\s*\\p{L}{0,8}\\.?"
            + "|\\d+\\s*(?:min(?:ute)?s?|minuten|minutos|minuti)\\.?\\s*(?:read|lesen|de lecture|de lectura|di lettura|leestijd"
            + "|de leitura)?"
            + "|(?:listen to (?:this|the) (?:article|story)|artikel (?:anhören|vorlesen(?: lassen)?)|(?:é|e)couter (?:cet|l')\\s?article"
            + "|escuchar (?:este artículo|la noticia)|ascolta (?:l'|questo )\\s?articolo|luister naar (?:dit|het) artikel"
            + "|ouvir (?:este artigo|a notícia))\\b.{0,30}"
            + ")$");
    /** The words a byline opens with: "By", "Von", "Par", "Por", "Di", "Door", "Av", "Af". */
    private static final Set<String> BYLINE_OPENERS = Set.of("by", "von", "par", "por", "di", "door", "av", "af");
    /** Words that say a time is when the article was published or changed: with one, "Updated 10:42 GMT" is a date line. */
    private static final Set<String> STAMP_WORDS = Set.of("published", "updated", "posted", "modified", "veröffentlicht",
            "aktualisiert", "publié", "publiée", "jour", "modifié", "publicado", "actualizado", "atualizado", "pubblicato",
            "aggiornato", "gepubliceerd", "bijgewerkt", "ago", "vor", "hace", "fa", "geleden", "há");
    /**
     * The small words of header lines, lower case: joining names and dates, saying when and by whom, a reporter's role,
     * a relative time ("2 hours ago"). English, German, French, Spanish, Italian, Dutch, Portuguese, Polish.
     */
    private static final Set<String> HEADER_WORDS = Set.copyOf(java.util.List.of( // copyOf: a word may serve two languages
            // en
            "by", "and", "published", "updated", "posted", "last", "modified", "first", "on", "at", "in", "of", "for",
            "the", "from", "with", "am", "pm", "a.m", "p.m", "ago", "hour", "hours", "minute", "minutes", "min", "mins",
            "day", "days", "read", "reading", "time", "staff", "reporter", "writer", "correspondent", "editor", "senior",
            "chief", "contributor", "columnist", "photographer", "photos", "news", "team", "desk", "wire", "agency",
            "gmt", "utc", "et",
            // de
            "von", "und", "um", "uhr", "veröffentlicht", "aktualisiert", "zuletzt", "stand", "aus", "mit", "vor",
            "stunden", "stunde", "minuten", "korrespondent", "korrespondentin", "redakteur", "redakteurin", "autor",
            "autorin", "lesezeit",
            // fr
            "par", "et", "le", "la", "les", "l'", "à", "a", "au", "publié", "publiée", "mis", "jour", "modifié", "il", "y",
            "heure", "heures", "correspondant", "correspondante", "envoyé", "envoyée", "spécial", "spéciale", "de", "du",
            "des", "lecture", "temps",
            // es
            "por", "y", "el", "del", "las", "los", "publicado", "actualizado", "hace", "horas", "hora", "minutos",
            "corresponsal", "enviado", "enviada", "especial", "redacción",
            // it
            "di", "e", "il", "alle", "ore", "pubblicato", "aggiornato", "fa", "inviato", "inviata", "corrispondente",
            "minuti", "lettura",
            // nl
            "door", "en", "op", "om", "gepubliceerd", "bijgewerkt", "geleden", "uur", "verslaggever", "redacteur",
            // pt
            "às", "publicado", "atualizado", "há", "correspondente", "do", "da",
            // pl: the small words, and the months as a date names them (genitive: "8 grudnia 2026")
            "przez", "opublikowano", "aktualizacja", "zaktualizowano", "aktualizowano", "temu", "godz", "godzin", "minut",
            "dnia", "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia"));

    /**
     * A press office named in a release's sender line ("Dr. Jana Wendt Presse- und Öffentlichkeitsarbeit", "Media
     * Relations, University of X", "Ufficio stampa"): with only names and header words around it, the line says who
     * sent the release, as a byline says who wrote a story.
     */
    private static final Pattern PRESS_OFFICE = Pattern.compile("(?iu)\\b(?:press office|media relations|public relations"
            + "|communications office|news office|pressestelle|presse- und öffentlichkeitsarbeit|öffentlichkeitsarbeit"
            + "|hochschulkommunikation|unternehmenskommunikation|service de presse|relations presse|relations médias"
            + "|oficina de prensa|gabinete de (?:prensa|comunicación)|ufficio stampa|persvoorlichting|afdeling communicatie"
            + "|assessoria de (?:imprensa|comunicação)|biuro prasowe|rzecznik prasowy)\\b");

    private HeaderLines() {
    }

    /**
     * Whether a block above the article's first paragraph is a header line. {@code text}: the block's stripped text.
     * The caller asks only blocks above the first paragraph of prose and never a block that holds an image.
     */
    static boolean isHeaderLine(Element block, String text) {
        if (text.isEmpty() || text.length() > MAX_HEADER_LINE_CHARS) {
            return false;
        }
        if (text.length() <= MAX_LINK_LINE_CHARS && !isHeading(block) && !JunkBlocks.endsSentence(text)
                && JunkBlocks.mostlyLinked(block, text) && !LiveBlogEntries.isEntryTime(block)) {
            // a share bar, a breadcrumb, a row of topics between the headline and the text; not a linked sentence (a
            // list of highlights may open a post), nor a heading (a section heading linked to a table of contents), nor
            // a live blog's first entry time linked to its entry
            return true;
        }
        return LABEL.matcher(text).matches() || isMetaLine(text);
    }

    /** An {@code <h1>} to {@code <h6>}. */
    static boolean isHeading(Element block) {
        String tag = block.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /**
     * Whether a block reads as the article's prose, which ends the header: longer than a header line, or a sentence.
     */
    static boolean isProse(String text) {
        return text.length() > MAX_HEADER_LINE_CHARS || JunkBlocks.endsSentence(text);
    }

    /**
     * A line made only of dates, times, numbers, capitalised words and {@link #HEADER_WORDS}, holding a date, a byline's
     * opening word, or a time or relative time said to be a publication's.
     */
    private static boolean isMetaLine(String text) {
        String[] raw = SEPARATORS.split(text);
        boolean date = false;
        boolean time = false;
        boolean stamp = false;
        boolean byline = false;
        int words = 0;
        for (String token : raw) {
            String word = EDGE.matcher(token).replaceAll("");
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (words == 0 && BYLINE_OPENERS.contains(lower)) {
                byline = true;
            }
            words++;
            if (Character.isDigit(word.charAt(0))) {
                if (!NUMERIC.matcher(word).matches()) {
                    return false;
                }
                date |= NUMERIC_DATE.matcher(word).matches() || YEAR.matcher(word).matches() && words > 1;
                time |= TIME_OF_DAY.matcher(word).matches();
                continue;
            }
            if (DateParsing.isMonthName(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower)) {
                date = true;
                continue;
            }
            stamp |= STAMP_WORDS.contains(lower);
            if (Character.isUpperCase(word.codePointAt(0)) || HEADER_WORDS.contains(lower)) {
                continue;
            }
            // "l'actualité", "d'Ivry": an elided article before a capitalised name
            int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
            if (apostrophe > 0 && apostrophe < word.length() - 1 && Character.isUpperCase(word.codePointAt(apostrophe + 1))) {
                continue;
            }
            return false;
        }
        if (words < 2) {
            return false;
        }
        // a byline names someone: its opening word and a capitalised name ("By now" is no byline)
        return date || byline && hasCapitalisedWordAfterTheFirst(raw) || stamp && (time || relativeTime(raw))
                || PRESS_OFFICE.matcher(text).find();
    }

    private static boolean hasCapitalisedWordAfterTheFirst(String[] tokens) {
        boolean first = true;
        for (String token : tokens) {
            String word = EDGE.matcher(token).replaceAll("");
            if (word.isEmpty()) {
                continue;
            }
            if (!first && Character.isUpperCase(word.codePointAt(0))) {
                return true;
            }
            first = false;
        }
        return false;
    }

    /** A number before a unit of time: "2 hours ago", "vor 3 Stunden", "hace 5 minutos". */
    private static boolean relativeTime(String[] tokens) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (!tokens[i].isEmpty() && Character.isDigit(tokens[i].charAt(0))) {
                String unit = tokens[i + 1].toLowerCase(Locale.ROOT);
                if (unit.startsWith("hour") || unit.startsWith("minut") || unit.startsWith("stund") || unit.startsWith("heure")
                        || unit.startsWith("hora") || unit.equals("ore") || unit.equals("uur") || unit.startsWith("day")
                        || unit.startsWith("tag") || unit.startsWith("jour") || unit.startsWith("día") || unit.startsWith("giorn")) {
                    return true;
                }
            }
        }
        return false;
    }
}

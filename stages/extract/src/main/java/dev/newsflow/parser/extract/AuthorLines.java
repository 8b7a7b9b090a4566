package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A byline set among or after the article's paragraphs, known by the page's own author metadata rather than by its
 * wording: a short line that holds the name the page declares as its author (a {@code <meta name="author">}, its
 * JSON-LD author, a visible byline) and little else — a role, a place, a date, "Text:" — in any language: "Jane
 * Whitlock, Environment Correspondent", "Texto: Carla Mendes | Edição: Rui Prado", "Claire Dubois (à Lyon)", "Sam
 * Okafor · Transport reporter".
 * <p>
 * A line of the story that names its author stays: one with more than a few words besides the name, one that ends as
 * a sentence ("Ana Ruiz dedicó el premio a los vecinos."), a quotation, a speaker's label ending in a colon. Only names
 * of a person's form are used (two to five capitalised words, no digit): an organisation declared as the author
 * ("Reuters", "BBC News", "Staff") would take the story's own short lines that name it. The tenth stress group
 * ({@code stress/build_author_pages.py}) holds each form and the look-alikes.
 */
final class AuthorLines {

    /** Longest byline line: longer is a paragraph that names the author. */
    private static final int MAX_CHARS = 160;
    /** Most words besides the author's names: a role, a place and a date, a label. */
    private static final int MAX_OTHER_WORDS = 5;
    /** Words of an organisation's name, which no person's name holds. */
    private static final Pattern ORGANISATION_WORD = Pattern.compile("(?iu)\\b(?:news|press|staff|desk|team|online"
            + "|media|agency|agencia|agence|agentur|redaktion|rédaction|redacción|redazione|redactie|redakcja|editors?"
            + "|editorial|reporters|times|post|tribune|herald|journal|gazette|daily|wire|service|associated)\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** The declared authors' names, lower-cased, that have a person's form. */
    private final List<String> names = new ArrayList<>();
    /** Each name's last word as written: a line without it is asked nothing more. */
    private final List<String> surnames = new ArrayList<>();

    /** @param authors the article's authors as the metadata rules read them (may be empty) */
    AuthorLines(List<String> authors) {
        for (String author : authors) {
            String name = author.strip();
            String[] words = name.split("\\s+");
            if (words.length >= 2 && words.length <= 5 && name.length() <= 60 && isPersonsForm(words)
                    && !ORGANISATION_WORD.matcher(name).find()) {
                names.add(name.toLowerCase(Locale.ROOT));
                surnames.add(words[words.length - 1]);
            }
        }
    }

    /** Whether the block's whole text is a byline of the article's declared author. */
    boolean is(String text) {
        if (names.isEmpty() || text.length() > MAX_CHARS || !holdsASurname(text)) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == ':' || JunkBlocks.QUOTATION.matcher(text).find()) {
            return false;
        }
        String rest = text.toLowerCase(Locale.ROOT);
        boolean named = false;
        for (String name : names) {
            if (rest.contains(name)) {
                rest = rest.replace(name, " ");
                named = true;
            }
        }
        if (!named) {
            return false;
        }
        int others = 0;
        for (var m = WORD.matcher(rest); m.find(); ) {
            if (++others > MAX_OTHER_WORDS) {
                return false;
            }
        }
        return true;
    }

    private boolean holdsASurname(String text) {
        for (String surname : surnames) {
            if (text.contains(surname)) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words, or the particles names hold between them ("de", "van", "al-"). */
    private static boolean isPersonsForm(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean particle = i > 0 && i < words.length - 1 && w.length() <= 3 && Character.isLowerCase(w.charAt(0));
            if (!particle && !(Character.isUpperCase(w.charAt(0)) && w.chars().noneMatch(Character::isDigit))) {
                return false;
            }
        }
        return true;
    }
}

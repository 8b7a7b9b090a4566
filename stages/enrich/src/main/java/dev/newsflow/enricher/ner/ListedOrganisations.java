package dev.newsflow.enricher.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A name the model typed as a person that an organisation list holds whole ({@code gazetteer/organisations.txt},
 * {@code companies.txt}, {@code institutions.txt}) is the organisation when nothing in the document says it is a
 * person. The list rule of {@link ListedNames} already retypes a listed name written as listed; what it leaves is a
 * one-word name in an all-caps headline ("SHELL , BP LIFT FTSE", "PEMEX OIL EXPORTS DROP"), where it takes only
 * names listed in capitals (an English word in capitals, "LABOUR ACCORD", is no name), and the names of the
 * organisation list, which reaches the model only as a feature. Here the model has already read the words as a
 * name, so only its type is in doubt.
 *
 * <p>Signs of a person, any one of which keeps the span a person: a title or courtesy word right before it ("Mr",
 * "President") or a word of kin ("her daughter Chelsea"), a given name opening it, its last word after a title or
 * a word of kin anywhere in the document ("Mr Tinto", "Chelsea 's hand"), the last word of a longer name used alone
 * as a person elsewhere in the document, or ", who" right after it.
 */
final class ListedOrganisations {

    /** Kin before a name make it a person's ("her daughter Chelsea", not the club). */
    private static final Set<String> KIN = Set.of("daughter", "son", "wife", "husband", "brother", "sister",
            "mother", "father", "widow", "widower", "grandson", "granddaughter", "nephew", "niece", "cousin");

    private ListedOrganisations() {
    }

    /** Whether words [from, to) are a listed organisation's name. */
    interface Listed {
        boolean holds(String[] words, int from, int to);
    }

    static void retypePersons(List<String[]> sentences, List<String[]> tags, Listed listed, Listed place,
            Predicate<String> givenName, Predicate<String> title) {
        // words after a title anywhere in the document, and persons named by one word: lower-cased
        Set<String> titled = new HashSet<>();
        Set<String> onePersonWord = new HashSet<>();
        for (String[] w : sentences) {
            for (int k = 1; k < w.length; k++) {
                if (title.test(w[k - 1]) || KIN.contains(w[k - 1])) {
                    titled.add(w[k].toLowerCase(Locale.ROOT));
                }
            }
        }
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if (span.type() == Span.PER && span.length() == 1) {
                onePersonWord.add(w[span.start()].toLowerCase(Locale.ROOT));
            }
        });
        // names whose possessive owns a company's things or a person ("Rio Tinto 's iron ore output", "Ferrari 's
        // Kimi Raikkonen"), lower-cased: every mention the model typed as a person is read like a listed name
        Set<String> owners = new HashSet<>();
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if (span.type() == Span.PER && ownsACompanysThings(w, t, span.end())
                    && !place.holds(w, span.start(), span.end())) {
                owners.add(span.text(w).toLowerCase(Locale.ROOT));
            }
        });
        Span.eachIn(sentences, tags, (w, t, span) -> {
            int from = span.start();
            int to = span.end();
            if (span.type() != Span.PER || !listed.holds(w, from, to)
                    && !owners.contains(span.text(w).toLowerCase(Locale.ROOT))) {
                return;
            }
            String last = w[to - 1].toLowerCase(Locale.ROOT);
            boolean person = from > 0 && (title.test(w[from - 1]) || KIN.contains(w[from - 1]))
                    || to - from > 1 && givenName.test(w[from])
                    || titled.contains(last)
                    || to - from > 1 && onePersonWord.contains(last)
                    || to + 1 < w.length && w[to].equals(",") && w[to + 1].equalsIgnoreCase("who");
            if (!person) {
                span.retype(t, "ORG");
            }
        });
    }

    /**
     * Nouns of what a company owns or reports, which a person's possessive hardly ever takes: of the gold spans of
     * GMB train followed by "'s" and one of them within three words, 28 are organisations, 41 places and 2 persons
     * (counted with "stake" among them, which the twelfth round took out: a stake is an investor's, person or firm).
     */
    private static final Set<String> COMPANYS_THINGS = Set.of("shares", "output", "profit", "profits", "earnings",
            "revenue", "revenues", "sales", "subsidiary", "unit", "units", "mine", "mines", "plant", "plants",
            "factory", "factories", "stock", "shareholders", "board", "ceo", "executive", "chairman", "merger",
            "takeover", "brand", "products", "customers", "employees", "workers");

    private static final int OWNED_WITHIN = 3;

    /** A company's own holdings, unless they are in another company: "Musk 's shares in the carmaker". */
    private static final Set<String> HOLDINGS = Set.of("shares", "stock");

    // whether the owned word k is a holding in another company ("'s shares in the carmaker", "'s stock of Tesla"),
    // which a person holds as often as a company, so it says nothing of the owner; a company's own shares are no
    // one else's ("Caloi 's voting shares were sold", "Rio Tinto 's shares fell"). A stake is always in
    // something else, so it is on neither list.
    private static boolean investorsHolding(String[] w, int k) {
        return HOLDINGS.contains(w[k].toLowerCase(Locale.ROOT))
                && k + 1 < w.length && (w[k + 1].equals("in") || w[k + 1].equals("of"));
    }

    // a possessive after the name ("'s", or "'" after an s), then a company's thing within three words before any
    // punctuation, or a person's name right after it (GMB train: a possessive owning a person is an organisation's
    // 97 times, a place's 26 times and a person's once)
    private static boolean ownsACompanysThings(String[] w, String[] t, int end) {
        if (end + 1 >= w.length || !(w[end].equals("'s") || w[end].equals("'") || w[end].equalsIgnoreCase("'S"))) {
            return false;
        }
        if (t[end + 1].equals("B-PER") && end + 2 < w.length && t[end + 2].equals("I-PER")) {
            return true;
        }
        for (int k = end + 1; k < Math.min(w.length, end + 1 + OWNED_WITHIN); k++) {
            if (!Words.startsUpper(w[k]) && !Character.isLetter(w[k].charAt(0))) {
                return false;
            }
            String word = w[k].toLowerCase(Locale.ROOT);
            if (COMPANYS_THINGS.contains(word)) {
                return !investorsHolding(w, k);
            }
        }
        return false;
    }
}

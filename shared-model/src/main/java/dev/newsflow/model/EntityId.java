package dev.newsflow.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable entity ids: the normalised name as a slug ({@code "Barack Obama"} and {@code "BARACK OBAMA"} are
 * {@code barack-obama}), so that the same thing named in many articles has one id to facet, filter and link by.
 * The type is not part of the id: the tagger's type for one name drifts between articles (The Hague as a place
 * and as the court), and one id must collect them all.
 */
public final class EntityId {

    // compiled once: String.replaceAll compiled each of them on every call, several calls per article's entity
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private EntityId() {
    }

    /** The id of the entity named {@code name}: accents, dots, case and a leading "the" dropped, words joined by "-". */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an entity id needs a name");
        }
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace(".", "").replace("’", "").replace("'", "").strip();
        if (ascii.startsWith("the ")) {
            ascii = ascii.substring(4);
        }
        String slug = EDGE_HYPHENS.matcher(NOT_LETTER_OR_DIGIT.matcher(ascii).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? name.strip() : slug;
    }
}

package dev.newsflow.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable entity ids: the normalised name as a slug ({@code "Barack Obama"} and {@code "BARACK OBAMA"} are
 * {@code barack-obama}), so that the same thing named in many articles has one id to facet, filter and link by.
 * The type is not part of the id: the tagger's type for one name drifts between articles (The Hague as a place
 * and as the court), and one id must collect them all.
 */
public final class EntityId {

    private EntityId() {
    }

    /** The id of the entity named {@code name}: accents, dots, case and a leading "the" dropped, words joined by "-". */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an entity id needs a name");
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace(".", "").replace("’", "").replace("'", "").strip();
        if (ascii.startsWith("the ")) {
            ascii = ascii.substring(4);
        }
        String slug = ascii.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? name.strip() : slug;
    }
}

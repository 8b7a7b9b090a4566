package dev.newsflow.model;

/** Types of named entity, following the CoNLL-2003 conventions. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC;

    /** The CoNLL tag suffix of this type: PER, ORG, LOC, MISC. */
    public String conllTag() {
        return switch (this) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case MISC -> "MISC";
        };
    }

    /** The type of a CoNLL tag suffix (PER, ORG, LOC, MISC; GMB's geo/gpe/org/per... too). */
    public static EntityType fromTag(String tag) {
        return switch (tag.toUpperCase(java.util.Locale.ROOT)) {
            case "PER", "PERSON" -> PERSON;
            case "ORG", "ORGANIZATION", "ORGANISATION" -> ORGANIZATION;
            case "LOC", "LOCATION", "GEO", "GPE" -> LOCATION;
            case "MISC" -> MISC;
            default -> throw new IllegalArgumentException("unknown entity tag: " + tag);
        };
    }
}

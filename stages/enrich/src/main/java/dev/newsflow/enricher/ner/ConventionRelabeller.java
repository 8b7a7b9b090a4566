package dev.newsflow.enricher.ner;

import java.util.Set;

/**
 * Moves GMB's annotation towards the CoNLL-2003 conventions before training: place names tagged as
 * organisations become locations, organisations on the list tagged as places become organisations,
 * nationality words become MISC, a leading "the" leaves the name, and a name right after "Mr" is a person.
 */
final class ConventionRelabeller {

    private static final Set<String> COURTESY = Set.of("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr");

    /** All rules: {@code the}, {@code places}, {@code orgs}, {@code demonyms}, {@code courtesy}. */
    static final Set<String> ALL_RULES = Set.of("the", "places", "orgs", "demonyms", "courtesy");

    private final Gazetteer gazetteer;
    private final Set<String> rules;
    int changed;

    ConventionRelabeller(Gazetteer gazetteer, Set<String> rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
    }

    void relabel(String[] words, String[] tags) {
        // leading "the" inside a span
        for (int i = 0; i + 1 < tags.length; i++) {
            if (rules.contains("the") && tags[i].startsWith("B-") && words[i].equalsIgnoreCase("the") && tags[i + 1].startsWith("I-")) {
                tags[i + 1] = "B-" + tags[i + 1].substring(2);
                tags[i] = "O";
                changed++;
            }
        }
        for (int[] span : DocumentConsistency.spans(tags)) {
            String text = DocumentConsistency.join(words, span[0], span[1]);
            int type = span[2];
            int target = type;
            boolean place = gazetteer.contains("countries", text) || gazetteer.contains("cities", text)
                    || gazetteer.contains("regions", text);
            boolean org = gazetteer.contains("organisations", text);
            if (rules.contains("places") && type == 1 && place && !org) {
                target = 2;
            } else if (rules.contains("orgs") && type == 2 && org && !place) {
                target = 1;
            } else if (rules.contains("demonyms") && type != 3 && span[1] - span[0] == 1 && gazetteer.contains("demonyms", text) && !place) {
                target = 3;
            }
            if (rules.contains("courtesy") && span[0] > 0 && COURTESY.contains(words[span[0] - 1]) && type != 0) {
                target = 0;
            }
            if (target != type) {
                String name = switch (target) {
                    case 0 -> "PER";
                    case 1 -> "ORG";
                    case 2 -> "LOC";
                    default -> "MISC";
                };
                Labels.name(tags, span[0], span[1], name);
                changed++;
            }
        }
    }
}

package dev.newsflow.enricher.ner;

import java.util.Set;

/**
 * Moves GMB's annotation towards the CoNLL-2003 conventions before training: place names tagged as
 * organisations become locations, organisations on the list tagged as places become organisations,
 * nationality words become MISC, a leading "the" leaves the name, and a name right after "Mr" is a person.
 * Optionally ({@code adjectives}, off by default) a nationality, people or faith word that GMB leaves untagged
 * ("European", "Kurdish", "Shi'ite", "Islamic", "Jewish") becomes MISC, as CoNLL-2003 and wikigold tag it.
 */
final class ConventionRelabeller {

    private static final Set<String> COURTESY = Set.of("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr");

    /** All rules: {@code the}, {@code places}, {@code orgs}, {@code demonyms}, {@code courtesy}, {@code adjectives}. */
    static final Set<String> ALL_RULES = Set.of("the", "places", "orgs", "demonyms", "courtesy", "adjectives");

    // GMB's gold tags a country's adjective ("British", "Pakistani": B-MISC hundreds of times) but leaves a region's,
    // a people's or a faith's untagged ("European" 202 times O in train, "Shi'ite" 196, "Islamic" 164, "Kurdish"
    // 128, "Jewish" 99); CoNLL-2003 tags them all MISC. The words are those of the two lists the tagging rule
    // Peoples reads: demonyms.txt (also a feature list of the model) and peoples.txt; one-word entries only.
    private static final Set<String> PEOPLES_WORDS = peoplesWords();

    private final Gazetteer gazetteer;
    private final Set<String> rules;
    int changed;

    ConventionRelabeller(Gazetteer gazetteer, Set<String> rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
    }

    void relabel(String[] words, String[] tags) {
        if (rules.contains("adjectives")) {
            untaggedPeoples(words, tags);
        }
        // leading "the" inside a span
        for (int i = 0; i + 1 < tags.length; i++) {
            if (rules.contains("the") && tags[i].startsWith("B-") && words[i].equalsIgnoreCase("the") && tags[i + 1].startsWith("I-")) {
                tags[i + 1] = "B-" + tags[i + 1].substring(2);
                tags[i] = "O";
                changed++;
            }
        }
        for (Span span : Span.in(tags)) {
            String text = span.text(words);
            int type = span.type();
            int target = type;
            boolean place = gazetteer.contains("countries", text) || gazetteer.contains("cities", text)
                    || gazetteer.contains("regions", text);
            boolean org = gazetteer.contains("organisations", text);
            if (rules.contains("places") && type == Span.ORG && place && !org) {
                target = Span.LOC;
            } else if (rules.contains("orgs") && type == Span.LOC && org && !place) {
                target = Span.ORG;
            } else if (rules.contains("demonyms") && type != Span.MISC && span.length() == 1 && gazetteer.contains("demonyms", text) && !place) {
                target = Span.MISC;
            }
            if (rules.contains("courtesy") && span.start() > 0 && COURTESY.contains(words[span.start() - 1]) && type != Span.PER) {
                target = Span.PER;
            }
            if (target != type) {
                span.retype(tags, Span.TYPES[target]);
                changed++;
            }
        }
    }

    /**
     * An untagged word of a people, nationality or faith is MISC, unless it touches a tagged span (GMB's
     * "Shi'ite Hezbollah" or "Latin America" boundaries are left as GMB drew them) or is a place's name.
     * Only the gold's untagged words change: a word the gold tags (even as a person or place) is the other rules'.
     */
    private void untaggedPeoples(String[] words, String[] tags) {
        for (int i = 0; i < words.length; i++) {
            if (!tags[i].equals("O") || !PEOPLES_WORDS.contains(words[i])
                    || i > 0 && !tags[i - 1].equals("O") || i + 1 < tags.length && !tags[i + 1].equals("O")
                    || gazetteer.contains("countries", words[i]) || gazetteer.contains("cities", words[i])
                    || gazetteer.contains("regions", words[i])) {
                continue;
            }
            tags[i] = "B-MISC";
            changed++;
        }
    }

    private static Set<String> peoplesWords() {
        Set<String> all = new java.util.HashSet<>(Gazetteer.words("demonyms.txt"));
        all.addAll(Gazetteer.words("peoples.txt"));
        all.removeIf(w -> w.contains(" ") || !Character.isUpperCase(w.charAt(0)));
        return Set.copyOf(all);
    }
}

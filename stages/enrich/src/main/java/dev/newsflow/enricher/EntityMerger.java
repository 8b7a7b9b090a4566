package dev.newsflow.enricher;

import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityId;
import dev.newsflow.model.EntityType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Merges an article's mentions into one entity per real-world thing: exact repeats (ignoring case and dots),
 * surnames and partial names into the full name of a person ("Putin", "Mr Putin" into "Vladimir Putin"),
 * acronyms into the organisation they abbreviate, and common aliases of a few countries and bodies. Mentions in
 * alt text only lend names ({@link Mention.Part#counted}). Scores salience from mentions weighted by where they
 * are (headline, standfirst, lead), presence in the headline or standfirst, and position.
 */
public final class EntityMerger {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("us", "united states"), Map.entry("usa", "united states"),
            Map.entry("united states of america", "united states"), Map.entry("america", "united states"),
            Map.entry("uk", "united kingdom"), Map.entry("britain", "united kingdom"),
            Map.entry("great britain", "united kingdom"), Map.entry("un", "united nations"),
            Map.entry("eu", "european union"), Map.entry("nato", "north atlantic treaty organization"),
            Map.entry("ussr", "soviet union"));

    private static final Set<String> MINOR = Set.of("of", "the", "and", "for", "de", "la", "du", "&");

    // compiled once: String.replaceAll compiles its pattern on every call, and key() runs several times per mention
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private EntityMerger() {
    }

    /** A group of mentions of one thing. */
    private static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        final Map<EntityType, Integer> types = new HashMap<>();
        final String key;
        final String[] words; // the key's words, compared pair by pair in contains()
        private EntityType type; // the majority type, until the next mention changes the votes

        Group(String key) {
            this.key = key;
            this.words = key.split(" ");
        }

        void add(Mention m) {
            mentions.add(m);
            types.merge(m.type(), 1, Integer::sum);
            type = null;
        }

        void absorb(Group other) {
            other.mentions.forEach(this::add);
        }

        EntityType type() {
            if (type == null) {
                type = majorityType();
            }
            return type;
        }

        private EntityType majorityType() {
            return types.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                    .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
        }

        String longest() {
            Map<String, Integer> freq = new HashMap<>();
            mentions.forEach(m -> freq.merge(m.text(), 1, Integer::sum));
            return freq.keySet().stream()
                    .max(Comparator.comparingInt((String s) -> s.split("\\s+").length)
                            .thenComparingInt(freq::get).thenComparingInt(String::length)).orElseThrow();
        }
    }

    /**
     * Entities, most salient first. An entity mentioned only outside headline and body (standfirst, captions)
     * has first offset -1.
     *
     * @param mentions   mentions of all parts
     * @param textLength length of headline + blank line + body, the text body and headline offsets refer to
     * @param leadEnd    offset in that text where the body's first paragraph ends
     */
    public static List<Entity> merge(List<Mention> mentions, int textLength, int leadEnd) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String key = key(m.text());
            byKey.computeIfAbsent(key, Group::new).add(m);
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        // Longest names first: a shorter name joins the one longer name that contains it.
        groups.sort(Comparator.comparingInt((Group g) -> -g.words.length));
        List<Group> merged = new ArrayList<>();
        for (Group g : groups) {
            Group target = null;
            boolean ambiguous = false;
            for (Group big : merged) {
                if (contains(big, g)) {
                    if (target != null && target != big) {
                        ambiguous = true;
                    }
                    target = target == null ? big : target;
                }
            }
            if (target != null && !ambiguous) {
                target.absorb(g);
            } else {
                merged.add(g);
            }
        }
        merged.removeIf(g -> g.mentions.stream().noneMatch(m -> m.part().counted()));
        List<Entity> out = new ArrayList<>();
        // Repetition has diminishing returns: log-scaled, ten passing mentions do not outweigh a headline.
        double maxWeight = Math.log1p(merged.stream().mapToDouble(g -> weight(g, leadEnd)).max().orElse(1));
        for (Group g : merged) {
            Map<String, Integer> forms = new LinkedHashMap<>();
            int first = -1;
            int count = 0;
            boolean prominent = false;
            for (Mention m : g.mentions) {
                forms.merge(m.text(), 1, Integer::sum);
                if (m.title() != null) {
                    forms.merge(m.title() + " " + m.text(), 1, Integer::sum);
                }
                if (m.part().counted()) {
                    count++;
                }
                if (m.part().inText()) {
                    first = first < 0 ? m.offset() : Math.min(first, m.offset());
                }
                prominent |= m.part() == Mention.Part.HEADLINE || m.part() == Mention.Part.DESCRIPTION;
            }
            List<String> surface = forms.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
            double position = first < 0 || textLength <= 0 ? 0 : 1.0 - Math.min(1.0, first / (double) textLength);
            double salience = 0.6 * Math.log1p(weight(g, leadEnd)) / maxWeight + 0.25 * (prominent ? 1 : 0)
                    + 0.15 * position;
            String name = g.longest();
            // the id of the merged name with its aliases resolved: "US" and "United States" are one id
            out.add(new Entity(name, g.type(), count, surface, first, Math.round(salience * 1000) / 1000.0,
                    EntityId.of(key(name))));
        }
        out.sort(Comparator.comparingDouble(Entity::salience).reversed()
                .thenComparing(Comparator.comparingInt(Entity::mentions).reversed())
                .thenComparingInt(Entity::firstOffset));
        return out;
    }

    /**
     * Mentions weighted by where they are: a name in the headline or standfirst, or in the lead paragraph,
     * says more about what the article is about than one further down (a country named in passing in many
     * "US officials" should not outrank the people in the headline).
     */
    private static double weight(Group g, int leadEnd) {
        double w = 0;
        for (Mention m : g.mentions) {
            w += switch (m.part()) {
                case HEADLINE -> 3;
                case DESCRIPTION -> 2;
                case BODY -> m.offset() < leadEnd ? 1.5 : 1;
                case CAPTION -> 1;
                case ALT_TEXT -> 0;
            };
        }
        return w;
    }

    /** Whether the smaller group names the same thing as the bigger one. */
    private static boolean contains(Group big, Group small) {
        if (big.key.equals(small.key)) {
            return true;
        }
        EntityType bt = big.type();
        EntityType st = small.type();
        String[] b = big.words;
        String[] s = small.words;
        if (bt == EntityType.PERSON && s.length < b.length) {
            // "bush" / "george bush" in "george w bush": every word of the short name, in order, in the long one
            // (only the surname or the full first+last are accepted as a lone word: a bare first name is not).
            if (s.length == 1) {
                String last = b[b.length - 1];
                // "Bashir" in "Omar Hassan al-Bashir": the surname without its article
                return (s[0].equals(last) || last.endsWith("-" + s[0])) && st != EntityType.MISC;
            }
            int k = 0;
            for (String w : b) {
                if (k < s.length && w.equals(s[k])) {
                    k++;
                }
            }
            return k == s.length && s[s.length - 1].equals(b[b.length - 1]);
        }
        if ((bt == EntityType.ORGANIZATION || bt == EntityType.MISC) && s.length == 1 && b.length >= 2) {
            StringBuilder initials = new StringBuilder();
            for (String w : b) {
                if (!MINOR.contains(w) && !w.isEmpty()) {
                    initials.append(w.charAt(0));
                }
            }
            return s[0].contentEquals(initials) && st != EntityType.PERSON;
        }
        return false;
    }

    /** Lower case, no accents or dots, aliases resolved: the form two mentions share when they are one thing. */
    static String key(String name) {
        String unmarked = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String k = SPACES.matcher(unmarked.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\''))
                .replaceAll(" ").strip();
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return ALIASES.getOrDefault(k, k);
    }
}

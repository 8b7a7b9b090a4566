package dev.newsflow.enricher.ner;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sports grounds are places under CoNLL-2003 ("at Old Trafford", "the Olympic Stadium", "Stade de France"), but GMB,
 * most of the model's training data, types them as organisations or MISC ("Melbourne Cricket Ground", "Eden
 * Gardens", "Yankee Stadium" ORG; "Olympic Stadium", "Stade de France" MISC), and the model reads them so. A name
 * typed ORG or MISC is a place when it is built as a ground's name: it ends in a word that names a venue and nothing
 * else ("Stadium", "Ground", "Arena", "Oval", "Velodrome", "Racecourse") or opens with one ("Stade", "Estadio"); or
 * it ends in a word that also closes other names ("Park", "Lane", "Road", "Bridge", "Field", "Gardens", "Garden") and
 * follows "at", the venue preposition ("at White Hart Lane", "At Trent Bridge :"). Persons are left alone ("Bruce
 * Arena", "Frank Field"). The best-known grounds that carry no such word ("Anfield", "Lord 's", "the MCG") are on a
 * list ({@code gazetteer/grounds.txt}).
 */
final class Venues {

    /** Last words that name a venue and nothing else. */
    private static final Set<String> VENUE_HEADS = Set.of("stadium", "stadion", "ground", "arena", "oval",
            "velodrome", "racecourse", "speedway");

    /** First words of venues' names in other languages ("Stade de France", "Estadio Azteca", "Stadio Olimpico"). */
    private static final Set<String> VENUE_OPENINGS = Set.of("stade", "stadio", "estadio", "estadi", "stadion");

    /** Last words of venues' names that close other names too: a venue only after "at". */
    private static final Set<String> PLACE_HEADS = Set.of("park", "lane", "road", "bridge", "field", "gardens",
            "garden");

    private static final ListedNames GROUNDS = new ListedNames("grounds.txt", "LOC", false);

    private Venues() {
    }

    /** Grounds typed as organisations, MISC or left untagged are places. */
    static void apply(List<String[]> sentences, List<String[]> tags) {
        for (int s = 0; s < sentences.size(); s++) {
            apply(sentences.get(s), tags.get(s));
        }
    }

    static void apply(String[] words, String[] tags) {
        for (Span span : Span.in(tags)) {
            if ((span.type() == Span.ORG || span.type() == Span.MISC) && span.length() >= 2
                    && isVenue(words, span.start(), span.end())) {
                span.retype(tags, "LOC");
            }
        }
        GROUNDS.apply(words, tags);
    }

    private static boolean isVenue(String[] words, int from, int to) {
        String last = words[to - 1].toLowerCase(Locale.ROOT);
        if (VENUE_HEADS.contains(last) || VENUE_OPENINGS.contains(words[from].toLowerCase(Locale.ROOT))) {
            return true;
        }
        return PLACE_HEADS.contains(last) && from > 0 && (words[from - 1].equalsIgnoreCase("at")
                || from > 1 && words[from - 1].equals("the") && words[from - 2].equalsIgnoreCase("at"));
    }
}

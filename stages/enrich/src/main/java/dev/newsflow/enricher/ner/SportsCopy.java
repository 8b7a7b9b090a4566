package dev.newsflow.enricher.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A wire sports story, known by its headline ("SOCCER - CELTIC CLINCH SCOTTISH TITLE .", "CRICKET - ..."), names
 * its competitions and its clubs in ways the rest of the news does not: "Davis Cup", "UEFA Cup" and "Premier
 * League" are competitions (MISC under CoNLL-2003), and a club named after its town ("Lyon", "Durham") is an
 * organisation in running text as in results tables. GMB tags cups and leagues as organisations or places (its
 * convention: a general rule cost GMB dev 0.14 F1 in the fifth round) and has no sports headline, so the model
 * reads them its way; the headline is the context that lets these rules run only where wire sport is written.
 */
final class SportsCopy {

    /** Sports as wire headlines name them before the dash; one or two words ("MOTOR RACING", "RUGBY UNION"). */
    private static final Set<String> SPORTS = Set.of("soccer", "football", "cricket", "rugby", "tennis", "golf",
            "cycling", "athletics", "basketball", "baseball", "hockey", "ice", "motor", "racing", "motorcycling",
            "skiing", "alpine", "nordic", "boxing", "horse", "swimming", "snooker", "rowing", "sailing", "yachting",
            "volleyball", "handball", "badminton", "squash", "judo", "wrestling", "gymnastics", "olympics",
            "nfl", "nba", "nhl", "american", "union", "league", "formula", "one", "speed", "skating", "triathlon",
            "equestrianism", "chess", "darts", "bobsleigh", "luge", "biathlon", "shooting", "archery", "fencing");

    /**
     * Last words of competitions' names that GMB reads as bodies or places ("World Cup", "Premier League", "UK
     * Championship", "London Marathon").
     */
    private static final Set<String> COMPETITION_HEADS = Set.of("cup", "league", "games", "olympics", "series",
            "championship", "championships", "marathon");

    /** A league named with its sport is the body that runs it ("National Hockey League", "Major League Baseball"). */
    private static final Set<String> SPORT_NOUNS = Set.of("hockey", "football", "baseball", "basketball",
            "soccer", "rugby", "cricket");

    /** Adjectives of continents and regions, which open competitions' names ("European Cup", "Asian Games"). */
    private static final Set<String> CONTINENTAL = Set.of("african", "european", "asian", "american", "arab",
            "oceanian", "latin", "nordic", "baltic", "balkan", "caribbean", "pan");

    /** Continents and the like, which field teams (a Ryder Cup's "Europe") but never clubs. */
    private static final Set<String> NOT_CLUBS = Set.of("europe", "africa", "asia", "oceania", "america",
            "americas", "world", "rest of the world");

    /** Verbs of which a club is the subject: "Bordeaux won 2-0 at Nancy", "Durham beat Kent". */
    private static final Set<String> MATCH_VERBS = Set.of("beat", "beats", "drew", "draw", "draws", "lost", "lose",
            "loses", "won", "win", "wins", "lead", "leads", "led", "trail", "trails", "host", "hosts", "thrashed",
            "edged", "routed", "overcame", "held", "hold", "holds", "went", "play", "plays", "meet", "meets", "face",
            "faces",
            // a club's place in the table: "Bordeaux remain top", "Paris St Germain slipped to sixth"
            "remain", "remains", "remained", "stay", "stays", "stayed", "moved", "climbed", "slipped", "dropped",
            "defeated", "crushed", "hammered", "stunned", "overtook");

    /** Words after which a club is the one beaten, met or led: "beat Kent", "with leaders Lyon". */
    private static final Set<String> BEFORE_OPPONENT = Set.of("beat", "beating", "beats", "against", "over",
            "leaders", "hosts", "visitors", "champions");

    private SportsCopy() {
    }

    /** Whether the document opens with a sports headline: capitals, a sport's name, then a dash. */
    static boolean isSportsStory(List<String[]> sentences) {
        if (sentences.isEmpty()) {
            return false;
        }
        String[] head = sentences.get(0);
        int dash = sportLabelEnd(head);
        return dash > 0;
    }

    // the index of the dash after a headline's sport label ("MOTOR RACING -"), or -1
    private static int sportLabelEnd(String[] head) {
        for (int k = 0; k < Math.min(head.length, 4); k++) {
            if (head[k].equals("-")) {
                return k > 0 ? k : -1;
            }
            if (!isUpper(head[k]) || !SPORTS.contains(head[k].toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * In a sports story: the headline's sport label is no name ("MOTOR" was read as a place); competitions are
     * MISC; clubs named after towns are organisations wherever the story names them as clubs.
     *
     * @param country whether a name (words joined by one space, any case) is a country's: national teams stay places
     * @param demonym  whether a word is a nationality's or a place's adjective ("English", "African")
     */
    static void apply(List<String[]> sentences, List<String[]> tags, Predicate<String> country,
            Predicate<String> demonym) {
        if (!isSportsStory(sentences)) {
            return;
        }
        String[] headTags = tags.get(0);
        int dash = sportLabelEnd(sentences.get(0));
        for (int k = 0; k < dash; k++) {
            headTags[k] = "O";
        }
        Labels.reopenAt(headTags, dash);
        for (int s = 0; s < sentences.size(); s++) {
            competitions(sentences.get(s), tags.get(s), demonym);
        }
        events(sentences, tags, country);
        for (int s = 0; s < sentences.size(); s++) {
            tours(sentences.get(s), tags.get(s));
        }
        clubs(sentences, tags, country);
    }

    /**
     * A name of two words or more ending in Cup, League, Games, Olympics or Series is a competition, MISC, whatever
     * the model typed it ("Davis Cup" was read as a person, "UEFA Cup" as an organisation) or if it left it
     * untagged, or typed the words before the head and left the head out ("UK" + "CHAMPIONSHIP", "LONDON" +
     * "MARATHON"); a league named with its sport ("National Hockey League") is the body, left as it is.
     */
    static void competitions(String[] words, String[] tags, Predicate<String> demonym) {
        nationalLeagues(words, tags, demonym);
        for (Span span : Span.in(tags)) {
            if (span.type() != Span.MISC && isCompetition(words, span.start(), span.end(), demonym)) {
                writeCompetition(words, tags, span.start(), span.end(), demonym);
            } else if (span.end() < words.length && tags[span.end()].equals("O")
                    && isCompetition(words, span.start(), span.end() + 1, demonym)) {
                // the head left out of the model's span: "UK" + "CHAMPIONSHIP", "LONDON" + "MARATHON"
                writeCompetition(words, tags, span.start(), span.end() + 1, demonym);
            }
        }
        Labels.eachUntaggedCapitalRun(words, tags, (from, to) -> {
            if (isCompetition(words, from, to, demonym)) {
                writeCompetition(words, tags, from, to, demonym);
            }
        });
    }

    /** Nouns of a competition's parts and rounds: "the Copa America final", "Euroleague group matches". */
    private static final Set<String> EVENT_PARTS = Set.of("championship", "championships", "final", "finals",
            "semifinal", "semifinals", "semi-final", "semi-finals", "quarterfinal", "quarterfinals", "quarter-final",
            "quarter-finals", "stage", "group", "tournament");

    /**
     * A name the story writes as an event's, typed a place or an organisation ("at the Wimbledon championships",
     * "the Copa America final", "Results of Euroleague group matches", "the Formula One championship", "the 17th
     * stage of the Giro d'Italia"): it is the competition, MISC, in every mention of the story, the all-caps
     * headline's included ("TENNIS - WIMBLEDON MEN 'S SINGLES RESULTS"). The model reads a competition named after
     * its town or country as the place, and an unfamiliar one as a body or a person. A country or a continent before
     * such a noun is a national side's ("the Brazil final"), and a club's name is left to {@link #clubs}: only a
     * span the story never uses as a club's is read.
     */
    static void events(List<String[]> sentences, List<String[]> tags, Predicate<String> country) {
        Set<String> events = new HashSet<>();
        Set<String> clubs = new HashSet<>();
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if (span.type() == Span.ORG || span.type() == Span.LOC) {
                if (asClub(w, t, span.start(), span.end())) {
                    clubs.add(key(w, span));
                } else if (namesAnEvent(w, t, span.start(), span.end())) {
                    events.add(key(w, span));
                }
            }
        });
        events.removeAll(clubs);
        events.removeIf(name -> NOT_CLUBS.contains(name) || country.test(name));
        if (events.isEmpty()) {
            return;
        }
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if (span.type() != Span.MISC && events.contains(key(w, span))) {
                Labels.nameAlone(t, span.start(), span.end(), "MISC");
            }
        });
    }

    /** "Tour of Italy", "Tour of Britain": a stage race named "Tour of" and a place is the competition, MISC. */
    static void tours(String[] words, String[] tags) {
        for (int k = 2; k < words.length; k++) {
            if (tags[k].equals("B-LOC") && words[k - 1].equals("of") && tags[k - 1].equals("O")
                    && tags[k - 2].equals("O") && (words[k - 2].equals("Tour") || words[k - 2].equals("TOUR"))) {
                Labels.nameAlone(tags, k - 2, Labels.nameEnd(tags, k), "MISC");
            }
        }
    }

    // a noun of the event's parts right after the name, left untagged ("Copa America final"), or "stage of the"
    // before it
    private static boolean namesAnEvent(String[] w, String[] t, int from, int to) {
        if (to < w.length && t[to].equals("O") && EVENT_PARTS.contains(w[to].toLowerCase(Locale.ROOT))) {
            return true;
        }
        return from >= 3 && w[from - 1].equalsIgnoreCase("the") && w[from - 2].equalsIgnoreCase("of")
                && EVENT_PARTS.contains(w[from - 3].toLowerCase(Locale.ROOT));
    }

    /** Words that, after a country's adjective, name its league's fixtures and no competition of their own. */
    private static final Set<String> LEAGUE_WORDS = Set.of("league", "division", "first", "second", "third",
            "results", "standings", "summaries", "summary", "scores", "fixtures", "table");

    /**
     * "SOCCER - ENGLISH LEAGUE STANDINGS", "SCOTTISH LEAGUE RESULTS", "FRENCH LEAGUE SUMMARIES": the wire's
     * headlines of a country's league fixtures hold a nationality and common nouns (the body writes "Scottish
     * league matches"), and CoNLL tags the nationality alone. The model, which never saw such a headline, ran the
     * words into one MISC or ORG span; a span of a country's adjective and only such words is cut to the
     * adjective, MISC. A continent's adjective is left alone ("AFRICAN NATIONS CUP"), and so is a name with
     * another word ("ENGLISH LEAGUE CUP", "ENGLISH PREMIER LEAGUE": see {@link #writeCompetition}).
     */
    static void nationalLeagues(String[] words, String[] tags, Predicate<String> demonym) {
        for (Span span : Span.in(tags)) {
            if (span.length() < 2 || !nationalPrefix(words, span.start(), demonym)) {
                continue;
            }
            boolean leagueWords = true;
            for (int k = span.start() + 1; k < span.end() && leagueWords; k++) {
                leagueWords = LEAGUE_WORDS.contains(words[k].toLowerCase(Locale.ROOT));
            }
            if (leagueWords) {
                for (int k = span.start() + 1; k < span.end(); k++) {
                    tags[k] = "O";
                }
                Labels.nameAlone(tags, span.start(), span.start() + 1, "MISC");
            }
        }
    }

    /**
     * Names words [from, to) a competition, MISC. A country's adjective opening the name before two words or more is a
     * nationality of its own ("English" + "Premier League", "English" + "County Championship", as CoNLL tags them);
     * before one word it stays in ("French Open"); a continent's is part of the name ("African Nations Cup",
     * "European Cup", "Asian Games").
     */
    static void writeCompetition(String[] words, String[] tags, int from, int to, Predicate<String> demonym) {
        if (to - from >= 3 && nationalPrefix(words, from, demonym)) {
            Labels.nameAlone(tags, from, from + 1, "MISC");
            from++;
        }
        Labels.nameAlone(tags, from, to, "MISC");
    }

    private static boolean nationalPrefix(String[] words, int from, Predicate<String> demonym) {
        return demonym.test(words[from]) && !CONTINENTAL.contains(words[from].toLowerCase(Locale.ROOT));
    }

    /**
     * A name of two words or more ending in one of {@link #COMPETITION_HEADS}, without a sport's name in it; a
     * country's adjective and the head alone ("ENGLISH LEAGUE", "Dutch Cup") are left to the model: wire copy
     * writes them both as a nationality before a common noun and as a competition's name.
     */
    private static boolean isCompetition(String[] words, int from, int to, Predicate<String> demonym) {
        if (to - from == 2 && nationalPrefix(words, from, demonym)) {
            return false;
        }
        if (to - from < 2 || !Words.startsUpper(words[to - 1])
                || !COMPETITION_HEADS.contains(words[to - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = from; k < to - 1; k++) {
            if (SPORT_NOUNS.contains(words[k].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A town's name that the story uses as a club's ("Bordeaux won 2-0 at Nancy", "Durham beat Kent", "with leaders
     * Lyon"), or that a results table of the story made a club, is an organisation in all its mentions typed as
     * places, the all-caps headline's included, except after "in" ("played in Lyon") and in the dateline, which
     * the dateline rule reads after this. Countries and continents are national sides, places under CoNLL.
     */
    static void clubs(List<String[]> sentences, List<String[]> tags, Predicate<String> country) {
        Set<String> clubs = new HashSet<>();
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if (span.type() == Span.LOC && asClub(w, t, span.start(), span.end())) {
                clubs.add(key(w, span));
            }
        });
        clubs.removeIf(name -> NOT_CLUBS.contains(name) || country.test(name));
        if (clubs.isEmpty()) {
            return;
        }
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if (span.type() == Span.LOC && clubs.contains(key(w, span))
                    && (span.start() == 0 || !w[span.start() - 1].equalsIgnoreCase("in"))) {
                Labels.nameAlone(t, span.start(), span.end(), "ORG");
            }
        });
    }

    private static boolean asClub(String[] w, String[] t, int from, int to) {
        if (to < w.length && MATCH_VERBS.contains(w[to])) {
            return true;
        }
        if (from == 0) {
            return false;
        }
        String before = w[from - 1];
        if (BEFORE_OPPONENT.contains(before)) {
            return true;
        }
        // "drew 1-1 with Lyon", "won 2-0 at Nancy", "lost 1-0 to Hanover": a score, then the opponent; "losing 2-0
        // at home to Toulouse", "away to Lyon"
        return (before.equals("with") || before.equals("at") || before.equals("to")) && from >= 2
                && (isScore(w[from - 2]) || MATCH_VERBS.contains(w[from - 2])
                        || before.equals("to") && (w[from - 2].equals("home") || w[from - 2].equals("away")));
    }

    // a span's words as the story's names are compared: the all-caps headline's "LYON" is the body's "Lyon"
    private static String key(String[] w, Span span) {
        return span.text(w).toLowerCase(Locale.ROOT);
    }

    private static boolean isScore(String word) {
        int dash = word.indexOf('-');
        return dash > 0 && dash < word.length() - 1 && ResultTables.allDigits(word.substring(0, dash))
                && ResultTables.allDigits(word.substring(dash + 1));
    }

    private static boolean isUpper(String word) {
        return !word.isEmpty() && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
    }
}

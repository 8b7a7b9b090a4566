package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of markets copy: stock indices and companies. Wire copy reports markets daily ("The FTSE 100 index closed
 * up", "Spanish telecoms group Telefonica said"), GMB and wikigold hardly ever, and the model read indices as
 * nothing or places and foreign companies' names as persons ("Rio Tinto", "Societe Generale", "Carrefour"). Under
 * the CoNLL-2003 conventions an index is MISC and a company ORG.
 */
final class MarketNames {

    // the indices' names, lower-cased tokens; the second list only before one of INDEX_WORDS (gazetteer/indices.txt)
    private static final List<String[]> INDICES = new ArrayList<>();
    private static final List<String[]> INDICES_BEFORE_INDEX_WORD = new ArrayList<>();

    // every name's first token, so that a word no name starts with costs one lookup (the tagger runs this on every
    // sentence of every article)
    private static final Set<String> FIRST_TOKENS = new HashSet<>();

    static {
        for (String line : Gazetteer.words("indices.txt")) {
            boolean ambiguous = line.startsWith("?");
            String[] tokens = (ambiguous ? line.substring(1) : line).toLowerCase(Locale.ROOT).split(" ");
            (ambiguous ? INDICES_BEFORE_INDEX_WORD : INDICES).add(tokens);
            FIRST_TOKENS.add(tokens[0]);
        }
    }

    private static final Set<String> INDEX_WORDS = Set.of("index", "average", "composite", "industrial",
            "futures");

    /**
     * Words that, written just before a name, say it is a company's: "telecoms group Telefonica", "retailer
     * Carrefour", "chipmaker TSMC". Not the nouns that are persons' jobs too: "producer" ("producer Wang Yiru"),
     * "broker", "maker" ("film maker"), "miner", "operator", "brewer".
     */
    private static final Set<String> COMPANY_NOUNS = Set.of("group", "company", "firm", "retailer", "bank",
            "lender", "insurer", "airline", "carrier", "chipmaker", "carmaker", "automaker", "manufacturer",
            "conglomerate", "monopoly", "brokerage");

    /** Market jobs: "a trader at Sucden", "said a dealer at Cazenove", "an analyst at MF Global". */
    private static final Set<String> MARKET_JOBS = Set.of("analyst", "analysts", "trader", "traders", "dealer",
            "dealers", "strategist", "strategists", "economist", "economists", "broker", "brokers");

    /** What a company's shares do, so that "Carrefour shares fell" is a cue and "Smith shares the view" is not. */
    private static final Set<String> PRICE_MOVES = Set.of("rose", "fell", "gained", "lost", "jumped", "closed",
            "eased", "added", "slipped", "dropped", "climbed", "ended", "slumped", "surged", "edged", "were", "was",
            "traded", "firmed", "tumbled", "soared", "plunged", "opened");

    private MarketNames() {
    }

    /**
     * A stock index's name (gazetteer/indices.txt, in any case but capitalised: not "a wig") that the model left untagged or tagged as a span of
     * its own, of any type, is MISC. A name that runs on into a longer span ("Hang Seng Bank") is left alone.
     */
    static void indices(String[] words, String[] tags) {
        String[] lower = null;
        int i = 0;
        while (i < words.length) {
            int end = i;
            if (Words.startsUpper(words[i]) && FIRST_TOKENS.contains(words[i].toLowerCase(Locale.ROOT))) {
                if (lower == null) {
                    lower = new String[words.length];
                    for (int k = 0; k < words.length; k++) {
                        lower[k] = words[k].toLowerCase(Locale.ROOT);
                    }
                }
                end = longestIndexAt(lower, i);
            }
            if (end > i && Labels.cutsNoName(tags, i, end)) {
                Labels.name(tags, i, end, "MISC");
                i = end;
            } else {
                i++;
            }
        }
    }

    /** The end of the longest index name at {@code i} of the lower-cased {@code words}, or {@code i}. */
    private static int longestIndexAt(String[] words, int i) {
        int best = i;
        for (String[] name : INDICES) {
            if (i + name.length > best && matches(words, i, name)) {
                best = i + name.length;
            }
        }
        for (String[] name : INDICES_BEFORE_INDEX_WORD) {
            int end = i + name.length;
            if (end > best && end < words.length && matches(words, i, name)
                    && INDEX_WORDS.contains(words[end])) {
                best = end;
            }
        }
        return best;
    }

    private static boolean matches(String[] words, int i, String[] name) {
        if (i + name.length > words.length) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (!words[i + k].equals(name[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name typed as a person or a place that the document calls a company somewhere ("group Telefonica",
     * "Carrefour shares", "Rio Tinto 's shares", "a trader at Sucden") is an organisation in every sentence of the
     * document: the cue stands once, the name recurs. Runs before the document vote, so the vote sees the
     * organisation.
     */
    static void companies(List<String[]> sentences, List<String[]> tags) {
        Set<String> companies = new HashSet<>();
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if ((span.type() == Span.PER || span.type() == Span.LOC) && companyCue(w, span.start(), span.end())) {
                companies.add(span.text(w));
            }
        });
        for (int s = 0; s < sentences.size(); s++) {
            moversListed(sentences.get(s), tags.get(s), companies);
        }
        if (companies.isEmpty()) {
            return;
        }
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if ((span.type() == Span.PER || span.type() == Span.LOC) && companies.contains(span.text(w))) {
                span.retype(t, "ORG");
            }
        });
    }

    /**
     * A market report lists the day's movers with the verb said once: "Telefonica lost 3.9 percent and Santander 7.2
     * percent", "Philips lost 2.0 percent and ING 0.9 percent". A capitalised run of up to three words that the
     * model left untagged, after "and", a comma or "while" and followed by a change in percent, is a company; the model
     * read none of them.
     */
    private static void moversListed(String[] w, String[] t, Set<String> companies) {
        for (int i = 1; i < w.length; i++) {
            if (!MOVER_LIST.contains(w[i - 1]) || !t[i].equals("O") || !Words.startsUpper(w[i])) {
                continue;
            }
            int j = i;
            while (j < w.length && j - i < 3 && t[j].equals("O") && Words.startsUpper(w[j])) {
                j++;
            }
            if (percentChangeAt(w, j)) {
                Labels.name(t, i, j, "ORG");
                companies.add(Words.join(w, i, j));
                i = j;
            }
        }
    }

    // "7.2 percent", "0.6 pct"
    private static boolean percentChangeAt(String[] w, int i) {
        return i + 1 < w.length && isNumber(w[i]) && PERCENT.contains(w[i + 1]);
    }

    private static final Set<String> PERCENT = Set.of("percent", "pct", "%");

    /** Words that open the next mover of a list: "Gazprom rose 4.1 percent and LUKOIL 3.6 percent". */
    private static final Set<String> MOVER_LIST = Set.of("and", ",", "while", "but", "whereas");

    private static boolean isNumber(String word) {
        boolean digit = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '.' && c != ',') {
                return false;
            }
        }
        return digit;
    }

    private static boolean companyCue(String[] w, int from, int to) {
        if (from >= 1 && COMPANY_NOUNS.contains(w[from - 1])) {
            return true;
        }
        if (from >= 2 && w[from - 1].equals("at") && MARKET_JOBS.contains(w[from - 2])) {
            return true;
        }
        // "Mitsubishi UFJ rose 0.7 percent", "... and Santander 7.2 percent": a mover's own change, the name opening
        // the sentence or a clause of the list ("the CAC-40 in Paris rose 1.7 percent" is the index's move)
        boolean opensClause = from == 0 || MOVER_LIST.contains(w[from - 1]);
        if (opensClause && (percentChangeAt(w, to)
                || (to < w.length && PRICE_MOVES.contains(w[to]) && percentChangeAt(w, to + 1)))) {
            return true;
        }
        int after = to < w.length && w[to].equals("'s") ? to + 1 : to;
        return after + 1 < w.length && w[after].equals("shares") && PRICE_MOVES.contains(w[after + 1]);
    }
}

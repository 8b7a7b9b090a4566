package dev.newsflow.enricher.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name lists (countries, demonyms, regions, cities, organisations, organisation cue words, titles, given
 * names) matched against a sentence, case-insensitively with a flag for an exact-case match. The lists are
 * written for newsflow and ship as resources under {@code dev/newsflow/enricher/gazetteer/}.
 */
public final class Gazetteer {

    /** The lists, in bit order. Phrase lists match spans; token lists match single tokens. */
    static final String[] LISTS = {"countries", "demonyms", "regions", "cities", "organisations",
            "orgcues", "titles", "firstnames"};
    private static final String[] SHORT = {"cty", "dem", "reg", "city", "org", "orgcue", "title", "first"};
    private static final int MAX_LEN = 6;

    private final Map<String, Integer> lower = new HashMap<>();
    private final Set<String> exact = new HashSet<>();

    private Gazetteer() {
    }

    /** The bundled lists; throws {@link ModelLoadException} when one is missing. */
    public static Gazetteer bundled() {
        Gazetteer g = new Gazetteer();
        for (int bit = 0; bit < LISTS.length; bit++) {
            String path = "/dev/newsflow/enricher/gazetteer/" + LISTS[bit] + ".txt";
            try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new ModelLoadException("gazetteer resource missing from the classpath: " + path);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                boolean tokenList = LISTS[bit].equals("firstnames");
                for (String line; (line = r.readLine()) != null; ) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    if (tokenList) {
                        for (String name : line.split("\\s+")) {
                            g.add(name, bit);
                        }
                    } else {
                        g.add(line, bit);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return g;
    }

    private void add(String phrase, int bit) {
        String joined = String.join(" ", Tokenizer.tokens(phrase).stream().map(Token::text).toList());
        lower.merge(joined.toLowerCase(Locale.ROOT), 1 << bit, (a, b) -> a | b);
        exact.add(bit + "|" + joined);
    }

    /** Whether the lower-cased phrase (tokens joined by one space) is on the named list. */
    public boolean contains(String list, String phrase) {
        Integer mask = lower.get(phrase.toLowerCase(Locale.ROOT));
        for (int bit = 0; bit < LISTS.length; bit++) {
            if (LISTS[bit].equals(list)) {
                return mask != null && (mask & (1 << bit)) != 0;
            }
        }
        throw new IllegalArgumentException("no such list: " + list);
    }

    /**
     * For each token, the list features it takes part in: {@code cty:B}, {@code cty:I}, with {@code :x} added
     * when the case matched exactly. Longest match per list from each start.
     */
    @SuppressWarnings("unchecked")
    public List<String>[] match(String[] words, String[] lowerWords) {
        int n = words.length;
        List<String>[] out = new List[n];
        int[] coveredUntil = new int[LISTS.length];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int seenMask = 0;
            for (int len = Math.min(MAX_LEN, n - i); len >= 1; len--) {
                sb.setLength(0);
                for (int k = i; k < i + len; k++) {
                    if (k > i) {
                        sb.append(' ');
                    }
                    sb.append(lowerWords[k]);
                }
                Integer mask = lower.get(sb.toString());
                if (mask == null) {
                    continue;
                }
                for (int bit = 0; bit < LISTS.length; bit++) {
                    if ((mask & (1 << bit)) == 0 || (seenMask & (1 << bit)) != 0 || coveredUntil[bit] > i) {
                        continue;
                    }
                    seenMask |= 1 << bit;
                    coveredUntil[bit] = i + len;
                    sb.setLength(0);
                    for (int k = i; k < i + len; k++) {
                        if (k > i) {
                            sb.append(' ');
                        }
                        sb.append(words[k]);
                    }
                    boolean exactCase = exact.contains(bit + "|" + sb);
                    for (int k = i; k < i + len; k++) {
                        if (out[k] == null) {
                            out[k] = new ArrayList<>(4);
                        }
                        String f = SHORT[bit] + (k == i ? ":B" : ":I");
                        out[k].add(f);
                        if (exactCase) {
                            out[k].add(f + ":x");
                        }
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (out[i] == null) {
                out[i] = List.of();
            }
        }
        return out;
    }
}

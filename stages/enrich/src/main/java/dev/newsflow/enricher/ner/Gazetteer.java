package dev.newsflow.enricher.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Name lists (countries, demonyms, regions, cities, organisations, organisation cue words, titles, given
 * names) matched against a sentence, case-insensitively with a flag for an exact-case match. The lists are
 * written for newsflow and ship as resources under {@code dev/newsflow/enricher/gazetteer/}.
 */
public final class Gazetteer {

    /** The lists, in bit order. Phrase lists match spans; token lists match single tokens. */
    static final String[] LISTS = {"countries", "demonyms", "regions", "cities", "organisations",
            "orgcues", "titles", "firstnames"};
    private static final int MAX_LEN = 6;

    private static final long PHRASE_SEED = 0x6761_7a65_7474_6565L;

    // phrase hash of the lower-cased tokens -> bit mask of the lists holding it
    private final LongIntTable lower = new LongIntTable(8192);
    // (list bit, phrase hash of the tokens as written) for exact-case matches
    private final LongIntTable exact = new LongIntTable(8192);

    // the lists of this instance, in bit order (LISTS for the bundled gazetteer)
    private final String[] lists;

    private Gazetteer(String[] lists) {
        this.lists = lists;
    }

    /** The bundled lists; throws {@link ModelLoadException} when one is missing. */
    public static Gazetteer bundled() {
        return of(LISTS);
    }

    /**
     * A gazetteer of other lists under the gazetteer folder (at most 8: four bits each in an int), for feature
     * templates that keep their lists apart from the bundled ones (see {@link NerFeatures.Extension}).
     */
    static Gazetteer of(String... lists) {
        if (lists.length > 8) {
            throw new IllegalArgumentException("at most 8 lists, not " + lists.length);
        }
        Gazetteer g = new Gazetteer(lists.clone());
        for (int bit = 0; bit < lists.length; bit++) {
            String path = "/dev/newsflow/enricher/gazetteer/" + lists[bit] + ".txt";
            try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new ModelLoadException("gazetteer resource missing from the classpath: " + path);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                boolean tokenList = lists[bit].equals("firstnames");
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

    /** The entries of a one-a-line resource under the gazetteer folder (blank lines and # comments skipped). */
    static Set<String> words(String name) {
        String path = "/dev/newsflow/enricher/gazetteer/" + name;
        try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ModelLoadException("gazetteer resource missing from the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String phrase, int bit) {
        List<Token> tokens = Tokenizer.tokens(phrase);
        long low = PHRASE_SEED;
        long cased = PHRASE_SEED;
        for (Token t : tokens) {
            low = FeatureHash.combine(low, FeatureHash.lower(t.text()));
            cased = FeatureHash.combine(cased, FeatureHash.of(t.text()));
        }
        lower.put(nonZero(low), lower.get(nonZero(low), 0) | 1 << bit, 0);
        exact.put(nonZero(FeatureHash.combine(bit, cased)), 1, 0);
    }

    private static long nonZero(long h) {
        return h == 0 ? 1 : h;
    }

    /** Whether the phrase (tokens joined by one space) is on the named list, ignoring case. */
    public boolean contains(String list, String phrase) {
        long h = PHRASE_SEED;
        for (String t : phrase.split(" ")) {
            h = FeatureHash.combine(h, FeatureHash.lower(t));
        }
        int mask = lower.get(nonZero(h), 0);
        for (int bit = 0; bit < lists.length; bit++) {
            if (lists[bit].equals(list)) {
                return (mask & (1 << bit)) != 0;
            }
        }
        throw new IllegalArgumentException("no such list: " + list);
    }

    /**
     * For each token, the lists it takes part in, four bits per list (bit 4*list + 0: begins a match, + 1:
     * inside a match, + 2 / + 3: the same with the case matching exactly). Longest match per list from each
     * start.
     *
     * @param lowerHashes {@link FeatureHash#lower} of each token
     * @param exactHashes {@link FeatureHash#of} of each token
     */
    int[] match(long[] lowerHashes, long[] exactHashes) {
        int n = lowerHashes.length;
        int[] out = new int[n];
        int[] coveredUntil = new int[lists.length];
        long[] phrase = new long[MAX_LEN];
        for (int i = 0; i < n; i++) {
            int maxLen = Math.min(MAX_LEN, n - i);
            long h = PHRASE_SEED;
            for (int len = 1; len <= maxLen; len++) {
                h = FeatureHash.combine(h, lowerHashes[i + len - 1]);
                phrase[len - 1] = nonZero(h);
            }
            int seenMask = 0;
            for (int len = maxLen; len >= 1; len--) {
                int mask = lower.get(phrase[len - 1], 0);
                if (mask == 0) {
                    continue;
                }
                long cased = 0;
                for (int bit = 0; bit < lists.length; bit++) {
                    if ((mask & (1 << bit)) == 0 || (seenMask & (1 << bit)) != 0 || coveredUntil[bit] > i) {
                        continue;
                    }
                    seenMask |= 1 << bit;
                    coveredUntil[bit] = i + len;
                    if (cased == 0) {
                        cased = PHRASE_SEED;
                        for (int k = i; k < i + len; k++) {
                            cased = FeatureHash.combine(cased, exactHashes[k]);
                        }
                    }
                    boolean exactCase = exact.get(nonZero(FeatureHash.combine(bit, cased)), 0) != 0;
                    for (int k = i; k < i + len; k++) {
                        int b = 4 * bit + (k == i ? 0 : 1);
                        out[k] |= 1 << b;
                        if (exactCase) {
                            out[k] |= 1 << (b + 2);
                        }
                    }
                }
            }
        }
        return out;
    }
}

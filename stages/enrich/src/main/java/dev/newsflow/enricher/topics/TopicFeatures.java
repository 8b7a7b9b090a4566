package dev.newsflow.enricher.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the learnt topic model sees of an article: its lower-cased words without function words and numbers
 * (bag of words) and the pairs of neighbouring content words (bigrams), the headline's counted
 * {@value #HEADLINE_REPEATS} times. A word the lexicon marks as one of several senses ("arsenal", "strike",
 * "bank") is left out as a word on its own, so it can never decide a topic alone; it stays inside bigrams
 * ("nuclear arsenal", "arsenal manager"), where its neighbour says which sense is meant.
 */
public final class TopicFeatures {

    /** How many times a headline's features count, as the lexicon weighs headline terms. */
    public static final int HEADLINE_REPEATS = 3;

    // English function words and news boilerplate: they say nothing of the topic and only make the model bigger
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had",
            "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
            "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no",
            "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves",
            "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
            "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
            "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while",
            "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "said", "says",
            "say", "told", "mr", "mrs", "ms", "one", "two", "three", "year", "years", "new", "last", "first",
            "many", "much", "may", "might", "must", "us", "it's", "don't", "didn't", "can't", "won't");

    /** A feature every document has: OpenNLP's maximum entropy has no intercept, this one learns the topic mix. */
    public static final String BIAS = "*bias*";

    /** The prefix of a word-cluster feature: "c#" and the fine cluster id, which no word can be. */
    public static final String CLUSTER_PREFIX = "c#";

    private final TopicLexicon lexicon;
    // null: no cluster features (a model trained without them)
    private final WordTopicAffinity clusters;

    public TopicFeatures(TopicLexicon lexicon) {
        this(lexicon, null);
    }

    /**
     * With {@code clusters}, each content word also gives its fine word cluster as a feature ({@value #CLUSTER_PREFIX}
     * and the id), so a word the training data never held shares the weights of its cluster-mates.
     */
    public TopicFeatures(TopicLexicon lexicon, WordTopicAffinity clusters) {
        this.lexicon = lexicon;
        this.clusters = clusters;
    }

    /** The model's features for an article (either part may be null or empty). */
    public String[] of(String headline, String body) {
        List<String> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        add(headline, head, true);
        for (int i = 0; i < HEADLINE_REPEATS; i++) {
            out.addAll(head);
        }
        add(body, out, true);
        return out.toArray(String[]::new);
    }

    /**
     * The article's content words, headline words {@value #HEADLINE_REPEATS} times, without function words,
     * numbers and words of several senses: what the descriptor score ({@link WordTopicAffinity}) reads.
     */
    public List<String> contentWords(String headline, String body) {
        List<String> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        add(headline, head, false);
        for (int i = 0; i < HEADLINE_REPEATS; i++) {
            out.addAll(head);
        }
        add(body, out, false);
        return out;
    }

    /** The features with {@link #BIAS} added, as the model is trained and asked. */
    public static String[] withBias(String[] features) {
        String[] out = Arrays.copyOf(features, features.length + 1);
        out[features.length] = BIAS;
        return out;
    }

    private void add(String text, List<String> out, boolean modelFeatures) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String previous = null;
        for (String raw : TopicWords.split(text.toLowerCase(Locale.ROOT).replace('’', '\''))) {
            String w = strip(raw);
            if (w.length() < 2 || STOP_WORDS.contains(w) || !hasLetter(w)) {
                previous = null;   // a function word or a number breaks the pair: no "bank_england" from "bank of england"
                continue;
            }
            if (!lexicon.hasSeveralSenses(w)) {
                out.add(w);
                if (modelFeatures && clusters != null) {
                    int c = clusters.cluster(w);
                    if (c != WordTopicAffinity.UNKNOWN) {
                        out.add(CLUSTER_PREFIX + c);
                    }
                }
            }
            if (modelFeatures && previous != null) {
                out.add(previous + "_" + w);
            }
            previous = w;
        }
    }

    // as w.chars().anyMatch(Character::isLetter), without a stream per word
    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String w) {
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        int start = 0;
        int end = w.length();
        while (start < end && (w.charAt(start) == '\'' || w.charAt(start) == '-')) {
            start++;
        }
        while (end > start && (w.charAt(end - 1) == '\'' || w.charAt(end - 1) == '-')) {
            end--;
        }
        return w.substring(start, end);
    }
}

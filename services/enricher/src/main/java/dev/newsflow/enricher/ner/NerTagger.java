package dev.newsflow.enricher.ner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Named-entity tagger: a greedy left-to-right averaged perceptron over {@link NerFeatures}, emitting IOB2
 * tags with the CoNLL-2003 types PER, ORG, LOC, MISC. Thread-safe.
 */
public final class NerTagger {

    /** Classpath location of the bundled model. */
    public static final String MODEL_RESOURCE = "/dev/newsflow/enricher/ner/ner-model.bin.gz";

    private final PerceptronModel model;
    private final NerFeatures features;
    private final Gazetteer gazetteer;

    NerTagger(PerceptronModel model, Gazetteer gazetteer) {
        this.model = model;
        this.gazetteer = gazetteer;
        this.features = new NerFeatures(gazetteer, model.casing);
    }

    /** The model bundled with the enricher; throws {@link ModelLoadException} with the reason if it cannot load. */
    public static NerTagger bundled() {
        InputStream in = NerTagger.class.getResourceAsStream(MODEL_RESOURCE);
        if (in == null) {
            throw new ModelLoadException("NER model " + MODEL_RESOURCE + " is missing from the classpath; "
                    + "train it with `newsflow train ner` (see services/enricher/TRAINING.md)");
        }
        return load(in, MODEL_RESOURCE);
    }

    /** A model from a file written by {@link NerTrainer}. */
    public static NerTagger load(Path file) {
        try {
            return load(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new ModelLoadException("cannot read NER model " + file + ": " + e.getMessage(), e);
        }
    }

    private static NerTagger load(InputStream raw, String name) {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)) {
            return new NerTagger(PerceptronModel.read(new BufferedInputStream(in, 1 << 16)), Gazetteer.bundled());
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelLoadException mle) {
                throw mle;
            }
            throw new ModelLoadException("cannot load NER model " + name + ": " + e, e);
        }
    }

    /**
     * IOB2 tags of one sentence's tokens, greedily left to right as the model was trained (a beam over a
     * locally trained perceptron compares scores of different histories, which are not comparable).
     */
    public String[] tag(String[] words) {
        String[] tags = new String[words.length];
        if (words.length == 0) {
            return tags;
        }
        NerFeatures.Prepared p = features.prepare(words);
        List<String> feats = new ArrayList<>(64);
        double[] scores = new double[model.labels.length];
        String prev = "<s>";
        String prev2 = "<s>";
        for (int i = 0; i < words.length; i++) {
            feats.clear();
            features.fixed(p, i, feats);
            NerFeatures.dynamic(p, i, prev, prev2, feats);
            java.util.Arrays.fill(scores, 0);
            model.score(feats, scores);
            int best = -1;
            for (int l = 0; l < scores.length; l++) {
                if (Labels.allowed(prev, model.labels[l]) && (best < 0 || scores[l] > scores[best])) {
                    best = l;
                }
            }
            tags[i] = model.labels[best];
            prev2 = prev;
            prev = tags[i];
        }
        return tags;
    }

    /** Tags of every sentence of one document, made consistent across the document. */
    public List<String[]> tagDocument(List<String[]> sentences) {
        List<String[]> tags = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            String[] t = tag(s);
            trimTitles(s, t);
            tags.add(t);
        }
        DocumentConsistency.apply(sentences, tags);
        return tags;
    }

    /**
     * CoNLL conventions the model may miss in unusual layouts (captions): a span that opens with title words
     * ("State Colin Powell" of "Secretary of State Colin Powell") starts at the given name as a person, and a
     * person split in two ("Donald" "Rumsfeld") is one person.
     */
    void trimTitles(String[] words, String[] tags) {
        for (int[] span : DocumentConsistency.spans(tags)) {
            for (int k = span[0] + 1; k < span[1] - 1; k++) {
                if (!gazetteer.contains("firstnames", words[k])) {
                    continue;
                }
                boolean titles = true;
                for (int j = span[0]; j < k; j++) {
                    titles &= gazetteer.contains("titles", words[j]) || TITLE_WORDS.contains(words[j]);
                }
                if (titles) {
                    for (int j = span[0]; j < span[1]; j++) {
                        tags[j] = j < k ? "O" : (j == k ? "B-PER" : "I-PER");
                    }
                }
                break;
            }
        }
        for (int i = 1; i < tags.length; i++) {
            if (tags[i].equals("B-PER") && (tags[i - 1].equals("B-PER") || tags[i - 1].equals("I-PER"))) {
                tags[i] = "I-PER";
            }
        }
    }

    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("State", "of", "Affairs", "Home",
            "Defence", "Defense", "Foreign", "Interior", "Health", "Justice", "Trade", "Energy", "Culture");

    /** Number of features in the model. */
    public int featureCount() {
        return model.index.size();
    }
}

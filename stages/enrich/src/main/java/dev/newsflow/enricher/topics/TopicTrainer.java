package dev.newsflow.enricher.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the topic model: OpenNLP's maximum-entropy document categorizer over {@link TopicFeatures} (words and
 * bigrams, each passed to OpenNLP's bag-of-words generator). Deterministic: the same documents in the same order
 * give the same model.
 */
public final class TopicTrainer {

    /**
     * @param cutoff      a feature seen fewer times in the training documents is left out
     * @param iterations  GIS iterations
     * @param clusters    each content word's fine word cluster as a feature too ({@link WordTopicAffinity#cluster})
     */
    public record Options(int cutoff, int iterations, boolean clusters) {
        public static Options defaults() {
            return new Options(4, 100, false);
        }
    }

    private final TopicLexicon lexicon;

    public TopicTrainer(TopicLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public TopicModel train(List<TopicCorpus.Document> docs, Options options) {
        TopicFeatures features = new TopicFeatures(lexicon, options.clusters() ? WordTopicAffinity.bundled() : null);
        List<DocumentSample> samples = new ArrayList<>();
        for (TopicCorpus.Document d : docs) {
            samples.add(new DocumentSample(d.label(), TopicFeatures.withBias(features.of(d.headline(), d.text()))));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
        params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        try {
            DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), params,
                    new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
            return new TopicModel(model, lexicon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

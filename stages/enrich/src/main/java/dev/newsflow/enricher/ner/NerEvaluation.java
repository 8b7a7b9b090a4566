package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.List;

/** Tags gold documents with a tagger and scores the result. */
public final class NerEvaluation {

    private NerEvaluation() {
    }

    /** The documents with predicted tags; documents opened by -DOCSTART- are tagged as a whole (consistency). */
    public static List<ConllCorpus.Document> predict(NerTagger tagger, List<ConllCorpus.Document> docs) {
        List<ConllCorpus.Document> out = new ArrayList<>(docs.size());
        for (ConllCorpus.Document d : docs) {
            List<String[]> words = d.sentences().stream().map(ConllCorpus.Sentence::words).toList();
            // Without document boundaries (GMB) sentences of unrelated stories must not vote together.
            List<String[]> tags;
            if (d.docstart()) {
                tags = tagger.tagDocument(words);
            } else {
                tags = new ArrayList<>(words.size());
                for (String[] w : words) {
                    tags.add(tagger.tagDocument(List.<String[]>of(w)).getFirst());
                }
            }
            List<ConllCorpus.Sentence> sentences = new ArrayList<>(words.size());
            for (int i = 0; i < words.size(); i++) {
                sentences.add(new ConllCorpus.Sentence(words.get(i), tags.get(i)));
            }
            out.add(new ConllCorpus.Document(sentences, d.docstart()));
        }
        return out;
    }

    /** Scores predictions against gold documents of the same shape. */
    public static NerScorer score(List<ConllCorpus.Document> gold, List<ConllCorpus.Document> predicted) {
        NerScorer scorer = new NerScorer();
        addTo(scorer, gold, predicted);
        return scorer;
    }

    /** Adds the predictions' counts to a scorer (pooled over several parts). */
    public static void addTo(NerScorer scorer, List<ConllCorpus.Document> gold, List<ConllCorpus.Document> predicted) {
        for (int d = 0; d < gold.size(); d++) {
            List<ConllCorpus.Sentence> g = gold.get(d).sentences();
            List<ConllCorpus.Sentence> p = predicted.get(d).sentences();
            for (int s = 0; s < g.size(); s++) {
                scorer.add(g.get(s).tags(), p.get(s).tags());
            }
        }
    }
}

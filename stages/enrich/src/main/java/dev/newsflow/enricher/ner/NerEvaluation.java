package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * What one rule after the model does to a gold set: F1 with every rule minus F1 without this one, and the gold
     * spans it makes right (wrong without it) and makes wrong (right without it).
     */
    public record RuleEffect(String rule, double f1Gain, int wrongToRight, int rightToWrong) {
    }

    /** Each rule's effect, in the order the rules run; the predictions with every rule are given. */
    public static List<RuleEffect> ruleEffects(NerTagger tagger, List<ConllCorpus.Document> gold,
            List<ConllCorpus.Document> predicted) {
        double f1 = score(gold, predicted).counts().get("ALL").f1();
        List<RuleEffect> out = new ArrayList<>();
        for (String rule : tagger.ruleNames()) {
            List<ConllCorpus.Document> without = predict(tagger.withoutRules(List.of(rule)), gold);
            int[] moved = new int[2];
            eachSentence(gold, predicted, without, (g, with, wo, words) -> {
                Set<String> right = NerScorer.entities(g);
                Set<String> withRule = NerScorer.entities(with);
                Set<String> withoutRule = NerScorer.entities(wo);
                for (String e : right) {
                    if (withRule.contains(e) && !withoutRule.contains(e)) {
                        moved[0]++;
                    } else if (!withRule.contains(e) && withoutRule.contains(e)) {
                        moved[1]++;
                    }
                }
            });
            double gain = f1 - score(gold, without).counts().get("ALL").f1();
            out.add(new RuleEffect(rule, gain, moved[0], moved[1]));
        }
        return out;
    }

    /**
     * One line per gold span a rule makes wrong ("R->W") or right ("W->R"): the gold span, what the other side
     * predicted over its words, and the sentence; for reading what a rule does.
     */
    public static List<String> ruleChanges(NerTagger tagger, String rule, List<ConllCorpus.Document> gold,
            List<ConllCorpus.Document> predicted) {
        List<ConllCorpus.Document> without = predict(tagger.withoutRules(List.of(rule)), gold);
        List<String> lines = new ArrayList<>();
        eachSentence(gold, predicted, without, (g, with, wo, words) -> {
            Set<String> withRule = NerScorer.entities(with);
            Set<String> withoutRule = NerScorer.entities(wo);
            for (String e : NerScorer.entities(g)) {
                boolean made = withRule.contains(e) && !withoutRule.contains(e);
                boolean unmade = !withRule.contains(e) && withoutRule.contains(e);
                if (made || unmade) {
                    lines.add(String.format(Locale.ROOT, "%s  gold %s  rule %s  without %s  | %s",
                            made ? "W->R" : "R->W", describe(e, words), overlapping(e, withRule, words),
                            overlapping(e, withoutRule, words), String.join(" ", words)));
                }
            }
        });
        return lines;
    }

    private interface SentenceVisitor {
        void visit(String[] gold, String[] with, String[] without, String[] words);
    }

    private static void eachSentence(List<ConllCorpus.Document> gold, List<ConllCorpus.Document> with,
            List<ConllCorpus.Document> without, SentenceVisitor visitor) {
        for (int d = 0; d < gold.size(); d++) {
            List<ConllCorpus.Sentence> g = gold.get(d).sentences();
            for (int s = 0; s < g.size(); s++) {
                visitor.visit(g.get(s).tags(), with.get(d).sentences().get(s).tags(),
                        without.get(d).sentences().get(s).tags(), g.get(s).words());
            }
        }
    }

    // "[Sri Lanka]LOC" for an entity "start:end:TYPE"
    private static String describe(String entity, String[] words) {
        String[] parts = entity.split(":");
        int start = Integer.parseInt(parts[0]);
        int end = Integer.parseInt(parts[1]);
        return "[" + String.join(" ", Arrays.copyOfRange(words, start, end)) + "]" + parts[2];
    }

    // the predicted entities that share a word with a gold one, or "-"
    private static String overlapping(String entity, Set<String> predicted, String[] words) {
        String[] parts = entity.split(":");
        int start = Integer.parseInt(parts[0]);
        int end = Integer.parseInt(parts[1]);
        List<String> out = new ArrayList<>();
        for (String p : new TreeSet<>(predicted)) {
            String[] q = p.split(":");
            if (Integer.parseInt(q[0]) < end && Integer.parseInt(q[1]) > start) {
                out.add(describe(p, words));
            }
        }
        return out.isEmpty() ? "-" : String.join(" ", out);
    }
}

package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cross-validation scores every sentence exactly once and leaves the caller's corpora as they were. */
class NerCrossValidationTest {

    private static ConllCorpus.Sentence sentence(String text, String tags) {
        return new ConllCorpus.Sentence(text.split(" "), tags.split(" "));
    }

    private static List<ConllCorpus.Sentence> gmb() {
        List<ConllCorpus.Sentence> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(sentence("President Putin met officials in Moscow on Monday .", "O B-PER O O O B-LOC O O O"));
            out.add(sentence("The United Nations said Iran must stop .", "O B-ORG I-ORG O B-LOC O O O"));
        }
        return out;
    }

    private static List<ConllCorpus.Document> wikigold() {
        List<ConllCorpus.Document> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(new ConllCorpus.Document(List.of(
                    sentence("Arsenal beat Chelsea in London .", "B-ORG O B-ORG O B-LOC O"),
                    sentence("Arsene Wenger was pleased .", "B-PER I-PER O O O")), true));
        }
        return out;
    }

    @Test
    void scoresEverySentenceOfBothCorporaExactlyOnce() throws Exception {
        List<ConllCorpus.Sentence> gmb = gmb();
        List<String[]> tagsBefore = gmb.stream().map(s -> s.tags().clone()).toList();
        NerTrainer.Options options = new NerTrainer.Options(List.of(), null, 1, 1.0, 0.0, 1, 13,
                Set.of("the", "places", "orgs", "demonyms", "courtesy"), null);

        NerCrossValidation.Result result = NerCrossValidation.run(
                new NerTrainer(new PrintStream(OutputStream.nullOutputStream())), options, gmb, wikigold(), 3, 4);

        assertThat(result.folds()).hasSize(3);
        // 24 GMB sentences with 2 + 2 gold spans in each pair; 6 wikigold documents with 4 spans each
        assertThat(result.gmbPooled().counts().get("ALL").gold()).isEqualTo(12 * 4);
        assertThat(result.wikigoldPooled().counts().get("ALL").gold()).isEqualTo(6 * 4);
        assertThat(result.folds()).allSatisfy(f -> assertThat(f.gmb().counts().get("ALL").gold()).isPositive());
        // the relabelling of GMB to CoNLL conventions works on copies: the gold the folds are scored on is GMB's
        for (int i = 0; i < gmb.size(); i++) {
            assertThat(gmb.get(i).tags()).containsExactly(tagsBefore.get(i));
        }
        assertThat(result.report()).contains("GMB train CV: mean F1", "wikigold training half CV: mean F1");
    }

    @Test
    void scoresTheSameModelsOnReCasedCopiesOfEachFold() throws Exception {
        NerTrainer.Options options = new NerTrainer.Options(List.of(), null, 1, 1.0, 0.0, 3, 13, Set.of(), null);
        NerTrainer trainer = new NerTrainer(new PrintStream(OutputStream.nullOutputStream()));

        List<NerCrossValidation.Result> results = NerCrossValidation.run(trainer, options, gmb(), wikigold(), 3, 4,
                List.of(CaseVariant.AS_IS, CaseVariant.UPPER));

        assertThat(results).extracting(NerCrossValidation.Result::casing)
                .containsExactly(CaseVariant.AS_IS, CaseVariant.UPPER);
        NerCrossValidation.Result asIs = results.get(0);
        NerCrossValidation.Result upper = results.get(1);
        // the same gold spans, and the as-is figures are those of a run without variants
        assertThat(upper.gmbPooled().counts().get("ALL").gold()).isEqualTo(asIs.gmbPooled().counts().get("ALL").gold());
        assertThat(asIs.gmbPooled().counts().get("ALL").f1()).isEqualTo(NerCrossValidation.run(trainer, options, gmb(),
                wikigold(), 3, 4).gmbPooled().counts().get("ALL").f1());
        // trained without capital copies, a model that learnt "Moscow" and "Putin" as written tags them less well in
        // capitals: the upper-cased parts are really what was tagged
        assertThat(upper.gmbPooled().counts().get("ALL").f1()).isLessThan(asIs.gmbPooled().counts().get("ALL").f1());
        assertThat(upper.report()).contains("upper-cased");
    }
}

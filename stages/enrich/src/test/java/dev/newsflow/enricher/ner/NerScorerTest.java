package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NerScorerTest {

    @Test
    void countsOnlyExactSpanAndTypeAsCorrect() {
        NerScorer s = new NerScorer();
        s.add(new String[] {"B-PER", "I-PER", "O", "B-LOC"}, new String[] {"B-PER", "O", "O", "B-LOC"});
        s.add(new String[] {"B-ORG", "O"}, new String[] {"B-MISC", "O"});
        NerScorer.Counts all = s.counts().get("ALL");
        assertThat(all.gold()).isEqualTo(3);
        assertThat(all.predicted()).isEqualTo(3);
        assertThat(all.correct()).isEqualTo(1);
        assertThat(s.counts().get("LOC").f1()).isEqualTo(100.0);
    }

    @Test
    void readsAnIAfterOAsTheStartOfAnEntityAsConllevalDoes() {
        assertThat(NerScorer.entities(new String[] {"O", "I-PER", "I-PER", "I-LOC"}))
                .containsExactlyInAnyOrder("1:3:PER", "3:4:LOC");
    }
}

package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Re-cased copies change the words only: tags, sentence and document boundaries stay as they were. */
class CaseVariantTest {

    private static final List<ConllCorpus.Document> DOCS = List.of(new ConllCorpus.Document(List.of(
            new ConllCorpus.Sentence(new String[] {"The", "U.S.", "envoy", "met", "McCain", "in", "Kabul", "."},
                    new String[] {"O", "B-LOC", "O", "O", "B-PER", "O", "B-LOC", "O"})), true));

    private static String[] words(List<ConllCorpus.Document> docs) {
        return docs.getFirst().sentences().getFirst().words();
    }

    @Test
    void upperLowerAndTitleCaseEveryWordAndKeepTheTags() {
        assertThat(words(CaseVariant.UPPER.apply(DOCS)))
                .containsExactly("THE", "U.S.", "ENVOY", "MET", "MCCAIN", "IN", "KABUL", ".");
        assertThat(words(CaseVariant.LOWER.apply(DOCS)))
                .containsExactly("the", "u.s.", "envoy", "met", "mccain", "in", "kabul", ".");
        assertThat(words(CaseVariant.TITLE.apply(DOCS)))
                .containsExactly("The", "U.s.", "Envoy", "Met", "Mccain", "In", "Kabul", ".");
        for (CaseVariant v : CaseVariant.values()) {
            List<ConllCorpus.Document> copy = v.apply(DOCS);
            assertThat(copy.getFirst().docstart()).isTrue();
            assertThat(copy.getFirst().sentences().getFirst().tags())
                    .containsExactly(DOCS.getFirst().sentences().getFirst().tags());
        }
        // the gold itself is left as written
        assertThat(words(DOCS)[0]).isEqualTo("The");
    }

    @Test
    void namesTheKnownVariantsWhenGivenAnUnknownOne() {
        assertThat(CaseVariant.of("upper")).isEqualTo(CaseVariant.UPPER);
        assertThatThrownBy(() -> CaseVariant.of("shouting")).hasMessageContaining("as-is, upper, lower, title");
    }
}

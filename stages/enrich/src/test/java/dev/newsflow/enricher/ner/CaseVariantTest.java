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
        for (CaseVariant v : List.of(CaseVariant.UPPER, CaseVariant.LOWER, CaseVariant.TITLE)) {
            List<ConllCorpus.Document> copy = v.apply(DOCS);
            assertThat(copy.getFirst().docstart()).isTrue();
            assertThat(copy.getFirst().sentences().getFirst().tags())
                    .containsExactly(DOCS.getFirst().sentences().getFirst().tags());
        }
        // the gold itself is left as written
        assertThat(words(DOCS)[0]).isEqualTo("The");
    }

    private static ConllCorpus.Sentence sentence(String text) {
        String[] words = text.split(" ");
        String[] tags = new String[words.length];
        java.util.Arrays.fill(tags, "O");
        return new ConllCorpus.Sentence(words, tags);
    }

    @Test
    void headlineUpperCasesEachDocumentsFirstSentenceOnly() {
        List<ConllCorpus.Document> docs = List.of(
                new ConllCorpus.Document(List.of(sentence("Japan win in Tokyo ."), sentence("Fans cheered .")), true),
                new ConllCorpus.Document(List.of(sentence("China lose ."), sentence("It rained .")), true));
        List<ConllCorpus.Document> copy = CaseVariant.HEADLINE.apply(docs);
        assertThat(copy).hasSize(2);
        assertThat(copy.get(0).sentences().get(0).words()).containsExactly("JAPAN", "WIN", "IN", "TOKYO", ".");
        assertThat(copy.get(0).sentences().get(1).words()).containsExactly("Fans", "cheered", ".");
        assertThat(copy.get(1).sentences().get(0).words()).containsExactly("CHINA", "LOSE", ".");
        assertThat(copy.get(1).sentences().get(1).words()).containsExactly("It", "rained", ".");
    }

    @Test
    void headlineCutsTextWithoutDocumentMarksIntoMarkedDocuments() {
        List<ConllCorpus.Sentence> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < CaseVariant.HEADLINE_DOCUMENT + 2; i++) {
            sentences.add(sentence("Sentence " + i + " here ."));
        }
        List<ConllCorpus.Document> copy = CaseVariant.HEADLINE.apply(List.of(new ConllCorpus.Document(sentences, false)));
        assertThat(copy).hasSize(2);
        assertThat(copy).allMatch(ConllCorpus.Document::docstart);
        assertThat(copy.get(0).sentences()).hasSize(CaseVariant.HEADLINE_DOCUMENT);
        assertThat(copy.get(1).sentences()).hasSize(2);
        assertThat(copy.get(0).sentences().get(0).words()[0]).isEqualTo("SENTENCE");
        assertThat(copy.get(0).sentences().get(1).words()[0]).isEqualTo("Sentence");
        assertThat(copy.get(1).sentences().get(0).words()).containsExactly("SENTENCE",
                String.valueOf(CaseVariant.HEADLINE_DOCUMENT), "HERE", ".");
    }

    @Test
    void namesTheKnownVariantsWhenGivenAnUnknownOne() {
        assertThat(CaseVariant.of("upper")).isEqualTo(CaseVariant.UPPER);
        assertThatThrownBy(() -> CaseVariant.of("shouting")).hasMessageContaining("as-is, upper, lower, title, headline");
    }
}

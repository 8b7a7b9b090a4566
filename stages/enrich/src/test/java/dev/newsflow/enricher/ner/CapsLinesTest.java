package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names of the body copied into the document's all-caps lines. */
class CapsLinesTest {

    private static List<String[]> tags(String... lines) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.split(" "));
        }
        return out;
    }

    @Test
    void copiesTheBodysNamesAndSurnamesIntoTheHeadline() {
        List<String[]> words = tags("GOLF - HARMON LEADS IN MADRID .", "Jeff Harmon leads the Spanish Open in Madrid .");
        List<String[]> tags = tags("O O O O O B-ORG O", "B-PER I-PER O O B-MISC I-MISC O B-LOC O");
        CapsLines.namesFromBody(words, tags);
        // HARMON untagged -> the person; MADRID typed as an organisation, exactly that word -> the place
        assertThat(tags.get(0)).containsExactly("O", "O", "B-PER", "O", "O", "B-LOC", "O");
    }

    @Test
    void neverCutsOrStretchesASpanTheModelFound() {
        List<String[]> words = tags("NEW YORK STOCKS FALL", "Stocks fell in York on Monday .");
        List<String[]> tags = tags("B-LOC I-LOC O O", "O O O B-LOC O O O");
        CapsLines.namesFromBody(words, tags);
        assertThat(tags.get(0)).containsExactly("B-LOC", "I-LOC", "O", "O");
    }

    @Test
    void leavesADocumentWithoutMixedCaseLinesAlone() {
        List<String[]> words = tags("HARMON LEADS", "JEFF HARMON SHOT 68");
        List<String[]> tags = tags("O O", "B-PER I-PER O O");
        CapsLines.namesFromBody(words, tags);
        assertThat(tags.get(0)).containsExactly("O", "O");
        assertThat(CapsLines.isCapsLine("OTTAWA 33 10 4".split(" "))).isFalse();
        assertThat(CapsLines.isCapsLine("MEN 'S 100 METRES".split(" "))).isTrue();
    }
}

package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

    @Test
    void givesEveryMentionOfANameTheMajorityTypeAndTagsUntaggedRepeats() {
        List<String[]> words = List.of(
                new String[] {"Nato", "met", "."},
                new String[] {"Then", "Nato", "left", "."},
                new String[] {"Officials", "said", "Nato", "agreed", "."},
                new String[] {"We", "saw", "Nato", "."});
        List<String[]> tags = new ArrayList<>(List.of(
                new String[] {"B-ORG", "O", "O"},
                new String[] {"O", "B-ORG", "O", "O"},
                new String[] {"O", "O", "B-LOC", "O", "O"},
                new String[] {"O", "O", "O", "O"}));
        DocumentConsistency.apply(words, tags);
        assertThat(tags.get(2)[2]).isEqualTo("B-ORG");
        assertThat(tags.get(3)[2]).isEqualTo("B-ORG");
    }

    @Test
    void makesALoneSurnameAPerson() {
        List<String[]> words = List.of(
                new String[] {"Vladimir", "Putin", "spoke", "."},
                new String[] {"Putin", "smiled", "."});
        List<String[]> tags = new ArrayList<>(List.of(
                new String[] {"B-PER", "I-PER", "O", "O"},
                new String[] {"B-LOC", "O", "O"}));
        DocumentConsistency.apply(words, tags);
        assertThat(tags.get(1)[0]).isEqualTo("B-PER");
    }
}

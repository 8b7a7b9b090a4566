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

    @Test
    void makesALoneSurnameThePersonEvenWhenMostLoneMentionsWereTypedOtherwise() {
        List<String[]> words = List.of(
                new String[] {"Dewa", "Budjana", "was", "born", "in", "Bali", "."},
                new String[] {"Budjana", "'s", "style", "is", "his", "own", "."},
                new String[] {"Budjana", "'s", "first", "band", "split", "."},
                new String[] {"In", "1980", ",", "Budjana", "moved", "."});
        List<String[]> tags = new ArrayList<>(List.of(
                new String[] {"B-PER", "I-PER", "O", "O", "O", "B-LOC", "O"},
                new String[] {"B-LOC", "O", "O", "O", "O", "O", "O"},
                new String[] {"B-LOC", "O", "O", "O", "O", "O"},
                new String[] {"O", "O", "O", "B-LOC", "O", "O"}));
        DocumentConsistency.apply(words, tags, name -> false);
        assertThat(tags.get(1)[0]).isEqualTo("B-PER");
        assertThat(tags.get(2)[0]).isEqualTo("B-PER");
        assertThat(tags.get(3)[3]).isEqualTo("B-PER");
        assertThat(tags.get(0)[5]).isEqualTo("B-LOC");
    }

    @Test
    void leavesAListedPlaceThatEndsAPersonsNameToTheVotes() {
        List<String[]> words = List.of(
                new String[] {"George", "Washington", "crossed", "the", "river", "."},
                new String[] {"Officials", "in", "Washington", "said", "."},
                new String[] {"Washington", "denied", "it", "."});
        List<String[]> tags = new ArrayList<>(List.of(
                new String[] {"B-PER", "I-PER", "O", "O", "O", "O"},
                new String[] {"O", "O", "B-LOC", "O", "O"},
                new String[] {"B-LOC", "O", "O", "O"}));
        DocumentConsistency.apply(words, tags, name -> name.equals("Washington"));
        assertThat(tags.get(1)[2]).isEqualTo("B-LOC");
        assertThat(tags.get(2)[0]).isEqualTo("B-LOC");
    }
}

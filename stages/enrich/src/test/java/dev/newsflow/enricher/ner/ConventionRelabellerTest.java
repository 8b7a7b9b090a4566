package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The relabelling of GMB's training tags towards CoNLL-2003's conventions. */
class ConventionRelabellerTest {

    private static String[] relabel(Set<String> rules, String sentence, String tags) {
        String[] t = tags.split(" ");
        new ConventionRelabeller(Gazetteer.bundled(), rules).relabel(sentence.split(" "), t);
        return t;
    }

    @Test
    void untaggedPeoplesAndFaithsWordsBecomeMiscWithTheAdjectivesRule() {
        Set<String> rules = Set.of("adjectives");
        assertThat(relabel(rules, "European leaders met Kurdish and Shi'ite groups .", "O O O O O O O O"))
                .containsExactly("B-MISC", "O", "O", "B-MISC", "O", "B-MISC", "O", "O");
        assertThat(relabel(rules, "Jewish settlers and Muslims", "O O O O"))
                .containsExactly("B-MISC", "O", "O", "B-MISC");
    }

    @Test
    void theAdjectivesRuleLeavesSpansTheirNeighboursAndOtherWordsAlone() {
        Set<String> rules = Set.of("adjectives");
        // beside a span: GMB's boundary is kept ("Shi'ite Hezbollah", "Latin America" tagged as one name elsewhere)
        assertThat(relabel(rules, "the Shi'ite Hezbollah said", "O O B-ORG O"))
                .containsExactly("O", "O", "B-ORG", "O");
        // a tagged word is the other rules' business; lower-case words and words off the lists stay untagged
        assertThat(relabel(rules, "the European Union and islamic law in Western", "O B-ORG I-ORG O O O O O"))
                .containsExactly("O", "B-ORG", "I-ORG", "O", "O", "O", "O", "B-MISC");
    }

    @Test
    void withoutTheAdjectivesRuleUntaggedWordsStayUntagged() {
        assertThat(relabel(Set.of("the", "places", "orgs", "demonyms", "courtesy"), "European leaders met", "O O O"))
                .containsExactly("O", "O", "O");
    }
}

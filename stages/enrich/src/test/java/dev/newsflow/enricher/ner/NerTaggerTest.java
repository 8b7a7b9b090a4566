package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled tagger on sentences in CoNLL conventions, and its refusal to run without a model. */
class NerTaggerTest {

    private static NerTagger tagger;

    @BeforeAll
    static void load() {
        tagger = NerTagger.bundled();
    }

    private static String[] tag(String sentence) {
        return tagger.tag(Tokenizer.tokens(sentence).stream().map(Token::text).toArray(String[]::new));
    }

    @Test
    void leavesTitlesOutOfPersonNames() {
        String[] t = tag("Mr Putin met President George W Bush in Texas .");
        assertThat(t).containsExactly("O", "B-PER", "O", "O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O");
    }

    @Test
    void tagsNationalitiesAsMiscAndNatoAsOrganisation() {
        String[] t = tag("Russian troops will not join Nato exercises in Poland .");
        assertThat(t[0]).isEqualTo("B-MISC");
        assertThat(t[5]).isEqualTo("B-ORG");
        assertThat(t[8]).isEqualTo("B-LOC");
    }

    @Test
    void findsNamesInAllCapsHeadlines() {
        String[] t = tag("RUSSIA AND CHINA SIGN GAS DEAL IN MOSCOW");
        assertThat(t[0]).isEqualTo("B-LOC");
        assertThat(t[2]).isEqualTo("B-LOC");
        assertThat(t[7]).isEqualTo("B-LOC");
    }

    @Test
    void makesWorldWarTwoOneMiscName() {
        String[] words = {"after", "World", "War", "II", "and", "World", "War", "Two", "Germany"};
        String[] tags = {"O", "O", "O", "B-MISC", "O", "O", "O", "O", "I-LOC"};
        NerTagger.worldWars(words, tags);
        assertThat(tags).containsExactly("O", "B-MISC", "I-MISC", "I-MISC", "O", "B-MISC", "I-MISC", "I-MISC", "B-LOC");
    }

    @Test
    void tagsTeamsOfASportsResultLineAsClubsOrCountries() {
        List<String[]> doc = List.of(
                new String[] {"Leeds", "is", "a", "city", "in", "England", "."},
                new String[] {"Manchester", "United", "1", "Leeds", "0"},
                new String[] {"Germany", "2", "Italy", "1"},
                new String[] {"Ernie", "Els", "66", "68", "70"});
        List<String[]> tags = tagger.tagDocument(doc);
        assertThat(tags.get(1)).containsExactly("B-ORG", "I-ORG", "O", "B-ORG", "O");
        assertThat(tags.get(2)).containsExactly("B-LOC", "O", "B-LOC", "O");
        assertThat(tags.get(3)).doesNotContain("B-ORG");
    }

    @Test
    void tagsASurnameLaterInTheDocumentAsThePerson() {
        List<String[]> doc = List.of(
                new String[] {"Angela", "Merkel", "arrived", "in", "Paris", "."},
                new String[] {"Merkel", "said", "little", "."});
        List<String[]> tags = tagger.tagDocument(doc);
        assertThat(tags.get(0)[0]).isEqualTo("B-PER");
        assertThat(tags.get(1)[0]).isEqualTo("B-PER");
    }

    @Test
    void makesANameOpenedByAnOrganisationHeadWordAnOrganisation() {
        String[] words = {"Militants", "from", "Ansar", "al-Sharia", "and", "Ansar", "met", "Ansar", "Burney", "in",
            "Lashkar", "Gah"};
        String[] tags = {"O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "O", "B-PER", "I-PER", "O", "B-LOC", "I-LOC"};
        NerTagger.orgHeads(words, tags);
        // a lone head word is no name of its own, a person keeps the type, and "Lashkar" (army) also opens a
        // town's name ("Lashkar Gah"), so it is not on the list
        assertThat(tags).containsExactly("O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "B-PER", "I-PER", "O",
                "B-LOC", "I-LOC");
        List<String[]> doc = List.<String[]>of(
                Tokenizer.tokens("The attack was claimed by fighters from Ansar al-Sharia .").stream()
                        .map(Token::text).toArray(String[]::new));
        String[] tagged = tagger.tagDocument(doc).getFirst();
        assertThat(tagged[7]).isEqualTo("B-ORG");
        assertThat(tagged[8]).isEqualTo("I-ORG");
    }

    @Test
    void leavesPunctuationAtTheEdgesOutOfNames() {
        String[] words = {"(", "AFP", "/", "Getty", ")", "West", "-"};
        String[] tags = {"B-ORG", "I-ORG", "I-ORG", "O", "O", "B-LOC", "I-LOC"};
        NerTagger.trimPunctuation(words, tags);
        assertThat(tags).containsExactly("O", "B-ORG", "O", "O", "O", "B-LOC", "O");
    }

    @Test
    void cutsANameAtASemicolon() {
        String[] words = {"in", "Whangārei", ";", "Parata", "holds", "Kauri", ";"};
        String[] tags = {"O", "B-LOC", "I-LOC", "I-LOC", "O", "B-LOC", "I-LOC"};
        NerTagger.cutAtSemicolons(words, tags);
        assertThat(tags).containsExactly("O", "B-LOC", "O", "B-LOC", "O", "B-LOC", "O");
        // through the whole tagger: the clause after the semicolon does not continue the place
        String[] sentence = "The carving shed is in Whangārei ; Parata holds three whale teeth .".split(" ");
        String[] tagged = tagger.tagDocument(java.util.List.<String[]>of(sentence)).getFirst();
        assertThat(tagged[6]).isEqualTo("O");
    }

    @Test
    void refusesAMissingModelWithAClearMessage(@TempDir Path dir) {
        assertThatThrownBy(() -> NerTagger.load(dir.resolve("absent.bin.gz")))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("absent.bin.gz");
    }

    @Test
    void refusesACorruptModel(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.bin.gz");
        Files.writeString(bad, "not a model");
        assertThatThrownBy(() -> NerTagger.load(bad)).isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("cannot load NER model");
    }
}

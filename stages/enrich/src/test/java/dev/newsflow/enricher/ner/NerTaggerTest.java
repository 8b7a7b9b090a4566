package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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
    void tagsListedCompaniesNamedWithNoCueAsOrganisations() {
        // the model alone reads these as a place, persons, nothing, and one organisation over "and"
        List<String[]> doc = List.of(
                "Shares in Iberdrola rose 2 percent on Monday .".split(" "),
                "ABN AMRO said it would cut 1,000 jobs .".split(" "),
                "Standard Chartered and Barclays fell .".split(" "),
                "Analysts said Lufthansa and Air France would gain .".split(" "),
                "Societe Generale reported a loss .".split(" "));
        List<String[]> tags = tagger.tagDocument(doc);
        assertThat(tags.get(0)[2]).isEqualTo("B-ORG");
        assertThat(tags.get(1)).startsWith("B-ORG", "I-ORG", "O");
        assertThat(tags.get(2)).startsWith("B-ORG", "I-ORG", "O", "B-ORG");
        assertThat(tags.get(3)).containsExactly("O", "O", "B-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O");
        assertThat(tags.get(4)).startsWith("B-ORG", "I-ORG", "O");
    }

    @Test
    void copiesASportsStorysCompetitionIntoItsAllCapsHeadline() {
        // "World Cup" is MISC only once the sports rules have read the body; the headline's capitals show no edges
        List<String[]> doc = List.of(
                "SKIING - WORLD CUP DOWNHILL RESULTS .".split(" "),
                "VAL D'ISERE , France 1996-12-07".split(" "),
                "Results of a women 's World Cup downhill race on Saturday :".split(" "));
        List<String[]> tags = tagger.tagDocument(doc);
        assertThat(tags.get(0)).containsExactly("O", "O", "B-MISC", "I-MISC", "O", "O", "O");
        assertThat(tags.get(2)[5]).isEqualTo("B-MISC");
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
    void makesAPersonOpenedByAnOrganisationHeadAndTheArabicArticleAnOrganisation() {
        // the demo's wapo-1 page: "the group behind the attack - Ansar al-Sharia, an al-Qaeda-linked organization"
        String[] words = {"Ansar", "al-Sharia", ",", "Jaish", "el-Adl", "and", "Ansar", "Burney"};
        String[] tags = {"B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER"};
        NerTagger.orgHeads(words, tags);
        // "Ansar Burney" is a given name and a surname: the article must follow the head word
        assertThat(tags).containsExactly("B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER");
    }

    @Test
    void leavesPunctuationAtTheEdgesOutOfNames() {
        String[] words = {"(", "AFP", "/", "Getty", ")", "West", "-"};
        String[] tags = {"B-ORG", "I-ORG", "I-ORG", "O", "O", "B-LOC", "I-LOC"};
        NerTagger.trimPunctuation(words, tags);
        assertThat(tags).containsExactly("O", "B-ORG", "O", "O", "O", "B-LOC", "O");
    }

    @Test
    void aPersonsNameDoesNotStartWithABareNumber() {
        // a golf leader board: the total, then the player; "FTSE 100" keeps its number
        String[] words = {"135", "Robert-Jan", "Derksen", "FTSE", "100"};
        String[] tags = {"B-PER", "I-PER", "I-PER", "B-MISC", "I-MISC"};
        NerTagger.trimPunctuation(words, tags);
        assertThat(tags).containsExactly("O", "B-PER", "I-PER", "B-MISC", "I-MISC");
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
    void leavesScoresDatesAndTimesAtTheEdgesOutOfNames() {
        String[] words = {"Wales", "3-1", "Qadir", "26-6-57-5", "FTSE", "100", "2009-04-29"};
        String[] tags = {"B-LOC", "I-LOC", "B-PER", "I-PER", "B-MISC", "I-MISC", "B-PER"};
        NerTagger.trimPunctuation(words, tags);
        assertThat(tags).containsExactly("B-LOC", "O", "B-PER", "O", "B-MISC", "I-MISC", "O");
    }

    @Test
    void cutsANameAtAColonUnlessItIsATitle() {
        String[] words = {"Chelmsford", ":", "Essex", "Phase", "1", ":", "Fortification"};
        String[] tags = {"B-LOC", "I-LOC", "I-LOC", "B-MISC", "I-MISC", "I-MISC", "I-MISC"};
        NerTagger.cutAtSemicolons(words, tags);
        assertThat(tags).containsExactly("B-LOC", "O", "B-LOC", "B-MISC", "I-MISC", "I-MISC", "I-MISC");
    }

    @Test
    void cutsNamesAtTheLettersOfACricketScorecard() {
        String[] words = "M. Ashdown c Akmal b Qadir 64".split(" ");
        String[] tags = {"B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O"};
        NerTagger.cutAtScorecardLetters(words, tags);
        assertThat(tags).containsExactly("B-PER", "I-PER", "O", "B-PER", "O", "B-PER", "O");
        // a vowel or "y" joining a name stays
        String[] spanish = {"Ortega", "y", "Gasset"};
        String[] per = {"B-PER", "I-PER", "I-PER"};
        NerTagger.cutAtScorecardLetters(spanish, per);
        assertThat(per).containsExactly("B-PER", "I-PER", "I-PER");
    }

    @Test
    void makesCompetitionsMisc() {
        String[] words = "the London Marathon and the Players Championship , the Spanish Open".split(" ");
        String[] tags = {"O", "B-LOC", "I-LOC", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"};
        NerTagger.events(words, tags, NATIONALITIES);
        assertThat(tags).containsExactly("O", "B-MISC", "I-MISC", "O", "O", "B-MISC", "I-MISC", "O", "O",
                "B-MISC", "I-MISC");
        // a person and a one-word name stay
        String[] person = {"Nick", "Open", "won", "Open"};
        String[] personTags = {"B-PER", "I-PER", "O", "B-ORG"};
        NerTagger.events(person, personTags, NATIONALITIES);
        assertThat(personTags).containsExactly("B-PER", "I-PER", "O", "B-ORG");
    }

    private static final Predicate<String> NATIONALITIES = Set.of("Spanish", "English")::contains;

    @Test
    void leavesANationalityBeforeACompetitionsNameAsANameOfItsOwn() {
        // the model's one organisation: CoNLL tags the nationality and the competition apart
        String[] words = "scores of English County Championship matches".split(" ");
        String[] tags = {"O", "O", "B-ORG", "I-ORG", "I-ORG", "O"};
        NerTagger.events(words, tags, NATIONALITIES);
        assertThat(tags).containsExactly("O", "O", "B-MISC", "B-MISC", "I-MISC", "O");
        // before the head alone the nationality is part of the name
        String[] open = "won the English Open".split(" ");
        String[] openTags = {"O", "O", "B-LOC", "I-LOC"};
        NerTagger.events(open, openTags, NATIONALITIES);
        assertThat(openTags).containsExactly("O", "O", "B-MISC", "I-MISC");
    }

    @Test
    void readsWireSportsTablesThroughTheWholeTagger() {
        List<String[]> doc = List.of(
                "SOCCER - ENGLISH LEAGUE STANDINGS .".split(" "),
                "LONDON 2006-02-16".split(" "),
                "Standings after Saturday 's matches :".split(" "),
                "Aston Villa 26 12 6 8 34 26 42".split(" "),
                "Chelsea 25 11 8 6 40 37 41".split(" "));
        List<String[]> tags = tagger.tagDocument(doc);
        assertThat(tags.get(1)).containsExactly("B-LOC", "O");
        assertThat(tags.get(3)).startsWith("B-ORG", "I-ORG", "O");
        assertThat(tags.get(4)).startsWith("B-ORG", "O");
    }

    private static String[] dateline(String line) {
        String[] words = line.split(" ");
        String[] tags = new String[words.length];
        java.util.Arrays.fill(tags, "O");
        tags[0] = "B-ORG"; // what the model may have said
        NerTagger.dateline(words, tags);
        return tags;
    }

    @Test
    void tagsTheDatelinesPlacesAsLocations() {
        assertThat(dateline("CARDIFF 1996-09-14")).containsExactly("B-LOC", "O");
        assertThat(dateline("HILVERSUM , Netherlands 1996-08-31")).containsExactly("B-LOC", "O", "B-LOC", "O");
        assertThat(dateline("NEW YORK , Aug 22")).containsExactly("B-LOC", "I-LOC", "O", "O", "O");
        assertThat(dateline("WASHINGTON ( Reuters ) - The Senate voted on Friday .")).startsWith("B-LOC", "O",
                "B-ORG", "O", "O");
        // not datelines: a date alone, a day and a date, running text, a mixed-case opening before brackets
        assertThat(dateline("Friday March 3")).containsExactly("B-ORG", "O", "O");
        assertThat(dateline("Obama ( D ) - Illinois")).containsExactly("B-ORG", "O", "O", "O", "O", "O");
        assertThat(dateline("CARDIFF beat Swansea on 1996-09-14")).containsExactly("B-ORG", "O", "O", "O", "O");
        // through the whole tagger, which alone reads a lone capitalised word before a date as an organisation
        String[] tagged = tagger.tagDocument(java.util.List.<String[]>of(
                "RUGBY UNION - WALES BEAT ITALY .".split(" "), "CARDIFF 1996-09-14".split(" "),
                "Wales beat Italy 31-26 at Cardiff Arms Park on Saturday .".split(" "))).get(1);
        assertThat(tagged).containsExactly("B-LOC", "O");
    }

    @Test
    void tagsACountryTypedAsAPersonAsThePlace() {
        List<String[]> doc = List.<String[]>of("Wales beat Italy 31-26 in a friendly international on Saturday .".split(" "));
        assertThat(tagger.tagDocument(doc).getFirst()[0]).isEqualTo("B-LOC");
        // a country's name that ends a person's full name in the document stays a person; alone it is the place
        String[] tags = {"B-PER", "O", "O", "B-PER", "I-PER", "O", "O", "B-PER", "O"};
        List<String[]> words = List.<String[]>of(
                "Jordan scored ; Jimmy Wales spoke ; Wales left".split(" "));
        tagger.countriesAsPlaces(words, List.<String[]>of(tags));
        assertThat(tags).containsExactly("B-LOC", "O", "O", "B-PER", "I-PER", "O", "O", "B-PER", "O");
    }

    @Test
    void leavesACountrysNameAfterATitleAPerson() {
        String[] words = "Colonel Jordan faces charges ; Jordan scored ; group leader Finland won".split(" ");
        String[] tags = {"O", "B-PER", "O", "O", "O", "B-PER", "O", "O", "O", "O", "B-PER", "O"};
        tagger.countriesAsPlaces(List.<String[]>of(words), List.<String[]>of(tags));
        // a job's noun in running text is no title: the group's leader is the national side
        assertThat(tags).containsExactly("O", "B-PER", "O", "O", "O", "B-LOC", "O", "O", "O", "O", "B-LOC", "O");
    }

    @Test
    void switchesOffRulesByName() {
        String[] words = "He fought in World War II in France .".split(" ");
        List<String[]> doc = List.<String[]>of(words);
        assertThat(tagger.tagDocument(doc).getFirst()).containsSequence("B-MISC", "I-MISC", "I-MISC");
        // GMB, most of the training data, tags only the numeral: without the rule the model's reading is left
        assertThat(tagger.withoutRules(List.of("world-wars")).tagDocument(doc).getFirst()[3]).isEqualTo("O");
        assertThat(tagger.withoutRules(List.of("all")).tagDocument(doc).getFirst()).containsExactly(tagger.tag(words));
        assertThat(tagger.withoutRules(List.of()).tagDocument(doc).getFirst())
                .containsExactly(tagger.tagDocument(doc).getFirst());
        assertThatThrownBy(() -> tagger.withoutRules(List.of("no-such-rule")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("world-wars");
    }

    @Test
    void countsTheGoldSpansARuleMakesRightAndWrong() {
        String[] words = "He fought in World War II in France .".split(" ");
        String[] gold = {"O", "O", "O", "B-MISC", "I-MISC", "I-MISC", "O", "B-LOC", "O"};
        List<ConllCorpus.Document> docs = List.of(new ConllCorpus.Document(
                List.of(new ConllCorpus.Sentence(words, gold)), false));
        List<ConllCorpus.Document> predicted = NerEvaluation.predict(tagger, docs);
        NerEvaluation.RuleEffect worldWars = NerEvaluation.ruleEffects(tagger, docs, predicted).stream()
                .filter(e -> e.rule().equals("world-wars")).findFirst().orElseThrow();
        assertThat(worldWars.wrongToRight()).isEqualTo(1);
        assertThat(worldWars.rightToWrong()).isZero();
        assertThat(worldWars.f1Gain()).isPositive();
        assertThat(NerEvaluation.ruleChanges(tagger, "world-wars", docs, predicted))
                .singleElement().asString().startsWith("W->R  gold [World War II]MISC");
    }

    @Test
    void leavesAListedCompanysNameAPlaceBeforeItsCountry() {
        String[] words = "events in Le Relais , Canada .".split(" ");
        String[] tags = {"O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "O"};
        assertThat(tagger.townBeforeItsCountry(words, tags, 2, 4)).isTrue();
        assertThat(tagger.tagDocument(List.<String[]>of(words)).getFirst()).containsExactly(tags);
        // the company: no country after the comma, or the model did not read a place
        String[] company = "shares in Le Relais , which fell .".split(" ");
        assertThat(tagger.townBeforeItsCountry(company, new String[] {"O", "O", "B-LOC", "I-LOC", "O", "O", "O", "O"},
                2, 4)).isFalse();
        assertThat(tagger.townBeforeItsCountry(words, new String[] {"O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"},
                2, 4)).isFalse();
        String[] list = "Norway 's Statoil , Britain 's BP".split(" ");
        assertThat(tagger.townBeforeItsCountry(list, new String[] {"B-LOC", "O", "B-LOC", "O", "B-LOC", "O", "B-LOC"},
                2, 3)).isFalse();
        assertThat(tagger.tagDocument(List.<String[]>of("Le Relais , which runs shops , said".split(" "))).getFirst())
                .startsWith("B-ORG", "I-ORG");
    }

    @Test
    void keepsTheTitleOfAPlaceNamedAfterATitledPerson() {
        String[] place = "Prince William County is near Washington".split(" ");
        String[] placeTags = {"B-LOC", "I-LOC", "I-LOC", "O", "O", "B-LOC"};
        tagger.trimTitles(place, placeTags);
        assertThat(placeTags).containsExactly("B-LOC", "I-LOC", "I-LOC", "O", "O", "B-LOC");
        String[] person = "Secretary of State Colin Powell spoke".split(" ");
        String[] personTags = {"B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"};
        tagger.trimTitles(person, personTags);
        assertThat(personTags).containsExactly("O", "O", "O", "B-PER", "I-PER", "O");
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

    @Test
    void readsANameEndingInAnOrganisationsWordAsAnOwnerBeforeAPossessive() {
        List<String[]> doc = List.<String[]>of(Tokenizer.tokens(
                "Researchers at Stanford University's Center on Poverty and Inequality found it.").stream()
                .map(Token::text).toArray(String[]::new));
        // nothing else in the document names Stanford University, and no list holds it: its last word, an
        // organisation's, says it is a name of its own, and the possessive ends it
        assertThat(tagger.tagDocument(doc).getFirst()).containsExactly("O", "O", "B-ORG", "I-ORG", "O", "B-ORG",
                "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O");
    }
}

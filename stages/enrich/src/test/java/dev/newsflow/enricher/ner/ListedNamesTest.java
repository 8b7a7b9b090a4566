package dev.newsflow.enricher.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** European parties, legislatures, states and companies from their lists, on tags the model might have produced. */
class ListedNamesTest {

    /** The tags {@code list} leaves on a line (words and tags separated by single spaces). */
    private static String[] tagged(ListedNames list, String line, String tags) {
        String[] t = tags.split(" ");
        list.apply(line.split(" "), t);
        return t;
    }

    private static String[] parties(String line, String tags) {
        return tagged(ListedNames.PARTIES, line, tags);
    }

    private static String[] states(String line, String tags) {
        return tagged(ListedNames.STATES, line, tags);
    }

    private static String[] companies(String line, String tags) {
        return tagged(ListedNames.COMPANIES, line, tags);
    }

    @Test
    void aCompanyNamedWithNoCueIsAnOrganisation() {
        assertThat(companies("shares in Barclays rose", "O O B-PER O")).containsExactly("O", "O", "B-ORG", "O");
        assertThat(companies("ABN AMRO said", "B-PER I-PER O")).containsExactly("B-ORG", "I-ORG", "O");
        // a place inside the name
        assertThat(companies("Air France cut flights", "O B-LOC O O")).containsExactly("B-ORG", "I-ORG", "O", "O");
        // listed without the legal suffix, and without the accents wire copy drops
        assertThat(companies("Societe Generale fell", "B-PER I-PER O")).containsExactly("B-ORG", "I-ORG", "O");
        // a headline in capitals: a name of two words or more (one word only when listed in capitals, "BASF")
        assertThat(companies("AIR FRANCE CUTS", "O B-LOC O")).containsExactly("B-ORG", "I-ORG", "O");
    }

    @Test
    void leavesAListedNameWhoseReadingStands() {
        String[] words = "shares in Barclays rose".split(" ");
        String[] tags = {"O", "O", "B-LOC", "O"};
        ListedNames.COMPANIES.apply(words, tags, (from, to) -> from == 2 && to == 3);
        assertThat(tags).containsExactly("O", "O", "B-LOC", "O");
        ListedNames.COMPANIES.apply(words, tags, (from, to) -> false);
        assertThat(tags).containsExactly("O", "O", "B-ORG", "O");
    }

    @Test
    void companiesThatAreCommonWordsPersonsOrPlacesAreNotListed() {
        // "Apple", "Shell", "Next", "Orange", "Total": English words; "Ford", "Morgan": persons' names too
        assertThat(companies("Ford said Shell and Apple and Next and Orange and Total and Morgan gained",
                "B-PER O B-ORG O B-ORG O B-LOC O B-LOC O O O B-PER O"))
                .containsExactly("B-PER", "O", "B-ORG", "O", "B-ORG", "O", "B-LOC", "O", "B-LOC", "O", "O", "O",
                        "B-PER", "O");
        assertThat(Gazetteer.words("companies.txt"))
                .contains("Lufthansa", "Barclays", "Gazprom", "Air France", "Deutsche Bank", "Qantas", "KLM")
                .doesNotContain("Apple", "Shell", "Ford", "Next", "Orange", "Total", "Morgan", "Central Bank", "Mr. Lee",
                        "East African", "Atlantis", "Dinar");
    }

    @Test
    void companiesOfTheSpellingDictionaryThatGloveClustersWithCompaniesAreListed() {
        // ninth round: miners, brewers, drug makers and makers of goods that name-suggestion-index lacks
        assertThat(companies("Heineken and Unilever were little changed", "B-PER O O O O O"))
                .containsExactly("B-ORG", "O", "B-ORG", "O", "O", "O");
        assertThat(Gazetteer.words("companies.txt"))
                .contains("Unilever", "Heineken", "Motorola", "Pfizer", "Novartis", "BHP", "Xstrata", "Citigroup")
                // loose words of longer names, legal forms and common nouns stay out
                .doesNotContain("Tinto", "Agricole", "Paribas", "Societe", "Groupe", "Ltd", "PLC", "Reinsurance",
                        "York");
    }

    private static String[] institutions(String line, String tags) {
        return tagged(ListedNames.INSTITUTIONS, line, tags);
    }

    @Test
    void centralBanksExchangesAndAgenciesAreOrganisations() {
        assertThat(institutions("the Bundesbank said", "O B-PER O")).containsExactly("O", "B-ORG", "O");
        assertThat(institutions("shares on Borsa Italiana rose", "O O B-PER I-PER O"))
                .containsExactly("O", "O", "B-ORG", "I-ORG", "O");
        assertThat(institutions("the Banque de France said", "O B-MISC I-MISC I-MISC O"))
                .containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "O");
        // the tokenizer's possessive: "Moody's" is written "Moody 's"
        assertThat(institutions("Moody 's cut its rating", "B-PER O O O O"))
                .containsExactly("B-ORG", "I-ORG", "O", "O", "O");
    }

    @Test
    void anExchangeNamedLikeItsIndexIsTheIndexBeforeAnIndexWord() {
        // NerTagger runs the institutions before the indices, so "the Nasdaq composite" ends as the index
        String[] words = "the Nasdaq composite rose as Nasdaq said".split(" ");
        String[] tags = "O B-PER O O O B-PER O".split(" ");
        ListedNames.INSTITUTIONS.apply(words, tags);
        MarketNames.indices(words, tags);
        assertThat(tags).containsExactly("O", "B-MISC", "O", "O", "O", "B-ORG", "O");
    }

    @Test
    void aModelSpanRunningFromACompanyOverAndIsCut() {
        assertThat(companies("discounters such as Lidl and Aldi took share", "O O O B-ORG I-ORG I-ORG O O"))
                .containsExactly("O", "O", "O", "B-ORG", "O", "B-ORG", "O", "O");
        // the other lists keep such a span ("Law and Justice" is one party)
        assertThat(parties("Lower Saxony and Hesse", "B-LOC I-LOC I-LOC I-LOC"))
                .containsExactly("B-LOC", "I-LOC", "I-LOC", "I-LOC");
    }

    @Test
    void aPartyReadAsAPlaceAPersonOrNothingIsAnOrganisation() {
        assertThat(parties("Merkel 's Christian Democrats won", "B-PER O B-LOC I-LOC O"))
                .containsExactly("B-PER", "O", "B-ORG", "I-ORG", "O");
        assertThat(parties("Sinn Fein led the campaign", "B-PER I-PER O O O"))
                .containsExactly("B-ORG", "I-ORG", "O", "O", "O");
        assertThat(parties("The Sejm voted", "O O O")).containsExactly("O", "B-ORG", "O");
        // the model cut it at its "and"
        assertThat(parties("Kaczynski 's Law and Justice party", "B-PER O O O B-ORG O"))
                .containsExactly("B-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O");
        // a headline in capitals
        assertThat(parties("SOCIAL DEMOCRATS WIN", "O O O")).containsExactly("B-ORG", "I-ORG", "O");
    }

    @Test
    void leavesLongerNamesLowerCaseWordsAndCapitalisedCommonWordsAlone() {
        assertThat(parties("the Swedish Social Democrats said", "O B-MISC B-ORG I-ORG O"))
                .containsExactly("O", "B-MISC", "B-ORG", "I-ORG", "O");
        assertThat(parties("Pakistan People 's Party leaders", "B-ORG I-ORG I-ORG I-ORG O"))
                .containsExactly("B-ORG", "I-ORG", "I-ORG", "I-ORG", "O");
        assertThat(parties("The Basque nationalist party PNV", "O B-MISC O O B-ORG"))
                .containsExactly("O", "B-MISC", "O", "O", "B-ORG");
        // one word in capitals is taken only when the list writes it so ("SPD"), not "LABOUR" of a labour accord
        assertThat(parties("EXTENDED LABOUR ACCORD", "O B-ORG O")).containsExactly("O", "B-ORG", "O");
        assertThat(parties("labour costs rose", "O O O")).containsExactly("O", "O", "O");
    }

    @Test
    void aStateIsAPlace() {
        assertThat(states("Lower Saxony and Baden-Wuerttemberg want", "B-ORG I-ORG O O O"))
                .containsExactly("B-LOC", "I-LOC", "O", "B-LOC", "O");
        assertThat(states("LOWER SAXONY VOTE", "O O O")).containsExactly("B-LOC", "I-LOC", "O");
        // one word in capitals is left to the body's copy into the headline (CapsLines)
        assertThat(states("SOCIAL DEMOCRATS WIN HESSE VOTE", "B-ORG I-ORG O O O"))
                .containsExactly("B-ORG", "I-ORG", "O", "O", "O");
    }
}

package dev.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Small real-looking articles whose stamps, credits and menus the tagger used to read as names. */
class JunkMentionsTest {

    private static ArticleEnricher enricher;

    @BeforeAll
    static void loadModels() {
        enricher = new ArticleEnricher();
    }

    private static EnrichedArticle enrich(String url, String site, String headline, String body) {
        return enricher.enrich(new Article(0, null, url, null, site, headline, null, null, null, null, List.of(),
                "en", body, null, null, null, Map.of(), body.split("\\s+").length, null));
    }

    private static List<String> names(EnrichedArticle a) {
        return a.entities().stream().map(Entity::name).toList();
    }

    @Test
    void dropsTimesAndTimeZonesOfAPublicationStamp() {
        EnrichedArticle a = enrich("http://money.cnn.com/2016/02/01/news/economy/poverty/index.html", "CNNMoney",
                "The U.S. is doing less to fight poverty",
                "Poverty in the United States is deeper than in Finland, Norway and Canada, a study by Stanford "
                        + "University found.\n\nCNNMoney (New York) First published February 1, 2016: 1:28 AM ET");
        assertThat(names(a)).doesNotContain("AM ET", "AM", "ET", "February");
        assertThat(names(a)).contains("United States", "Finland");
    }

    @Test
    void typesTheOutletOfAStampAsAnOrganisationNotAPerson() {
        EnrichedArticle a = enrich("http://money.cnn.com/2016/02/01/news/economy/poverty/index.html", "CNNMoney",
                "The U.S. is doing less to fight poverty",
                "Poverty in the United States is deeper than in Finland.\n\n"
                        + "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
                .doesNotContain("CNNMoney");
    }

    @Test
    void typesPictureAgenciesAsOrganisations() {
        EnrichedArticle a = enrich("https://www.washingtonpost.com/world/story.html", "Washington Post",
                "Netanyahu wins again",
                "Israeli Prime Minister Benjamin Netanyahu visits the Western Wall in Jerusalem on March 18. "
                        + "(Thomas Coex/AFP/Getty Images)\n\nPresident Obama told the U.N. General Assembly that "
                        + "Netanyahu's victory changes little.");
        assertThat(a.entities()).filteredOn(e -> e.name().startsWith("Getty"))
                .allSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void dropsDecades() {
        EnrichedArticle a = enrich("https://www.nytimes.com/2017/01/13/world/africa/sudan.html", "New York Times",
                "U.S. eases sanctions on Sudan",
                "In the mid-1990s, Osama bin Laden lived in Khartoum, the capital, as a guest of the government. "
                        + "In the 1990s Sudan was at war.");
        assertThat(names(a)).doesNotContain("mid-1990s", "1990s").contains("Khartoum");
    }

    @Test
    void readsANameBrokenByASoftHyphenWhole() {
        EnrichedArticle a = enrich("https://www.washingtonpost.com/world/story.html", "Washington Post",
                "Obama and Netanyahu",
                "Over the longer term, analysts say that Obama and Netan\u00adyahu will seek to play down the "
                        + "friction between them. Netanyahu said the talks would go on. Aside from Russian President "
                        + "Vladi\u00admir Putin, few leaders stand up to Obama.");
        assertThat(names(a)).doesNotContain("Netan", "Vladi").contains("Vladimir Putin");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("Netanyahu")).singleElement()
                .extracting(Entity::mentions).isEqualTo(3);
    }

    @Test
    void dropsMenuLinks() {
        assertThat(JunkMentions.isJunk("Front Page", "front page")).isTrue();
        assertThat(JunkMentions.isJunk("Talking Point", "talking point")).isTrue();
        assertThat(JunkMentions.isJunk("AM ET", "am et")).isTrue();
        assertThat(JunkMentions.isJunk("Monday", "monday")).isTrue();
        assertThat(JunkMentions.isJunk("Jon Sopel", "jon sopel")).isFalse();
        assertThat(JunkMentions.isJunk("May", "may")).isTrue();
        assertThat(JunkMentions.isJunk("Theresa May", "theresa may")).isFalse();
    }

    @Test
    void dropsSectionHeadingsButNotOutletsNamedNews() {
        assertThat(JunkMentions.isJunk("News & Headlines", "news & headlines")).isTrue();
        assertThat(JunkMentions.isJunk("World News", "world news")).isTrue();
        assertThat(JunkMentions.isJunk("Top Stories", "top stories")).isTrue();
        assertThat(JunkMentions.isJunk("Fox News", "fox news")).isFalse();
        assertThat(JunkMentions.isJunk("World", "world")).isFalse();
        assertThat(JunkMentions.isJunk("World Bank", "world bank")).isFalse();
    }

    @Test
    void splitsAPictureCreditIntoThePhotographerAndTheOutlet() {
        Mention credit = new Mention("Ashraf Shazly/Agence France-Presse", EntityType.ORGANIZATION,
                Mention.Part.CAPTION, 10, null);
        assertThat(JunkMentions.splitCredit(credit, Set.of())).containsExactly(
                new Mention("Ashraf Shazly", EntityType.PERSON, Mention.Part.CAPTION, 10, null),
                new Mention("Agence France-Presse", EntityType.ORGANIZATION, Mention.Part.CAPTION, 24, null));
        Mention band = new Mention("AC/DC", EntityType.ORGANIZATION, Mention.Part.BODY, 0, null);
        assertThat(JunkMentions.splitCredit(band, Set.of())).containsExactly(band);
        // the site's own name counts as an outlet too
        Mention own = new Mention("James Martin/CNET", EntityType.PERSON, Mention.Part.CAPTION, 0, null);
        assertThat(JunkMentions.splitCredit(own, Set.of("cnet"))).extracting(Mention::text, Mention::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("James Martin", EntityType.PERSON),
                        org.assertj.core.groups.Tuple.tuple("CNET", EntityType.ORGANIZATION));
        assertThat(JunkMentions.splitCredit(own, Set.of())).containsExactly(own);
    }

    @Test
    void creditsInABodyGiveThePersonAndTheAgency() {
        EnrichedArticle a = enrich("https://www.nytimes.com/2017/01/13/world/africa/sudan.html", "New York Times",
                "U.S. eases sanctions on Sudan",
                "United Nations peacekeepers at a refugee camp in Sudan on Monday. In exchange for the lifting of "
                        + "United States trade sanctions, Sudan has said it will improve access for aid groups, stop "
                        + "supporting rebels in neighboring South Sudan and cooperate with American intelligence "
                        + "agents. Ashraf Shazly/Agence France-Presse \u2014 Getty Images");
        // the tagger reads the credit as one organisation's name
        assertThat(names(a)).doesNotContain("Ashraf Shazly/Agence France-Presse");
        assertThat(a.entities()).filteredOn(e -> e.name().equals("Agence France-Presse")).singleElement()
                .extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(a.entities()).filteredOn(e -> e.name().equals("Ashraf Shazly")).singleElement()
                .extracting(Entity::type).isEqualTo(EntityType.PERSON);
    }
}

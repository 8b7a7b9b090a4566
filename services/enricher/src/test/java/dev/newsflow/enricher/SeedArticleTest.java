package dev.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed page (BBC, 2001): the people, places and bodies a newsroom expects, merged and typed. */
class SeedArticleTest {

    private static EnrichedArticle enriched;

    @BeforeAll
    static void enrichSeed() throws IOException {
        enriched = new ArticleEnricher().enrich(seedArticle());
    }

    /** The article as the parser would give it: headline, section path, and the story's paragraphs. */
    static Article seedArticle() throws IOException {
        String page;
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("/seeds/bbc-2001-bush-putin.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the story runs from under the headline (picture caption, standfirst, byline, paragraphs) to "See also"
        String headline = "Bush and Putin's promising chemistry";
        int start = page.indexOf(headline) + headline.length();
        int end = page.indexOf("See also:");
        String body = page.substring(start, end).replace("By BBC News Online's Stephen Mulvey\n", "").strip();
        return new Article(0, null, "http://news.bbc.co.uk/2/hi/americas/1610632.stm", null, "BBC News",
                "Bush and Putin's promising chemistry", null, List.of("Stephen Mulvey"), null, null,
                List.of("World", "Americas"), "en", body, null, null, null, null, body.split("\\s+").length, null);
    }

    private static Optional<Entity> entity(String name) {
        return enriched.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void mergesPutinAndBushMentionsIntoOnePersonEach() {
        Entity putin = entity("Vladimir Putin").orElseThrow();
        Entity bush = entity("George W Bush").orElseThrow();
        assertThat(putin.type()).isEqualTo(EntityType.PERSON);
        assertThat(bush.type()).isEqualTo(EntityType.PERSON);
        assertThat(putin.mentions()).isEqualTo(7);
        assertThat(bush.mentions()).isEqualTo(8);
        assertThat(putin.surfaceForms()).contains("Putin", "Mr Putin", "President Putin", "Vladimir Putin");
        assertThat(bush.surfaceForms()).contains("Bush", "Mr Bush", "President Bush");
        assertThat(enriched.entities()).filteredOn(e -> e.name().equals("Putin") || e.name().equals("Bush"))
                .isEmpty();
    }

    @Test
    void findsTheOtherPeople() {
        for (String name : List.of("Donald Rumsfeld", "Colin Powell", "Jiang Zemin")) {
            assertThat(entity(name)).as(name).get().extracting(Entity::type).isEqualTo(EntityType.PERSON);
        }
    }

    @Test
    void findsPlacesAndNato() {
        assertThat(entity("Russia")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        assertThat(entity("Afghanistan")).get().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
        assertThat(entity("Nato")).get().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void putsTheTwoLeadersFirst() {
        assertThat(enriched.entities().subList(0, 3)).extracting(Entity::name)
                .contains("Vladimir Putin", "George W Bush");
    }

    @Test
    void tagsSectionsAsAHierarchy() {
        assertThat(enriched.sectionTags()).containsExactly("world", "world/americas");
    }

    @Test
    void choosesPoliticsOrConflictAsPrimaryTopic() {
        assertThat(enriched.primaryTopic()).isIn("politics", "conflict-war-peace");
        assertThat(enriched.topics()).allSatisfy(t -> assertThat(t.code()).startsWith("medtop:"));
    }
}

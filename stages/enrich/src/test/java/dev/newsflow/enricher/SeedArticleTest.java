package dev.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Events;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed page (BBC, 2001) as the parser extracts it: the people, places and bodies a newsroom
 * expects, merged and typed. The fixture is the output of
 * {@code ./newsflow parse /work/shared/seeds/bbc-2001-bush-putin.txt --url http://news.bbc.co.uk/2/hi/americas/1610632.stm}
 * (the parser is not a dependency of the enricher): headline, body, section path and four pictures whose
 * alt text and captions carry the full names ("President Vladimir Putin and President George W Bush",
 * "Defence Secretary Donald Rumsfeld") that the body never writes.
 */
class SeedArticleTest {

    private static Article article;
    private static EnrichedArticle enriched;

    @BeforeAll
    static void enrichSeed() throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream("/seeds/bbc-2001-bush-putin.article.json")) {
            article = Events.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), Article.class);
        }
        enriched = new ArticleEnricher().enrich(article);
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
        // every "Putin" / "Bush" of headline and body; the alt text that names them in full is not counted
        assertThat(putin.mentions()).isEqualTo(count("Putin"));
        assertThat(bush.mentions()).isEqualTo(count("Bush"));
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
    void takesAFullNameFromACaptionWithoutCountingItInTheText() {
        Entity rumsfeld = entity("Donald Rumsfeld").orElseThrow();
        assertThat(rumsfeld.mentions()).isEqualTo(1);
        assertThat(rumsfeld.firstOffset()).isEqualTo(-1);
    }

    @Test
    void putsTheTwoLeadersOfTheHeadlineFirstAheadOfAMoreOftenNamedCountry() {
        assertThat(enriched.entities().subList(0, 2)).extracting(Entity::name)
                .containsExactlyInAnyOrder("Vladimir Putin", "George W Bush");
        Entity us = entity("US").orElseThrow();
        assertThat(us.mentions()).isGreaterThan(entity("Vladimir Putin").orElseThrow().mentions());
    }

    @Test
    void keepsPunctuationOutOfNames() {
        assertThat(enriched.entities()).extracting(Entity::name)
                .allSatisfy(name -> assertThat(name).doesNotMatch(".*[-/(]$|^[-/)].*"));
    }

    /** Occurrences of the word in headline and body. */
    private static int count(String word) {
        Matcher m = Pattern.compile("\\b" + word + "\\b").matcher(ArticleEnricher.text(article));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void tagsSectionsAsAHierarchy() {
        assertThat(enriched.sectionTags()).containsExactly("world", "world/americas");
    }

    @Test
    void tagsSectionsFromThePageUnderTheUrlTheBbcPublishedItAt() {
        String url = "http://news.bbc.co.uk/hi/english/world/americas/newsid_1611000/1611000.stm";
        Article atBbcUrl = new Article(0, null, url, url, article.site(), article.headline(), article.description(),
                article.authors(), article.publishedAt(), article.modifiedAt(), article.section(), article.language(),
                article.body(), article.images(), article.lists(), article.relatedLinks(), article.provenance(),
                article.wordCount(), article.parsedAt());
        assertThat(SectionTagger.tags(atBbcUrl)).containsExactly("world", "world/americas");
    }

    @Test
    void choosesPoliticsOrConflictAsPrimaryTopic() {
        assertThat(enriched.primaryTopic()).isIn("politics", "conflict-war-peace");
        assertThat(enriched.topics()).allSatisfy(t -> assertThat(t.code()).startsWith("medtop:"));
    }
}

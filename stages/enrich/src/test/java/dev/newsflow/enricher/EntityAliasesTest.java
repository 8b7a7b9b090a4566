package dev.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.EntityId;
import dev.newsflow.enricher.ner.NerTagger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity ids across articles: a short name in one article takes the full name another article gave it. */
class EntityAliasesTest {

    private static NerTagger tagger;

    @BeforeAll
    static void loadModel() {
        tagger = NerTagger.bundled();
    }

    private static Article article(String url, String headline, String body) {
        return new Article(0, null, url, null, null, headline, null, null, null, null, List.of(), "en", body, null,
                null, null, Map.of(), body.split("\\s+").length, null);
    }

    private static final Article FULL_NAME = article("https://example.org/world/1", "Obama visits Kenya",
            "President Barack Obama arrived in Nairobi on Friday. Mr Obama will meet Kenya's president.");
    private static final Article SURNAME_ONLY = article("https://example.org/world/2", "Sudan sanctions eased",
            "The United States will ease sanctions on Sudan, Obama said on Friday. Obama cited progress in Darfur.");

    private static Entity entity(EnrichedArticle a, String surfaceForm) {
        return a.entities().stream().filter(e -> e.surfaceForms().contains(surfaceForm)).findFirst().orElseThrow();
    }

    @Test
    void givesAShortNameTheIdOfTheFullNameAnEarlierArticleUsed() {
        ArticleEnricher enricher = new ArticleEnricher(tagger, new TopicClassifier(), EntityAliases.inMemory());
        Entity full = entity(enricher.enrich(FULL_NAME), "Barack Obama");
        Entity alone = entity(enricher.enrich(SURNAME_ONLY), "Obama");
        assertThat(full.id()).isEqualTo("barack-obama");
        assertThat(alone.id()).isEqualTo(full.id());
        assertThat(alone.name()).isEqualTo("Barack Obama");
        assertThat(alone.surfaceForms()).contains("Obama");
    }

    @Test
    void keepsTheShortNamesIdWhenNoArticleHasGivenTheFullName() {
        ArticleEnricher enricher = new ArticleEnricher(tagger, new TopicClassifier(), EntityAliases.inMemory());
        assertThat(entity(enricher.enrich(SURNAME_ONLY), "Obama").id()).isEqualTo("obama");
    }

    @Test
    void keepsWhatItLearntAcrossARestart(@TempDir Path dir) {
        Path file = dir.resolve("data/entity-aliases.tsv");
        try (EntityAliases aliases = EntityAliases.persistentAt(file)) {
            new ArticleEnricher(tagger, new TopicClassifier(), aliases).enrich(FULL_NAME);
        }
        try (EntityAliases aliases = EntityAliases.persistentAt(file)) {
            Entity alone = entity(new ArticleEnricher(tagger, new TopicClassifier(), aliases).enrich(SURNAME_ONLY),
                    "Obama");
            assertThat(alone.id()).isEqualTo("barack-obama");
        }
    }

    @Test
    void leavesAShortNameThatHasStoodForSeveralPeopleAlone() {
        EntityAliases aliases = EntityAliases.inMemory();
        aliases.learnAndResolve(List.of(new Entity("George W Bush", EntityType.PERSON, 2, List.of("Bush", "George W Bush"),
                0, 1)));
        aliases.learnAndResolve(List.of(new Entity("George H W Bush", EntityType.PERSON, 2,
                List.of("Bush", "George H W Bush"), 0, 1)));
        List<Entity> resolved = aliases.learnAndResolve(List.of(new Entity("Bush", EntityType.PERSON, 1,
                List.of("Bush"), 0, 1)));
        assertThat(resolved.getFirst().id()).isEqualTo("bush");
        assertThat(aliases.resolution(EntityType.LOCATION, "bush")).isNull();
    }

    @Test
    void resolvesAnAcronymLearntFromAnArticleThatSpelledItOut() {
        EntityAliases aliases = EntityAliases.inMemory();
        aliases.learnAndResolve(List.of(new Entity("International Criminal Court", EntityType.ORGANIZATION, 2,
                List.of("International Criminal Court", "ICC"), 0, 1)));
        List<Entity> later = aliases.learnAndResolve(List.of(new Entity("ICC", EntityType.ORGANIZATION, 1,
                List.of("ICC"), 0, 1)));
        assertThat(later.getFirst().id()).isEqualTo(EntityId.of("International Criminal Court"));
    }
}

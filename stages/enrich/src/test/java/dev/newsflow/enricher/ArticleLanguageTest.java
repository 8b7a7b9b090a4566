package dev.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.SkippedStep;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The models read English: an article in another language gets no entities and no topics, says why, and teaches the
 * alias table nothing; English and unstated languages are tagged as before.
 */
class ArticleLanguageTest {

    private static final ArticleEnricher ENRICHER = new ArticleEnricher();

    private static final String GERMAN_HEADLINE = "Bundesregierung beschließt neues Klimaschutzpaket";
    private static final String GERMAN_BODY = "Die Bundesregierung hat am Mittwoch ein umfangreiches Paket zum "
            + "Klimaschutz beschlossen. Nach Angaben des Wirtschaftsministeriums sollen die Ausgaben für erneuerbare "
            + "Energien in den kommenden vier Jahren deutlich steigen. Der Kanzler sagte in Berlin, die Maßnahmen "
            + "seien ein wichtiger Schritt. Im Bundestag soll das Gesetz noch vor der Sommerpause beraten werden.";
    private static final String ENGLISH_HEADLINE = "Bush and Putin meet in Shanghai";
    private static final String ENGLISH_BODY = "President Vladimir Putin and President George W Bush met in Shanghai "
            + "on Sunday. Officials in Moscow and Washington said the talks on missile defence would continue.";

    private static Article article(String headline, String body, String language) {
        return new Article(0, null, "https://news.example.com/politik/" + Math.abs(body.hashCode()), null, "Example",
                headline, null, null, null, null, List.of("Politik", "Deutschland"), language, body, null, null, null,
                Map.of(), 0, null);
    }

    @Test
    void anArticleInALanguageTheModelsDoNotReadGetsNoEntitiesNorTopicsAndSaysWhy() {
        EnrichedArticle enriched = ENRICHER.enrich(article(GERMAN_HEADLINE, GERMAN_BODY, "de"));

        assertThat(enriched.entities()).isEmpty();
        assertThat(enriched.topics()).isEmpty();
        assertThat(enriched.skipped()).extracting(SkippedStep::step)
                .containsExactly(SkippedStep.ENTITIES, SkippedStep.TOPICS);
        assertThat(enriched.skipped()).allSatisfy(s -> assertThat(s.reason()).contains("language de").contains("en"));
        assertThat(enriched.sectionTags()).as("section tags come from the page, in any language")
                .contains("politik", "politik/deutschland");
        assertThat(enriched.article().body()).isEqualTo(GERMAN_BODY);
    }

    @Test
    void theSameGermanTextWithoutAStatedLanguageIsTaggedAsEnglishAsItAlwaysWas() {
        // what the language gate prevents: the English tagger's guesses on German nouns
        EnrichedArticle enriched = ENRICHER.enrich(article(GERMAN_HEADLINE, GERMAN_BODY, null));

        assertThat(enriched.skipped()).isEmpty();
        assertThat(enriched.entities()).isNotEmpty();
    }

    @Test
    void englishIsTaggedWhateverTheRegionOrCase() {
        for (String language : new String[] {"en", "en-GB", "EN", "en_US"}) {
            EnrichedArticle enriched = ENRICHER.enrich(article(ENGLISH_HEADLINE, ENGLISH_BODY, language));

            assertThat(enriched.skipped()).as(language).isEmpty();
            assertThat(enriched.entities()).as(language).extracting(Entity::name)
                    .contains("Vladimir Putin", "Shanghai");
        }
    }

    @Test
    void aSkippedArticleTeachesTheAliasTableNothing() {
        assertThat(laterPutinAfterAGermanArticleStating(null)).as("read as English, the article teaches the alias")
                .isEqualTo("Wladimir Putin");
        assertThat(laterPutinAfterAGermanArticleStating("de")).isEqualTo("Putin");
    }

    /** The name a later article's bare "Putin" resolves to, after a German article stating {@code language}. */
    private static String laterPutinAfterAGermanArticleStating(String language) {
        EntityAliases aliases = EntityAliases.inMemory();
        new ArticleEnricher(aliases).enrich(article("Wladimir Putin in Berlin", "Wladimir Putin traf am Montag in "
                + "Berlin ein. Putin sprach mit der Regierung über Gaslieferungen.", language));
        List<Entity> later = aliases.learnAndResolve(List.of(new Entity("Putin", EntityType.PERSON, 1,
                List.of("Putin"), 0, 1.0)));
        return later.getFirst().name();
    }
}

package dev.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.newsflow.enricher.Mention.Part.ALT_TEXT;
import static dev.newsflow.enricher.Mention.Part.BODY;
import static dev.newsflow.enricher.Mention.Part.CAPTION;
import static dev.newsflow.enricher.Mention.Part.HEADLINE;

import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMergerTest {

    @Test
    void mergesSurnamesAndTitledMentionsIntoTheFullName() {
        List<Entity> entities = EntityMerger.merge(List.of(
                new Mention("Putin", EntityType.PERSON, BODY, 0, null),
                new Mention("Vladimir Putin", EntityType.PERSON, BODY, 40, "President"),
                new Mention("Putin", EntityType.PERSON, BODY, 90, "Mr"),
                new Mention("Putin", EntityType.LOCATION, BODY, 120, null)), 200, 60);
        assertThat(entities).hasSize(1);
        Entity putin = entities.getFirst();
        assertThat(putin.name()).isEqualTo("Vladimir Putin");
        assertThat(putin.type()).isEqualTo(EntityType.PERSON);
        assertThat(putin.mentions()).isEqualTo(4);
        assertThat(putin.firstOffset()).isZero();
        assertThat(putin.surfaceForms()).first().isEqualTo("Putin");
        assertThat(putin.surfaceForms()).contains("Mr Putin", "President Vladimir Putin");
    }

    @Test
    void keepsTwoPeopleWithTheSameSurnameApartWhenAmbiguous() {
        List<Entity> entities = EntityMerger.merge(List.of(
                new Mention("George Bush", EntityType.PERSON, BODY, 0, null),
                new Mention("Laura Bush", EntityType.PERSON, BODY, 20, null),
                new Mention("Bush", EntityType.PERSON, BODY, 40, null)), 100, 60);
        assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("George Bush", "Laura Bush", "Bush");
    }

    @Test
    void mergesAcronymsAndAliases() {
        List<Entity> entities = EntityMerger.merge(List.of(
                new Mention("World Trade Organisation", EntityType.ORGANIZATION, BODY, 0, null),
                new Mention("WTO", EntityType.ORGANIZATION, BODY, 50, null),
                new Mention("U.S.", EntityType.LOCATION, BODY, 70, null),
                new Mention("United States", EntityType.LOCATION, BODY, 90, null)), 200, 60);
        assertThat(entities).extracting(Entity::name)
                .containsExactlyInAnyOrder("World Trade Organisation", "United States");
    }

    @Test
    void ranksByMentionsAndHeadlinePresence() {
        List<Entity> entities = EntityMerger.merge(List.of(
                new Mention("Nato", EntityType.ORGANIZATION, HEADLINE, 5, null),
                new Mention("Cuba", EntityType.LOCATION, BODY, 50, null),
                new Mention("Cuba", EntityType.LOCATION, BODY, 150, null),
                new Mention("Nato", EntityType.ORGANIZATION, BODY, 80, null),
                new Mention("Texas", EntityType.LOCATION, BODY, 190, null)), 200, 60);
        assertThat(entities).extracting(Entity::name).containsExactly("Nato", "Cuba", "Texas");
        assertThat(entities).allSatisfy(e -> assertThat(e.salience()).isBetween(0.0, 1.0));
    }

    @Test
    void weighsTheHeadlineAboveRepeatedPassingMentions() {
        List<Mention> mentions = new java.util.ArrayList<>();
        mentions.add(new Mention("Merkel", EntityType.PERSON, HEADLINE, 0, null));
        mentions.add(new Mention("Angela Merkel", EntityType.PERSON, BODY, 30, null));
        for (int i = 0; i < 9; i++) {
            mentions.add(new Mention("US", EntityType.LOCATION, BODY, 100 + 50 * i, null));
        }
        List<Entity> entities = EntityMerger.merge(mentions, 800, 80);
        assertThat(entities).extracting(Entity::name).containsExactly("Angela Merkel", "US");
    }

    @Test
    void letsAltTextNameAnEntityWithoutCountingItAndDropsWhatOnlyAltTextNames() {
        List<Entity> entities = EntityMerger.merge(List.of(
                new Mention("Vladimir Putin", EntityType.PERSON, ALT_TEXT, 0, "President"),
                new Mention("Putin", EntityType.PERSON, BODY, 40, "Mr"),
                new Mention("Putin", EntityType.PERSON, BODY, 90, null),
                new Mention("Yalta", EntityType.LOCATION, ALT_TEXT, 30, null),
                new Mention("Donald Rumsfeld", EntityType.PERSON, CAPTION, 12, null)), 200, 60);
        assertThat(entities).extracting(Entity::name).containsExactly("Vladimir Putin", "Donald Rumsfeld");
        assertThat(entities.getFirst().mentions()).isEqualTo(2);
        assertThat(entities.getFirst().firstOffset()).isEqualTo(40);
        assertThat(entities.get(1).firstOffset()).isEqualTo(-1);
    }
}

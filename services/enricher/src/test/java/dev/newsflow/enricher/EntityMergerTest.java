package dev.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMergerTest {

    @Test
    void mergesSurnamesAndTitledMentionsIntoTheFullName() {
        List<Entity> entities = EntityMerger.merge(List.of(
                new Mention("Putin", EntityType.PERSON, 0, null),
                new Mention("Vladimir Putin", EntityType.PERSON, 40, "President"),
                new Mention("Putin", EntityType.PERSON, 90, "Mr"),
                new Mention("Putin", EntityType.LOCATION, 120, null)), 200, 20);
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
                new Mention("George Bush", EntityType.PERSON, 0, null),
                new Mention("Laura Bush", EntityType.PERSON, 20, null),
                new Mention("Bush", EntityType.PERSON, 40, null)), 100, 10);
        assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("George Bush", "Laura Bush", "Bush");
    }

    @Test
    void mergesAcronymsAndAliases() {
        List<Entity> entities = EntityMerger.merge(List.of(
                new Mention("World Trade Organisation", EntityType.ORGANIZATION, 0, null),
                new Mention("WTO", EntityType.ORGANIZATION, 50, null),
                new Mention("U.S.", EntityType.LOCATION, 70, null),
                new Mention("United States", EntityType.LOCATION, 90, null)), 200, 10);
        assertThat(entities).extracting(Entity::name)
                .containsExactlyInAnyOrder("World Trade Organisation", "United States");
    }

    @Test
    void ranksByMentionsAndHeadlinePresence() {
        List<Entity> entities = EntityMerger.merge(List.of(
                new Mention("Nato", EntityType.ORGANIZATION, 5, null),
                new Mention("Cuba", EntityType.LOCATION, 50, null),
                new Mention("Cuba", EntityType.LOCATION, 150, null),
                new Mention("Nato", EntityType.ORGANIZATION, 80, null),
                new Mention("Texas", EntityType.LOCATION, 190, null)), 200, 20);
        assertThat(entities).extracting(Entity::name).containsExactly("Nato", "Cuba", "Texas");
        assertThat(entities).allSatisfy(e -> assertThat(e.salience()).isBetween(0.0, 1.0));
    }
}

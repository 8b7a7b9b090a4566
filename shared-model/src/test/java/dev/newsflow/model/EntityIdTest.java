package dev.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityIdTest {

    @Test
    void givesOneIdToOneNameWhateverItsCaseAccentsAndDots() {
        assertThat(EntityId.of("Barack Obama")).isEqualTo("barack-obama");
        assertThat(EntityId.of("BARACK  OBAMA")).isEqualTo("barack-obama");
        assertThat(EntityId.of("George W. Bush")).isEqualTo(EntityId.of("George W Bush"));
        assertThat(EntityId.of("François Hollande")).isEqualTo("francois-hollande");
        assertThat(EntityId.of("The Hague")).isEqualTo("hague");
    }

    @Test
    void fillsAMissingIdFromTheName() {
        Entity old = new Entity("Vladimir Putin", EntityType.PERSON, 1, List.of("Putin"), 0, 1, null);
        assertThat(old.id()).isEqualTo("vladimir-putin");
    }
}

package dev.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void partitionCountDefaultsToSixWhenUnsetOrBlank() {
        assertThat(Topics.partitions((String) null)).isEqualTo(6);
        assertThat(Topics.partitions(" ")).isEqualTo(6);
    }

    @Test
    void partitionCountIsTakenFromTheSetting() {
        assertThat(Topics.partitions(" 12 ")).isEqualTo(12);
        assertThat(Topics.partitions("1")).isEqualTo(1);
    }

    @Test
    void partitionCountThatIsNotAPositiveNumberIsRefusedWithTheVariableName() {
        assertThatThrownBy(() -> Topics.partitions("0")).hasMessageContaining("NEWSFLOW_TOPIC_PARTITIONS");
        assertThatThrownBy(() -> Topics.partitions("six")).hasMessageContaining("'six'");
    }
}

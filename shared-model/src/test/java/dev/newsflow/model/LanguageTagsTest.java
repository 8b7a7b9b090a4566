package dev.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTagsTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(value = {"en|en", "en-GB|en", "EN_us|en", "' PT_br '|pt", "de|de", "zh-Hant-TW|zh", "-|NULL", "_|NULL",
        "--|NULL", "-en|NULL", "''|NULL", "'  '|NULL", "NULL|NULL"}, delimiter = '|', nullValues = "NULL")
    void readsTheFirstSubtagLowerCasedOrNoneWhenThereIsNone(String tag, String primary) {
        assertThat(LanguageTags.primarySubtag(tag)).isEqualTo(primary);
    }
}

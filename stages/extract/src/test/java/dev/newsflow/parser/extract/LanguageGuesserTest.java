package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private static final String ENGLISH = "The council met on Tuesday evening to discuss the new budget for the town's schools, "
            + "and after a long debate the members agreed to raise the money for teachers and buildings next year. ";
    private static final String GERMAN = "Der Gemeinderat hat am Dienstagabend über den neuen Haushalt für die Schulen der Stadt "
            + "beraten und nach langer Debatte beschlossen, im nächsten Jahr mehr Geld für Lehrer und Gebäude auszugeben. ";

    @Test
    void answersTwoLetterCodes() {
        assertThat(LanguageGuesser.guess(ENGLISH.repeat(3)).code()).isEqualTo("en");
        assertThat(LanguageGuesser.guess(GERMAN.repeat(3)).code()).isEqualTo("de");
    }

    @Test
    void readsOnlyTheFirst300Characters() {
        // German, then much more English: the guess and its confidence are those of the first 300 characters alone
        // (with 600 the English half moves the confidence, so this fails when the sample grows)
        String text = GERMAN.repeat(3).substring(0, 300) + ENGLISH.repeat(30);
        assertThat(LanguageGuesser.guess(text)).isEqualTo(LanguageGuesser.guess(text.substring(0, 300)));
        assertThat(LanguageGuesser.guess(text).code()).isEqualTo("de");
    }

    @Test
    void guessesNothingForBlankText() {
        assertThat(LanguageGuesser.guess("  \n ")).isNull();
    }
}

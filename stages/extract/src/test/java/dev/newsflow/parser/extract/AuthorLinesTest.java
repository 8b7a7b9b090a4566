package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorLinesTest {

    private final AuthorLines whitlock = new AuthorLines(List.of("Jane Whitlock"));

    @ParameterizedTest
    @ValueSource(strings = {"Jane Whitlock, Environment Correspondent", "Text: Jane Whitlock",
            "Jane Whitlock (in Cambridge)", "Jane Whitlock | Cambridge | 14/01/2026"})
    void aLineOfTheAuthorsNameAndLittleElseIsAByline(String text) {
        assertThat(whitlock.is(text)).isTrue();
    }

    @Test
    void anAllCapsBylineIsKept() {
        // it does not hold the surname as written: asked nothing, kept (a miss, never a loss)
        assertThat(whitlock.is("JANE WHITLOCK")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a sentence, a quotation, a speaker's label, a longer line of the story
            "Jane Whitlock dedicated the prize to the villagers.", "“It was the right decision,” Jane Whitlock said",
            "Jane Whitlock:", "Among those barred was this newspaper's reporter Jane Whitlock, who has covered the port",
            // someone who shares her surname
            "Helen Whitlock, harbour board member"})
    void theStorysOwnLinesThatNameTheAuthorStay(String text) {
        assertThat(whitlock.is(text)).isFalse();
    }

    @Test
    void onlyNamesOfAPersonsFormAreUsed() {
        // an organisation or a one-word name declared as the author would take the story's short lines that name it
        AuthorLines organisations = new AuthorLines(List.of("Reuters", "BBC News", "Staff Reporter", "AP"));
        assertThat(organisations.is("BBC News, London")).isFalse();
        assertThat(organisations.is("Reuters")).isFalse();
        AuthorLines particles = new AuthorLines(List.of("Anne van der Berg"));
        assertThat(particles.is("Anne van der Berg, Den Haag")).isTrue();
    }
}

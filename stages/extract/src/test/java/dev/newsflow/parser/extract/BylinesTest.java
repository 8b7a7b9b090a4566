package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void splitsPeopleAndDropsTheAffiliation() {
        assertThat(Bylines.split("By Jane Doe and John Roe, Reuters")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.split("By Jane Doe, Staff Writer and John Roe, Associated Press")).containsExactly("Jane Doe", "John Roe");
        assertThat(Bylines.split("Daniel Kahn Gillmor, ACLU Speech, Privacy, Technology Project")).containsExactly("Daniel Kahn Gillmor");
        assertThat(Bylines.split("By Brenda  Goodman, MA\n   WebMD Health News")).containsExactly("Brenda Goodman");
        assertThat(Bylines.split("By JOHN DOE AND JANE ROE")).containsExactly("JOHN DOE", "JANE ROE");
    }

    @Test
    void readsBylinesInOtherLanguages() {
        assertThat(Bylines.split("Martin Untersinger (avec Damien Leloup et Morgane Tual)"))
                .containsExactly("Martin Untersinger", "Damien Leloup", "Morgane Tual");
        assertThat(Bylines.split("Par Sébastien Farcis")).containsExactly("Sébastien Farcis");
        assertThat(Bylines.split("Aleš Vávra před 2 hodinami")).containsExactly("Aleš Vávra");
    }

    @Test
    void dropsTheBylineWordOfEachLanguageReadButNotASurnameThatOpensSo() {
        assertThat(Bylines.split("Av Karin Lund")).containsExactly("Karin Lund");
        assertThat(Bylines.split("Af Mette Holm")).containsExactly("Mette Holm");
        assertThat(Bylines.split("di Sara Bianchi")).containsExactly("Sara Bianchi");
        assertThat(Bylines.split("Di Maio Luigi")).containsExactly("Di Maio Luigi"); // "Di" opens Italian surnames
        assertThat(Bylines.opensWithBylineWord("By Sarah Lane, Education Editor")).isTrue();
        assertThat(Bylines.opensWithBylineWord("Madrid, 12 de mayo")).isFalse();
    }

    @Test
    void theNewsroomIsNoPersonInAnyLanguageRead() {
        for (String newsroom : new String[] {"Rédaction", "Redactie", "Redacción", "Redazione", "Redaktion"}) {
            assertThat(Bylines.split(newsroom)).as(newsroom).isEmpty();
        }
    }

    @Test
    void dropsDatesTimesAndUpdateNotes() {
        assertThat(Bylines.split("By Nathan Willis\n   March 25, 2015")).containsExactly("Nathan Willis");
        assertThat(Bylines.split("by Lucas Nolan22 Dec 2016651")).containsExactly("Lucas Nolan");
        assertThat(Bylines.split("James Akinaka • 8h")).containsExactly("James Akinaka");
        assertThat(Bylines.split("Posted by Nikhil Marathe on March 10, 2015")).containsExactly("Nikhil Marathe");
        assertThat(Bylines.split("By Jane Doe Updated 3:46 PM EDT")).containsExactly("Jane Doe");
        assertThat(Bylines.split("Last Updated: January 7, 2025")).isEmpty();
    }

    @Test
    void dropsRolesEditorsEmailsLinksAndPageControls() {
        assertThat(Bylines.split("Staff writer")).isEmpty();
        assertThat(Bylines.split("Follow Author")).isEmpty();
        assertThat(Bylines.split("Written by Rob Ewaschuk\nEdited by Betsy Beyer")).containsExactly("Rob Ewaschuk");
        assertThat(Bylines.split("Jane Doe (jane@example.com)")).containsExactly("Jane Doe");
        assertThat(Bylines.split("Bradley M. Kuhn (http://ebb.org/bkuhn/)")).containsExactly("Bradley M. Kuhn");
    }

    @Test
    void keepsNicknamesParticlesAndNonLatinNames() {
        assertThat(Bylines.split("Richard (R.J.) Eskow")).containsExactly("Richard (R.J.) Eskow");
        assertThat(Bylines.split("Jong, Michiel de")).containsExactly("Michiel de Jong");
        assertThat(Bylines.split("肖春芳")).containsExactly("肖春芳");
        assertThat(Bylines.split("Madonna")).containsExactly("Madonna");
        assertThat(Bylines.split("By TJ Miller and John Doe III, CNN")).containsExactly("TJ Miller", "John Doe III");
    }
}

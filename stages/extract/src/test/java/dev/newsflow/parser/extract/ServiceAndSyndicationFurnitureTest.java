package dev.newsflow.parser.extract;

import static dev.newsflow.parser.extract.RuleAlone.LAST;
import static dev.newsflow.parser.extract.RuleAlone.PAGE_END;
import static dev.newsflow.parser.extract.RuleAlone.PAGE_START;
import static dev.newsflow.parser.extract.RuleAlone.PROSE;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Research news services', syndicated copy's and Central European portals' furniture (the stress pages' fourteenth
 * group): a research story's service section after its text, a news scheme's notice, a
 * press office's sender line, comment counts, prompts and teaser headings in other languages, a cookie notice, an
 * author box in the column. And the article's own look-alikes, which stay.
 */
class ServiceAndSyndicationFurnitureTest {

    /** The body of an article with {@code middle} among its paragraphs, under one rule alone. */
    private static String middle(String rule, String middle) {
        return RuleAlone.article(rule, PAGE_START + PROSE.repeat(3) + middle + PROSE + LAST + PAGE_END).body();
    }

    /** The body of an article with {@code tail} after its last paragraph, under one rule alone. */
    private static String tail(String rule, String tail) {
        return RuleAlone.article(rule, PAGE_START + PROSE.repeat(4) + LAST + tail + PAGE_END).body();
    }

    /** The body of an article with {@code top} above its first paragraph, under one rule alone. */
    private static String top(String rule, String top) {
        return RuleAlone.article(rule, PAGE_START + top + PROSE.repeat(4) + LAST + PAGE_END).body();
    }

    private static String text(String html) {
        return Jsoup.parse(html).text();
    }

    @Test
    void aResearchStorysServiceSectionAfterItsTextGoes() {
        String english = "<p><strong>More information:</strong> A. Okonjo et al, Intranasal vaccination in ferrets,"
                + " <i>Science Translational Medicine</i> (2026). <a href=\"https://doi.org/10.1126/x.1\">DOI: 10.1126/x.1</a></p>"
                + "<p><b>Citation</b>: Nasal vaccine protects ferrets (2026, December 3) retrieved 7 December 2026 from"
                + " https://news.example/ferrets.html</p>"
                + "<p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or"
                + " research, no part may be reproduced without the written permission.</p>";
        assertThat(tail("end-markers", english)).doesNotContain("More information", "Citation", "copyright")
                .contains("Residents will be asked");
        String german = "<p><strong>Wissenschaftliche Ansprechpartner:</strong><br>Prof. Dr. Henrike Albers<br>"
                + "Tel.: +49 3581 374-2210<br>E-Mail: albers@uni.example</p>"
                + "<p><strong>Originalpublikation:</strong><br>Albers, H. (2026): Cooling by street trees. Urban Climate 58."
                + " DOI: 10.1016/j.uclim.2026.102214</p>"
                + "<p><small>Die Studie wurde von der Deutschen Forschungsgemeinschaft (DFG) gefördert.</small></p>";
        assertThat(tail("end-markers", german)).doesNotContain("Ansprechpartner", "Originalpublikation", "gefördert")
                .contains("Residents will be asked");
    }

    @Test
    void aServiceLabelInTheStorysProseOrBeforeMoreOfItsTextStays() {
        // the label without its colon opens a sentence of the story
        String sentence = "<p>More information about the vaccine's safety will come from a trial in 120 adult volunteers"
                + " that begins in March, the team said.</p>";
        assertThat(tail("end-markers", sentence)).contains(text(sentence));
        // a labelled line with the story's paragraphs after it: the shape is not a service section's
        String contact = "<p><strong>Contact:</strong> the library's front desk, open until ten.</p>" + PROSE
                + "<p>The mayor said the council would decide on the second library in the spring, after the survey.</p>";
        assertThat(tail("end-markers", contact)).contains("Contact: the library's front desk", "second library");
        // a label before most of the story's text: not after the story
        String early = RuleAlone.article("end-markers", PAGE_START + PROSE + "<p><strong>References:</strong></p>"
                + "<p>Council minutes, 3 March</p>" + PROSE.repeat(4) + LAST + PAGE_END).body();
        assertThat(early).contains("References:", "Council minutes");
    }

    @Test
    void aNewsSchemesNoticeAtTheEndGoesButAnOrganisationOfTheStoryStays() {
        String notice = "<p>The Local Democracy Reporting Service is a public service news agency funded by the BBC, which"
                + " supplies stories on councils to regional newspapers.</p>";
        assertThat(tail("end-markers", notice)).doesNotContain("Reporting Service").contains("Residents will be asked");
        String charity = "<p>The Wrenbury Village Trust is a charity that has run the village hall since 1952.</p>";
        assertThat(tail("end-markers", charity)).contains(text(charity));
    }

    @Test
    void aPressOfficesSenderLineAndAPolishDateLineAboveTheTextGo() {
        String sender = "<p>Dr. Jana Wendt Presse- und Öffentlichkeitsarbeit<br>Technische Universität Oberlausitz</p>";
        assertThat(top("header-lines", sender)).doesNotContain("Wendt").contains("The council met");
        String polish = "<p>Autor: Piotr Zając | 8 grudnia 2026, 07:45 | Aktualizacja: 8 grudnia 2026, 09:10</p>";
        assertThat(top("header-lines", polish)).doesNotContain("Zając").contains("The council met");
        // a first paragraph that names a press office has words of its own
        String lede = "<p>The university's press office said on Monday that the study would be published in March.</p>";
        assertThat(top("header-lines", lede)).contains(text(lede));
    }

    @Test
    void commentCountsPromptsAndTeaserHeadingsInOtherLanguagesGo() {
        for (String line : new String[] {"<p>Komentarze (7)</p>", "<p>Dodaj komentarz. Komentarze są moderowane.</p>",
                "<p>12 Kommentare</p>", "<p>Zobacz także</p>", "<p>Das könnte Sie auch interessieren</p>"}) {
            assertThat(middle("labelled-furniture", line)).as(line).doesNotContain(text(line))
                    .contains("Residents will be asked");
        }
    }

    @Test
    void aCookieNoticeGoesButAStoryAboutCookieRulesStays() {
        String notice = "<p>Szanowny Użytkowniku, korzystając z serwisu, wyrażasz zgodę na zapisywanie plików cookies.</p>";
        assertThat(middle("labelled-furniture", notice)).doesNotContain("cookies").contains("Residents will be asked");
        String english = "<p>By continuing to browse this site you agree to our use of cookies.</p>";
        assertThat(middle("labelled-furniture", english)).doesNotContain("cookies");
        String story = "<p>The regulator said websites must ask for consent before they store cookies on a visitor's"
                + " device, and fined two retailers.</p>";
        assertThat(middle("labelled-furniture", story)).contains(text(story));
    }

    @Test
    void anAuthorBoxInTheColumnGoesWithItsFrame() {
        String box = "<div class=\"box\"><p>Über die Autorin</p><p>Miriam Stolle schreibt seit 2015 Reportagen über"
                + " Handwerk. Sie lebt in Dresden.</p></div>";
        assertThat(middle("labelled-furniture", box)).doesNotContain("Über die Autorin", "Miriam Stolle")
                .contains("Residents will be asked");
        // the title standing bare among the paragraphs goes alone: the paragraph after it may be the article's
        String bare = "<p>About the author</p><p>The author of the report, a retired engineer, spent two years on it.</p>";
        assertThat(middle("labelled-furniture", bare)).doesNotContain("About the author")
                .contains("a retired engineer");
    }
}

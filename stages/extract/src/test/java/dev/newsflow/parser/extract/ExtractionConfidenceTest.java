package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The confidence ranks a junk-laden or broken extraction below a clean one, and stays within 0 to 1. */
class ExtractionConfidenceTest {

    private static final String ARTICLE = """
            The city council voted on Tuesday to expand the tram network by three new lines over the next decade.

            Supporters said the plan would cut traffic in the old town and bring the eastern suburbs within reach.

            Opponents warned that the cost, put at 2.4 billion euros, would fall on residents through higher fares.

            The first line, running from the station to the university, is due to open in 2029, officials said.""";

    /** The same article with what a junk-laden extraction keeps: a share bar, teasers, tags and a credit. */
    private static final String WITH_JUNK = ARTICLE + """


            Share on Facebook
            Share on X
            Copy link

            More from the city desk
            Bus drivers to strike next week over pay and conditions in the depot
            New bridge over the river opens to cyclists and walkers
            Mayor names new head of transport

            Tags: trams, council, transport

            Photo: City of Example / J. Smith""";

    private static final String HEADLINE = "Council votes to expand the tram network";

    private static double confidence(String body) {
        return ExtractionConfidence.of(body, words(body), 0, 0, HEADLINE, null, HEADLINE + " | Example Times");
    }

    private static int words(String body) {
        ArticleDraft d = new ArticleDraft();
        d.body = body;
        return d.wordCount();
    }

    @Test
    void aJunkLadenBodyScoresBelowItsCleanCounterpart() {
        assertThat(confidence(WITH_JUNK)).isLessThan(confidence(ARTICLE));
    }

    @Test
    void aBodyThatLostTheArticleToFragmentsScoresBelowTheArticle() {
        String fragments = """
                Council votes

                Tram network

                Read more

                Related: transport plan 2029""";
        assertThat(confidence(fragments)).isLessThan(confidence(WITH_JUNK));
    }

    @Test
    void proseShareCountsTheCharactersOfSentenceLikeLines() {
        String sentence = "This line has well over eight words and ends like a sentence.";
        String label = "Share on Facebook";
        String teaser = "A teaser headline of ten words that ends without punctuation";
        // prose: the sentence only (the teaser is long enough but unpunctuated); stripped lines, blank lines ignored
        double expected = (double) sentence.length() / (sentence.length() + label.length() + teaser.length());
        assertThat(ExtractionConfidence.proseShare(sentence + "\n\n  " + label + "  \n" + teaser + "\n"))
                .isCloseTo(expected, Offset.offset(1e-12));
        assertThat(ExtractionConfidence.proseShare("")).isZero();
        assertThat(ExtractionConfidence.proseShare("Seven words here, and then a stop.")).isZero();
        assertThat(ExtractionConfidence.proseShare("Eight words here, and then comes a stop.")).isEqualTo(1.0);
        assertThat(ExtractionConfidence.proseShare("He said: „it is eight words long and quoted.”")).isEqualTo(1.0);
    }

    @Test
    void chineseAndJapaneseCharactersCountAsWordsSinceThoseLanguagesUseNoSpaces() {
        // one run of letters to a plain word count, yet a full sentence
        assertThat(ExtractionConfidence.proseShare("市议会周二投票决定扩建有轨电车网络。")).isEqualTo(1.0);
        assertThat(ExtractionConfidence.proseShare("市議会は火曜日に路面電車の拡張を決めた。")).isEqualTo(1.0);
        // a short label stays a label
        assertThat(ExtractionConfidence.proseShare("更多新闻")).isZero();
    }

    @Test
    void aPageWithNothingToCompareIsNeitherTrustedNorDoubted() {
        double nothingToCompare = ExtractionConfidence.of(ARTICLE, words(ARTICLE), 0, 0, null, null);
        double agrees = ExtractionConfidence.of(ARTICLE, words(ARTICLE), 0, 0, HEADLINE, null, HEADLINE);
        double disagrees = ExtractionConfidence.of(ARTICLE, words(ARTICLE), 0, 0, HEADLINE, null, "Weather: sunny spells");
        assertThat(nothingToCompare).isLessThan(agrees).isGreaterThan(disagrees);
    }

    @Test
    void staysWithinZeroAndOne() {
        assertThat(ExtractionConfidence.of("", 0, 1, 2, "", "", "")).isBetween(0.0, 1.0);
        assertThat(ExtractionConfidence.of(ARTICLE, 10_000, 0, 0, HEADLINE, ARTICLE, HEADLINE)).isBetween(0.0, 1.0);
        // every signal full: long enough, no links, strict pass, all prose, headline and description agree
        String longArticle = String.join("\n\n", ARTICLE, ARTICLE, ARTICLE);
        assertThat(words(longArticle)).isGreaterThanOrEqualTo(150);
        assertThat(ExtractionConfidence.of(longArticle, words(longArticle), 0, 0, HEADLINE, ARTICLE, HEADLINE)).isEqualTo(1.0);
    }
}

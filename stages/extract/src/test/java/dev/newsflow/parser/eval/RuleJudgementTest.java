package dev.newsflow.parser.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a rule takes out of the dev bodies, line by line, and the figures the default criterion reads. */
class RuleJudgementTest {

    private static final String ARTICLE = "one two three four five six seven eight nine ten";

    @Test
    void theRemovedLinesAreThoseOfTheBodyWithoutTheRuleThatTheBodyWithItLacks() {
        var removed = RuleJudgement.removedLines(Map.of("a-1", "Intro\n\nRead more: x\n\nRead more: x\nEnd", "b-1", "Same"),
                Map.of("a-1", "Intro\n\nRead more: x\n\nEnd", "b-1", "Same"));
        assertThat(removed).containsExactly(new RuleJudgement.Removed("a-1", "Read more: x"));
    }

    @Test
    void aRuleThatCostsOnDevFailsTheFiguresEvenWhenItGainsOnTheCheckHalf() {
        Map<String, String> truth = Map.of("x-1", ARTICLE, "y-1", ARTICLE);
        Map<String, String> withJunk = Map.of("x-1", ARTICLE + "\nshare this on every network", "y-1", ARTICLE);
        Map<String, String> clean = Map.of("x-1", ARTICLE, "y-1", ARTICLE);
        Map<String, String> cut = Map.of("x-1", ARTICLE, "y-1", "one two three four five");
        var truths = new RuleJudgement.Truths(truth, truth, truth);
        var off = new RuleJudgement.Bodies(withJunk, withJunk, withJunk);

        RuleJudgement.Figures good = RuleJudgement.judge(truths, off, new RuleJudgement.Bodies(clean, clean, clean));
        assertThat(good.checkGain()).isPositive();
        assertThat(good.devCost()).isNegative();
        assertThat(good.passesByFigures()).isTrue();

        RuleJudgement.Figures costly = RuleJudgement.judge(truths, off, new RuleJudgement.Bodies(cut, clean, clean));
        assertThat(costly.checkGain()).isPositive();
        assertThat(costly.devCost()).isGreaterThan(0.001);
        assertThat(costly.passesByFigures()).isFalse();
        assertThat(costly.removed()).extracting(RuleJudgement.Removed::page).contains("y-1");
    }
}

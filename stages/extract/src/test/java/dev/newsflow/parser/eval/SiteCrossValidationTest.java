package dev.newsflow.parser.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Leave-one-site-out: a setting is scored only on sites it was not chosen on. */
class SiteCrossValidationTest {

    private static final String A = "one two three four five six seven eight";
    private static final String B = "alpha beta gamma delta epsilon zeta eta theta";

    @Test
    void aPageNumberIsNotPartOfTheSite() {
        assertThat(SiteCrossValidation.siteOf("nytimes-3")).isEqualTo("nytimes");
        assertThat(SiteCrossValidation.siteOf("lazy-image-1")).isEqualTo("lazy-image");
        assertThat(SiteCrossValidation.siteOf("004-metadata-space-separated-properties"))
                .isEqualTo("004-metadata-space-separated-properties");
        assertThat(SiteCrossValidation.bySite(List.of("wapo-1", "wapo-2", "cnn"))).containsOnlyKeys("wapo", "cnn");
    }

    @Test
    void aSettingThatOnlyFitsOneSiteIsNotChosenForIt() {
        // "fitted" is right on site w only, "general" on x, y and z: w's pages are scored under the setting the other
        // sites choose (general), so w is wrong even though a setting exists that gets it right
        Map<String, String> truth = Map.of("w-1", A, "x-1", A, "y-1", A, "z-1", A);
        var fitted = new SiteCrossValidation.Candidate("fitted", Map.of("w-1", A, "x-1", B, "y-1", B, "z-1", B));
        var general = new SiteCrossValidation.Candidate("general", Map.of("w-1", B, "x-1", A, "y-1", A, "z-1", A));
        SiteCrossValidation.Result r = SiteCrossValidation.leaveOneSiteOut(truth, List.of(fitted, general));
        assertThat(r.sites()).isEqualTo(4);
        assertThat(r.chosen()).containsEntry("general", 4).containsEntry("fitted", 0);
        assertThat(r.heldOut().recall()).isCloseTo(0.75, Offset.offset(1e-9));
        assertThat(r.plain().recall()).as("plain: the first candidate on every page").isCloseTo(0.25, Offset.offset(1e-9));
    }

    @Test
    void withOneCandidateTheHeldOutFigureIsThePlainOne() {
        Map<String, String> truth = Map.of("x-1", A, "y-1", A);
        var only = new SiteCrossValidation.Candidate("only", Map.of("x-1", A, "y-1", B));
        SiteCrossValidation.Result r = SiteCrossValidation.leaveOneSiteOut(truth, List.of(only));
        assertThat(r.heldOut()).isEqualTo(r.plain());
    }
}

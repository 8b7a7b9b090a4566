package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.model.RawPage;
import org.junit.jupiter.api.Test;

class PrecisionSettingsTest {

    @Test
    void theNamesTheCliAndTheParserReadPickTheirSettings() {
        assertThat(PrecisionSettings.named("defaults")).isSameAs(PrecisionSettings.DEFAULTS);
        assertThat(PrecisionSettings.named("strict")).isSameAs(PrecisionSettings.STRICT);
        assertThat(PrecisionSettings.named(" OFF ")).isSameAs(PrecisionSettings.OFF);
        assertThat(PrecisionSettings.NAMES).allSatisfy(name -> assertThat(PrecisionSettings.named(name)).isNotNull());
    }

    @Test
    void anUnknownNameSaysWhichOnesThereAre() {
        assertThatThrownBy(() -> PrecisionSettings.named("loose"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[defaults, strict, off]").hasMessageContaining("'loose'");
        assertThatThrownBy(() -> PrecisionSettings.named(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void offTakesNothingOutThatTheDefaultsWould() {
        String html = "<html><head><title>Rates rise</title></head><body><article><h1>Rates rise</h1>"
                + "<p>" + "The central bank raised its main rate by a quarter point on Thursday, its third rise this year. "
                .repeat(4) + "</p><p>" + "Economists had expected the move after inflation stayed high through the summer. "
                .repeat(4) + "</p><p>Share this article on Facebook</p></article></body></html>";
        RawPage page = RawPage.of("https://example.com/news/rates", "text/html", html, null, "manual");
        String off = new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.named("off")).extract(page).body();
        String defaults = new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.named("defaults"))
                .extract(page).body();
        assertThat(off).contains("Share this article");
        assertThat(defaults).doesNotContain("Share this article").contains("third rise this year");
    }
}

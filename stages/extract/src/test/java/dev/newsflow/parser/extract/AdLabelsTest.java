package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The content cleaner's quick test for ad and loading labels answers as the regex it stands for. */
class AdLabelsTest {

    @Test
    void adLabelTestAgreesWithTheRegexOnEveryWordAndAroundTheLengthLimit() {
        List<String> texts = List.of("ad", "Ad", "AD", "advertising", "ADVERTISEMENT", "advertisements", "pub",
                "Publicité", "PUBLICITÉ", "werb", "Werbung", "广告", "Реклама", "реклама", "Anuncio", "loading", "Loading...",
                "LOADING…", "loading....", "正在加载", "正在加载…", "Загрузка...", "chargement...", "Chargement…",
                "cargando...", "\n\t   Advertisement   \n", " ".repeat(190) + "ad", " ".repeat(199) + "ad", "", "   ",
                "Ad blocker", "The advertisement", "adverts", "a d", "chargement....");
        for (String text : texts) {
            boolean byRegex = text.length() <= 200 && ContentCleaner.AD_OR_LOADING.matcher(text.strip()).matches();
            assertThat(ContentCleaner.isAdOrLoadingLabel(text)).as("[%s]", text).isEqualTo(byRegex);
        }
        assertThat(ContentCleaner.isAdOrLoadingLabel("  chargement...  ")).isTrue();
        assertThat(ContentCleaner.isAdOrLoadingLabel("Advertisement")).isTrue();
    }
}

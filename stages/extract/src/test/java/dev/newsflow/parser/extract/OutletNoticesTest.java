package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutletNoticesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Story continues below advertisement", "ARTICLE CONTINUES BELOW THIS AD", "Continue reading below",
            "Artikel wird unter der Anzeige fortgesetzt", "La suite après cette publicité",
            "El artículo continúa después de la publicidad", "Continua a leggere dopo la pubblicità",
            "Lees verder onder de advertentie",
            "Now playing", "Watch nextVideo Ad Feedback", "Duration 2:31", "0:00 / 1:48 Replay", "Durée\u00a0: 01:54",
            "When you buy through links on our site, we may earn an affiliate commission. Here’s how it works.",
            "This article contains affiliate links. If you buy something, we may earn a commission.",
            "Dieser Artikel enthält Affiliate-Links. Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.",
            "Si vous achetez via ces liens, nous pouvons percevoir une commission.",
            "Have a news tip? Email newsroom@valley.example or call 555-0142.",
            "¿Tienes información sobre tu barrio? Escríbenos a redaccion@diario.example",
            "Heeft u een tip voor de redactie? Mail naar redactie@krant.example",
            "Contact Sam Reyes at sreyes@gadgetdesk.example.", "Kontakt zur Autorin: anna.berg@kreisbote.example",
            "Reporter Mia Lindqvist can be reached at mlindqvist@mountainstar.example.",
            "Lena Ortiz can be reached at lortiz@herald.example.",
            "Follow her on X @danawhitfield."})
    void aNoticeOfTheOutlet(String text) {
        assertThat(OutletNotices.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a live blog's time, a film in the news, a player named in prose
            "10:42", "The film, now playing at the Odeon, runs for two hours.",
            // "affiliated", a commission in the news, "US" is no "us"
            "A militia affiliated with the group attacked US troops near the border on Sunday.",
            "The commission said it would publish its report in March.",
            "“We will not earn a commission on any of it,” the broker said of the sale.",
            // the story's own appeals and addresses
            "Anyone with information is asked to call police on 101, quoting crime number 14/22871.",
            "Its director said staff could be reached at the usual address, info@harbourarts.example, with any sightings.",
            "Do you have a minute? The survey asks parents how they get their children to school.",
            "Contact between the two teams was limited to a handshake before the match.",
            // an ad's continuation named in prose
            "The story continues below the fold in the print edition, where the editors moved it after the vote."})
    void theStorysOwnWords(String text) {
        assertThat(OutletNotices.is(text)).isFalse();
    }
}

package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {

    private static String readAsWindows1252(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    }

    @Test
    void undoesOneRoundOfUtf8ReadAsWindows1252() {
        // (no closing double quote: its last UTF-8 byte, 0x9D, is a hole in windows-1252 that Java reads as U+FFFD)
        String text = "\u2018Caf\u00e9\u2019 \u2014 \u201ccr\u00e8me br\u00fbl\u00e9e \u20ac5";
        assertThat(Mojibake.repair(readAsWindows1252(text))).isEqualTo(text);
        assertThat(Mojibake.repair(text)).isSameAs(text);
    }

    @Test
    void leavesTextAloneWhenTheRepairWouldNotBeClean() {
        // Mojibake next to a character windows-1252 cannot hold: the text is not one clean round, so no guessing.
        String mixed = readAsWindows1252("Caf\u00e9") + " \u4e2d\u6587";
        assertThat(Mojibake.likelyIn(mixed)).isTrue();
        assertThat(Mojibake.repair(mixed)).isEqualTo(mixed);
    }
}

package dev.newsflow.parser.extract;

import dev.newsflow.model.charset.PageCharset;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was once decoded as windows-1252 and saved that way (mojibake such as {@code CafÃ©}). This
 * is the parser's part of charset handling and the extractor applies it to every page body: the damage is inside the
 * text the page really holds, so it cannot be decided from bytes and declarations, which is
 * {@link PageCharset}'s job (shared with the fetcher, which publishes pages as they are).
 */
public final class Mojibake {

    /** Two-character sequences that UTF-8 lead bytes become in windows-1252: Ã + continuation, Â + NBSP etc. */
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€[\u0099\u009C\u009D\u201C\u201D\u2122\u02DC¦“”˜™œ]");

    private static final char[] MOJIBAKE_LEADS = {'Ã', 'Â', 'â'};

    private Mojibake() {
    }

    /** True when the text shows typical UTF-8-read-as-windows-1252 sequences. */
    public static boolean likelyIn(String text) {
        // Every sequence starts with one of three characters; indexOf (vectorised) finds them far faster than
        // a charAt loop over the whole page, and the regex confirms each candidate.
        for (char lead : MOJIBAKE_LEADS) {
            for (int i = text.indexOf(lead); i >= 0 && i < text.length() - 1; i = text.indexOf(lead, i + 1)) {
                if (MOJIBAKE.matcher(text).region(i, Math.min(text.length(), i + 3)).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Undoes one round of UTF-8 read as windows-1252 (or Latin-1) when the text shows it and the repair is
     * clean (every character maps back to a byte and the bytes are valid UTF-8). Otherwise returns the text.
     */
    public static String repair(String text) {
        if (!likelyIn(text)) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        Windows1252Bytes table = Windows1252Bytes.INSTANCE;
        for (int i = 0; i < text.length(); i++) {
            int b = table.byteOf(text.charAt(i));
            if (b < 0) {
                return text; // a character outside windows-1252: not a clean mojibake, leave it alone
            }
            bytes[i] = (byte) b;
        }
        String repaired = PageCharset.validUtf8(bytes);
        return repaired == null ? text : repaired;
    }

    /** Reverse map of windows-1252 (with Latin-1 C1 controls accepted too). */
    private static final class Windows1252Bytes {
        static final Windows1252Bytes INSTANCE = new Windows1252Bytes();
        private final int[] map = new int[0x2200];

        private Windows1252Bytes() {
            Arrays.fill(map, -1);
            for (int b = 0; b < 256; b++) {
                map[b] = b; // Latin-1 identity, covers C1 controls and the bytes windows-1252 leaves undefined
            }
            byte[] one = new byte[1];
            for (int b = 0x80; b < 0xA0; b++) {
                one[0] = (byte) b;
                String s = new String(one, PageCharset.WINDOWS_1252);
                char c = s.charAt(0);
                if (c != '\uFFFD' && c < map.length) {
                    map[c] = b;
                }
            }
        }

        int byteOf(char c) {
            return c < map.length ? map[c] : -1;
        }
    }
}

package dev.newsflow.parser.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes fetched bytes to text the way browsers do: byte-order mark, then the HTTP charset, then
 * {@code <meta charset>} in the first bytes, then UTF-8 if the bytes are valid UTF-8, else windows-1252. Unlike
 * browsers, bytes that are valid UTF-8 (with non-ASCII in them) are read as UTF-8 whatever charset was declared.
 * Also repairs UTF-8 text that was decoded as windows-1252 (mojibake such as {@code CafÃ©}).
 */
public final class PageDecoder {

    /** How many leading bytes are searched for a {@code <meta charset>} declaration (HTML spec says 1024; pages lie). */
    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Two-character sequences that UTF-8 lead bytes become in windows-1252: Ã + continuation, Â + NBSP etc. */
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€[\u0099\u009C\u009D\u201C\u201D\u2122\u02DC¦“”˜™œ]");

    private static final char[] MOJIBAKE_LEADS = {'Ã', 'Â', 'â'};

    private PageDecoder() {
    }

    /** The result of decoding: the text and the charset that was used, with how it was chosen. */
    public record Decoded(String text, Charset charset, String source) {
    }

    /** Decodes {@code bytes} served with {@code contentType} (may be null). */
    public static Decoded decode(byte[] bytes, String contentType) {
        // 1. BOM wins over everything, as in browsers.
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
        }
        Charset header = charsetFrom(HEADER_CHARSET, contentType);
        if (header != null) {
            return finish(bytes, header, "http-header");
        }
        int scan = Math.min(bytes.length, META_SCAN_BYTES);
        Charset meta = charsetFrom(META_CHARSET, new String(bytes, 0, scan, StandardCharsets.ISO_8859_1));
        if (meta != null) {
            return finish(bytes, meta, "meta");
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(repairMojibake(utf8), StandardCharsets.UTF_8, "sniffed");
        }
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "fallback");
    }

    private static Decoded finish(byte[] bytes, Charset declared, String source) {
        Charset cs = declared;
        // WHATWG: ISO-8859-1 and US-ASCII labels mean windows-1252 (0x80-0x9F are printable there).
        if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
            cs = WINDOWS_1252;
        }
        if (cs.equals(StandardCharsets.UTF_8)) {
            String strict = strictUtf8(bytes);
            if (strict == null) {
                // Declared UTF-8 but is not: a common lie of old pages; windows-1252 is the best guess.
                return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, source + "-invalid-utf8");
            }
            return new Decoded(repairMojibake(strict), cs, source);
        }
        // Declared a legacy charset (windows-1252, GB2312, Shift_JIS, ...) but the bytes are valid UTF-8: typical of
        // pages re-saved as UTF-8 with their old declaration kept. Text in a legacy charset is practically never
        // valid UTF-8 once it has a few non-ASCII characters, so decoding as declared would only make mojibake.
        if (!cs.name().startsWith("UTF-16") && !cs.name().startsWith("UTF-32")) {
            String strict = strictUtf8(bytes);
            if (strict != null && hasNonAscii(bytes)) {
                return new Decoded(strict, StandardCharsets.UTF_8, source + "-was-utf8");
            }
        }
        return new Decoded(new String(bytes, cs), cs, source);
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Charset charsetFrom(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("utf8")) {
            name = "utf-8";
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null; // unknown label: fall through to the next source, as browsers do
        }
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** True when the text shows typical UTF-8-read-as-windows-1252 sequences. */
    public static boolean looksLikeMojibake(String text) {
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
    public static String repairMojibake(String text) {
        if (!looksLikeMojibake(text)) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        CharsetEncoderTable table = CharsetEncoderTable.INSTANCE;
        for (int i = 0; i < text.length(); i++) {
            int b = table.byteOf(text.charAt(i));
            if (b < 0) {
                return text; // a character outside windows-1252: not a clean mojibake, leave it alone
            }
            bytes[i] = (byte) b;
        }
        String repaired = strictUtf8(bytes);
        return repaired == null ? text : repaired;
    }

    /** Reverse map of windows-1252 (with Latin-1 C1 controls accepted too). */
    private static final class CharsetEncoderTable {
        static final CharsetEncoderTable INSTANCE = new CharsetEncoderTable();
        private final int[] map = new int[0x2200];

        private CharsetEncoderTable() {
            java.util.Arrays.fill(map, -1);
            for (int b = 0; b < 256; b++) {
                map[b] = b; // Latin-1 identity, covers C1 controls and the bytes windows-1252 leaves undefined
            }
            byte[] one = new byte[1];
            for (int b = 0x80; b < 0xA0; b++) {
                one[0] = (byte) b;
                String s = new String(one, WINDOWS_1252);
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

package dev.newsflow.model.charset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides which charset a page's bytes are in and turns them into text. The fetcher uses it on
 * every fetched or submitted body, and the parser's command-line tools use it on saved pages, so a page file read by
 * {@code eval extract} becomes the same text the fetcher would have published.
 *
 * <p>The order is the browsers': byte order mark, then the {@code charset} parameter of the Content-Type header,
 * then a {@code <meta>} declaration (or an XML prolog) in the first bytes; failing those, UTF-8 if the bytes are valid
 * UTF-8, else windows-1252 (what legacy pages without a declaration almost always are). Two exceptions, both because
 * declarations lie more often than bytes do:
 * <ul>
 *   <li>non-ASCII bytes that are valid UTF-8 are read as UTF-8 whatever legacy charset is declared: a CMS that
 *       re-encoded its pages but kept the old declaration is common, while legacy text that happens to be valid
 *       UTF-8 practically never occurs;</li>
 *   <li>a page declared UTF-8 whose bytes are not is read as windows-1252 when most of its non-ASCII bytes are not
 *       UTF-8 either (an old page with a new template), but stays UTF-8, with a replacement character for each bad
 *       byte, when most of them are (a UTF-8 page with a few stray legacy bytes pasted in).</li>
 * </ul>
 * The text is decoded, never edited: undoing mojibake that is inside the bytes is the parser's business.
 */
public final class PageCharset {

    /** What browsers use for pages labelled ISO-8859-1 or US-ASCII, and for undeclared legacy pages. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How many leading bytes are searched for a {@code <meta>} declaration (the HTML spec says 1024; pages lie). */
    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private PageCharset() {
    }

    /**
     * Decoded text and how it was decoded.
     *
     * @param text       the page as text, without a byte order mark
     * @param charset    the charset the text was decoded with (what a Content-Type {@code charset=} should now say)
     * @param detectedBy where the charset came from, for logs and tests: {@code bom}, {@code header}, {@code meta},
     *                   {@code valid-utf-8} or {@code fallback}; a declaration overruled by the bytes gets a suffix,
     *                   e.g. {@code header-was-utf-8}, {@code meta-was-not-utf-8}, {@code meta-with-invalid-bytes}
     */
    public record Decoded(String text, Charset charset, String detectedBy) {
    }

    /** Decodes {@code bytes} served with {@code contentType} (may be null, or have no charset parameter). */
    public static Decoded decode(byte[] bytes, String contentType) {
        int[] bomLength = new int[1];
        Charset bom = fromBom(bytes, bomLength);
        if (bom != null) {
            return new Decoded(new String(bytes, bomLength[0], bytes.length - bomLength[0], bom), bom, "bom");
        }
        // An unknown label counts as no label, and the next source decides, as in browsers.
        Charset header = contentType == null ? null : find(HEADER_CHARSET, contentType);
        if (header != null) {
            return declared(bytes, header, "header");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset meta = find(META_CHARSET, head);
        if (meta == null) {
            meta = find(XML_ENCODING, head);
        }
        if (meta != null) {
            // A page cannot really be UTF-16 if its meta tag was readable as ASCII (WHATWG says the same).
            if (meta.name().startsWith("UTF-16")) {
                meta = StandardCharsets.UTF_8;
            }
            return declared(bytes, meta, "meta");
        }
        String utf8 = validUtf8(bytes);
        return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8, "valid-utf-8")
                : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "fallback");
    }

    /**
     * A charset by its label, null if Java does not know it. Every label of ISO-8859-1 and US-ASCII (latin1, l1,
     * cp819, ascii, ...) means windows-1252, as in browsers: pages so labelled use 0x80-0x9F for curly quotes,
     * dashes and the euro sign, which ISO-8859-1 would turn into invisible control characters.
     */
    public static Charset forLabel(String label) {
        Charset charset;
        try {
            charset = Charset.forName(label.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                ? WINDOWS_1252 : charset;
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    public static String validUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The declared charset, unless the bytes say otherwise (see the class comment). */
    private static Decoded declared(byte[] bytes, Charset charset, String source) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            String strict = validUtf8(bytes);
            if (strict != null) {
                return new Decoded(strict, charset, source);
            }
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            return mostlyUtf8(lenient) ? new Decoded(lenient, charset, source + "-with-invalid-bytes")
                    : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, source + "-was-not-utf-8");
        }
        // Not for UTF-16/UTF-32: their bytes are not ASCII-compatible, so being valid UTF-8 says nothing.
        if (!charset.name().startsWith("UTF-") && hasNonAscii(bytes)) {
            String utf8 = validUtf8(bytes);
            if (utf8 != null) {
                return new Decoded(utf8, StandardCharsets.UTF_8, source + "-was-utf-8");
            }
        }
        return new Decoded(new String(bytes, charset), charset, source);
    }

    /**
     * True when more non-ASCII characters came out of valid UTF-8 sequences than out of invalid ones (each invalid
     * byte or broken sequence is one U+FFFD in {@code lenientUtf8}). Legacy text read as UTF-8 is nearly all U+FFFD,
     * since its accented letters are rarely followed by the continuation bytes UTF-8 needs.
     */
    private static boolean mostlyUtf8(String lenientUtf8) {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < lenientUtf8.length(); i++) {
            char c = lenientUtf8.charAt(i);
            if (c == '\uFFFD') {
                invalid++;
            } else if (c >= 0x80) {
                valid++;
            }
        }
        return valid > invalid;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Charset fromBom(byte[] b, int[] length) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            length[0] = 3;
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            length[0] = 2;
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            length[0] = 2;
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? forLabel(m.group(1)) : null;
    }
}

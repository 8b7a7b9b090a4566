package dev.newsflow.fetcher.crawl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a page's character set the way browsers do: byte order mark, then the Content-Type header, then a
 * {@code <meta>} declaration (or XML prolog) near the top; failing those, UTF-8 if the bytes are valid UTF-8,
 * else windows-1252 (what legacy pages without a declaration almost always are). One exception to the browsers'
 * order, shared with the parser's {@code PageDecoder}: non-ASCII bytes that are valid UTF-8 are read as UTF-8
 * whatever other charset is declared, because a CMS that re-encoded its pages but kept the old declaration
 * is common, while legacy text that happens to be valid UTF-8 practically never occurs.
 */
public final class CharsetDetector {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetDetector() {
    }

    /** A decoded body and the charset it was decoded with. */
    public record Decoded(String text, Charset charset, String detectedBy) {
    }

    /** Decodes {@code bytes} served with {@code contentType} (may be null). */
    public static Decoded decode(byte[] bytes, String contentType) {
        int[] bomLength = new int[1];
        Charset bom = fromBom(bytes, bomLength);
        if (bom != null) {
            return new Decoded(new String(bytes, bomLength[0], bytes.length - bomLength[0], bom), bom, "bom");
        }
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
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8, "valid-utf-8")
                : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "fallback");
    }

    /** The declared charset, unless it is not a UTF and the bytes are (non-ASCII) valid UTF-8. */
    private static Decoded declared(byte[] bytes, Charset charset, String source) {
        if (!charset.equals(StandardCharsets.UTF_8) && !charset.name().startsWith("UTF-") && hasNonAscii(bytes)) {
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                return new Decoded(utf8, StandardCharsets.UTF_8, source + "-was-utf-8");
            }
        }
        return new Decoded(new String(bytes, charset), charset, source);
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
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

    /** A charset by its label, with the WHATWG aliases (latin1 and ascii mean windows-1252); null if unknown. */
    static Charset forLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii")
                || l.equals("iso8859-1") || l.equals("l1")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(l);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

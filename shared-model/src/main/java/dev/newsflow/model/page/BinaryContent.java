package dev.newsflow.model.page;

import java.util.Locale;

/**
 * The one check that tells binary data from a web page or text, shared by the raw-record reader (a record dropped on
 * the topic) and the parser (a page about to be extracted): by the content type it is declared with, and by the control
 * and replacement characters at the start of its text.
 */
public final class BinaryContent {

    /** How much of the text is looked at: binary data shows itself at once. */
    private static final int SAMPLE_CHARS = 4096;
    /** Share of the sample that may be control or replacement characters before the text counts as binary. */
    private static final double MAX_BAD_SHARE = 0.15;

    private BinaryContent() {
    }

    /** Whether a content type declares data that is no web page: images, audio, video, fonts, PDF, archives. */
    public static boolean isBinaryType(String contentType) {
        String ct = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        return ct.startsWith("image/") || ct.startsWith("audio/") || ct.startsWith("video/") || ct.startsWith("font/")
                || ct.startsWith("application/pdf") || ct.startsWith("application/octet-stream")
                || ct.startsWith("application/zip");
    }

    /**
     * Why a text is binary data rather than a page, for a person; null when it reads as text. Binary when its first
     * 4096 characters hold a NUL, or more than 1 % (plus one) control characters other than whitespace, or more than
     * 15 % control and replacement characters together (bytes decoded as text they are not).
     */
    public static String whyBinary(String text) {
        int sample = Math.min(text.length(), SAMPLE_CHARS);
        int control = 0;
        int replacement = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "a NUL character among the first " + sample + " characters";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            } else if (c == '\uFFFD') {
                replacement++;
            }
        }
        if (control > sample / 100 + 1) {
            return control + " of the first " + sample + " characters are control characters";
        }
        if (sample > 0 && control + replacement > sample * MAX_BAD_SHARE) {
            return (control + replacement) + " of the first " + sample
                    + " characters are control or replacement characters";
        }
        return null;
    }
}

package dev.newsflow.model;

import dev.newsflow.model.charset.PageCharset;
import dev.newsflow.model.page.BinaryContent;
import java.time.Instant;
import java.util.Map;

/**
 * Reads what was dropped onto {@link Topics#PAGES_RAW}: either a {@link RawPage} JSON envelope, or a bare
 * HTML or plain-text body with the URL in the {@link Headers#URL} header (what {@code kafka-console-producer}
 * sends). Anything else is refused with a reason a person can act on.
 */
public final class RawPages {

    private RawPages() {
    }

    /**
     * Decodes one record value.
     *
     * @param value   the record value
     * @param headers the record headers (name to UTF-8 value); may be empty
     * @throws MalformedEventException with an actionable reason when the record is neither form
     */
    public static RawPage decode(byte[] value, Map<String, String> headers) {
        if (value == null || value.length == 0) {
            throw new MalformedEventException("empty record: drop a RawPage JSON envelope, or an HTML/text body"
                    + " with the page URL in the '" + Headers.URL + "' header");
        }
        String text = strictUtf8(value);
        String headerUrl = headers == null ? null : headers.get(Headers.URL);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{")) {
            RawPage page = Events.fromJson(value, RawPage.class);
            if (page.url() == null) {
                throw new MalformedEventException("RawPage JSON without a url");
            }
            return page;
        }
        String binary = BinaryContent.whyBinary(text);
        if (binary != null) {
            throw new MalformedEventException("record is binary data (" + value.length + " bytes; " + binary
                    + "), not a RawPage JSON envelope nor an HTML or text page");
        }
        if (headerUrl == null || headerUrl.isBlank()) {
            throw new MalformedEventException("a bare page needs its URL in the '" + Headers.URL
                    + "' header (or send a RawPage JSON envelope with a url field)");
        }
        if (!headerUrl.startsWith("http://") && !headerUrl.startsWith("https://")) {
            throw new MalformedEventException("the '" + Headers.URL + "' header must be an absolute http(s) URL, got: "
                    + headerUrl);
        }
        String contentType = headers.get(Headers.CONTENT_TYPE);
        if (contentType == null || contentType.isBlank()) {
            contentType = looksLikeHtml(trimmed) ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
        }
        String source = headers.getOrDefault(Headers.SOURCE, "manual");
        return RawPage.of(headerUrl.trim(), contentType, text, Instant.now(), source);
    }

    /** Whether the text starts like markup rather than prose. */
    public static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                || head.startsWith("<head") || head.startsWith("<body") || head.startsWith("<!--")
                || (head.startsWith("<") && head.contains(">") && (head.contains("<p") || head.contains("<div")
                || head.contains("<meta") || head.contains("<title")));
    }

    private static String strictUtf8(byte[] value) {
        String text = PageCharset.validUtf8(value);
        if (text == null) {
            throw new MalformedEventException("record is not UTF-8 text (" + value.length + " bytes): a raw page"
                    + " must be UTF-8 JSON or UTF-8 HTML/text; decode legacy charsets before dropping");
        }
        return text;
    }
}

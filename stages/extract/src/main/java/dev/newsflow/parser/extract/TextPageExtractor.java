package dev.newsflow.parser.extract;

import dev.newsflow.model.Image;
import dev.newsflow.model.RelatedLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts an article from a plain-text rendering of a news page (text copied or saved from a browser, or a
 * text/plain fetch). Such a page is a sequence of blocks separated by blank lines: navigation first, then a
 * dateline, headline, image captions and byline, the body (prose paragraphs, subheadings, bullet lists), and a
 * footer of related links and boilerplate. Lines are classified by shape; nothing is specific to one publisher.
 *
 * <p>A text page carries no image or link URLs: its captions and related links are reported against the page URL
 * with a {@code #image-N} / {@code #related-N} fragment so the records stay valid.
 */
final class TextPageExtractor {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦‣*-]|\\d{1,2}[.)])\\s+(.+)$");
    private static final Pattern SECTION = Pattern.compile("(?i)^\\s*(?:you are in|section|category|filed under)\\s*:\\s*(.+)$");
    private static final Pattern BYLINE = Pattern.compile("^\\s*(?:By|BY|Written by|Words by)\\s+(.{3,120})$");
    /**
     * A staff byline that names the outlet before the writer: "By BBC News Online's Stephen Mulvey". A text page has
     * no site-name meta, and this is where such pages name themselves in words.
     */
    private static final Pattern BYLINE_OUTLET = Pattern.compile("^\\s*(?:By|BY)\\s+(\\p{Lu}[\\p{L}\\p{N} .&-]{1,60}?)['’]s\\s+\\p{Lu}.*");
    private static final Pattern FOOTER = Pattern.compile(
            "(?i)^\\s*(?:see also|related (?:stories|links|articles|content|internet links)|related|internet links|more on this story"
                    + "|top .* stories|links to more .*|e-?mail this .*|share this .*|print this .*|read more|also in the news)\\s*:?\\s*$");
    private static final Pattern RELATED_META = Pattern.compile("^\\s*\\d{1,2} \\p{L}{3} \\d{2}\\s*\\|.*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"'”’)]\\s*$");

    private TextPageExtractor() {
    }

    /** True when the text looks like a text page rather than HTML that was served as text. */
    static boolean isTextPage(String contentType, String body) {
        String head = body.length() > 2048 ? body.substring(0, 2048) : body;
        String lower = head.toLowerCase(java.util.Locale.ROOT);
        boolean looksHtml = lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body")
                || lower.contains("<p>") || lower.contains("<div");
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain")) {
            return !looksHtml;
        }
        return !looksHtml && !lower.contains("<");
    }

    static void extract(String text, String url, ArticleDraft d) {
        List<String> lines = new ArrayList<>();
        for (String l : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lines.add(l.replace('\u00A0', ' ').stripTrailing());
        }
        int n = lines.size();

        // Dateline: the first line that is mostly a date; the headline is the next non-empty line.
        int dateLine = -1;
        for (int i = 0; i < n && i < 200; i++) {
            String l = lines.get(i).strip();
            if (l.length() > 0 && l.length() < 80) {
                Instant at = DateParsing.parseProse(l);
                if (at != null && !l.matches(".*[.!?]$")) {
                    dateLine = i;
                    d.claim("publishedAt", "visible");
                    d.publishedAt = at;
                    break;
                }
            }
        }
        // Body start: the first prose paragraph (a long line that ends like a sentence).
        int bodyStart = -1;
        for (int i = Math.max(0, dateLine + 1); i < n; i++) {
            if (isProse(lines.get(i))) {
                bodyStart = i;
                break;
            }
        }
        if (bodyStart < 0) {
            throw new ExtractionException("empty-body", "no prose paragraph found in text page " + url);
        }
        int headline = -1;
        if (dateLine >= 0) {
            for (int i = dateLine + 1; i < bodyStart; i++) {
                if (!lines.get(i).isBlank()) {
                    headline = i;
                    break;
                }
            }
        }
        if (headline < 0) {
            // No dateline: the last title-like line of the first block above the body.
            for (int i = bodyStart - 1; i >= 0; i--) {
                String l = lines.get(i).strip();
                if (l.length() >= 15 && l.length() <= 150 && !SENTENCE_END.matcher(l).find() && !l.contains("|")) {
                    headline = i;
                    while (headline > 0 && !lines.get(headline - 1).isBlank()
                            && lines.get(headline - 1).strip().length() >= 15) {
                        headline--; // a caption pair sits under the headline; take the top of the block
                    }
                    break;
                }
            }
        }
        if (headline >= 0) {
            d.claim("headline", "visible");
            d.headline = lines.get(headline).strip();
        }
        // Section: "You are in: World: Americas" anywhere above the body.
        for (int i = 0; i < bodyStart; i++) {
            Matcher m = SECTION.matcher(lines.get(i));
            if (m.matches()) {
                List<String> path = new ArrayList<>();
                for (String p : m.group(1).split("\\s*(?::|>|»|/|\\|)\\s*")) {
                    if (!p.isBlank()) {
                        path.add(p.strip());
                    }
                }
                if (!path.isEmpty() && d.claim("section", "visible")) {
                    d.section = path;
                }
                break;
            }
        }
        // Between the headline and the body: the byline, and caption blocks of images.
        List<String> pending = new ArrayList<>();
        for (int i = headline + 1; i < bodyStart; i++) {
            String l = lines.get(i).strip();
            Matcher by = BYLINE.matcher(l);
            if (by.matches()) {
                List<String> names = Bylines.split(l);
                if (!names.isEmpty() && d.claim("authors", "visible")) {
                    d.authors = names;
                }
                Matcher outlet = BYLINE_OUTLET.matcher(l);
                if (outlet.matches() && d.claim("site", "visible")) {
                    d.site = outlet.group(1).strip();
                }
                flushCaption(pending, url, d);
            } else if (l.isEmpty()) {
                flushCaption(pending, url, d);
            } else {
                pending.add(l);
            }
        }
        flushCaption(pending, url, d);

        // Body end: the first footer marker after the start, then back to the last prose line.
        int footer = n;
        for (int i = bodyStart; i < n; i++) {
            if (FOOTER.matcher(lines.get(i)).matches()) {
                footer = i;
                break;
            }
        }
        int bodyEnd = footer - 1;
        while (bodyEnd > bodyStart && !isProse(lines.get(bodyEnd)) && !isBullet(lines.get(bodyEnd))) {
            bodyEnd--;
        }

        StringBuilder body = new StringBuilder();
        List<String> list = null;
        List<String> block = new ArrayList<>();
        for (int i = bodyStart; i <= bodyEnd + 1; i++) {
            String l = i <= bodyEnd ? lines.get(i).strip() : "";
            Matcher bullet = BULLET.matcher(l);
            if (i <= bodyEnd && bullet.matches()) {
                flushBlock(block, body, url, d);
                if (list == null) {
                    list = new ArrayList<>();
                    separate(body, 2);
                } else {
                    separate(body, 1);
                }
                String item = bullet.group(1).strip();
                list.add(item);
                body.append(item);
                continue;
            }
            if (list != null) {
                d.lists.add(list);
                list = null;
            }
            if (l.isEmpty()) {
                flushBlock(block, body, url, d);
            } else {
                block.add(l);
            }
        }
        if (!d.lists.isEmpty()) {
            d.provenance.putIfAbsent("lists", "visible");
        }
        d.body = body.toString().strip();
        d.claim("body", "visible");

        // Related links: the titles after "See also:" up to the next footer marker.
        if (footer < n && lines.get(footer).toLowerCase(java.util.Locale.ROOT).contains("see also")
                || footer < n && lines.get(footer).toLowerCase(java.util.Locale.ROOT).startsWith("related")) {
            for (int i = footer + 1; i < n; i++) {
                String l = lines.get(i).strip();
                if (FOOTER.matcher(l).matches() || l.endsWith(":")) {
                    break;
                }
                if (l.isEmpty() || RELATED_META.matcher(l).matches()) {
                    continue;
                }
                d.relatedLinks.add(new RelatedLink(url + "#related-" + (d.relatedLinks.size() + 1), l));
            }
            if (!d.relatedLinks.isEmpty()) {
                d.provenance.put("relatedLinks", "visible");
            }
        }
    }

    /** A body block: prose lines are paragraphs; a lone short line is a subheading; short line pairs are captions. */
    private static void flushBlock(List<String> block, StringBuilder body, String url, ArticleDraft d) {
        if (block.isEmpty()) {
            return;
        }
        boolean captions = block.size() <= 2 && block.stream().noneMatch(TextPageExtractor::isProse)
                && block.size() == 2;
        if (captions) {
            flushCaption(block, url, d);
            return;
        }
        for (String l : block) {
            separate(body, 2);
            body.append(l);
        }
        block.clear();
    }

    private static void separate(StringBuilder body, int newlines) {
        if (body.length() == 0) {
            return;
        }
        body.append(newlines == 2 ? "\n\n" : "\n");
    }

    /** Image lines: the alt text and then the caption (or a caption alone). */
    private static void flushCaption(List<String> lines, String url, ArticleDraft d) {
        if (lines.isEmpty()) {
            return;
        }
        String alt = lines.size() >= 2 ? lines.get(0) : null;
        String caption = lines.get(lines.size() - 1);
        d.images.add(new Image(url + "#image-" + (d.images.size() + 1), alt, caption));
        d.provenance.putIfAbsent("images", "visible");
        lines.clear();
    }

    private static boolean isProse(String line) {
        String l = line.strip();
        return l.length() >= 60 && SENTENCE_END.matcher(l).find() && l.split("\\s+").length >= 10;
    }

    private static boolean isBullet(String line) {
        return BULLET.matcher(line).matches();
    }
}

package dev.newsflow.parser.extract;

import dev.newsflow.model.Article;
import dev.newsflow.model.Image;
import dev.newsflow.model.RawPage;
import dev.newsflow.model.page.BinaryContent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns a raw page into an article: the body text (article text only, blocks separated) and metadata, each
 * field with its provenance. HTML pages go through jsoup, {@link HtmlMetadata} and {@link ContentFinder};
 * plain-text renderings through {@link TextPageExtractor}. Plain Java: the parser service, the CLI and the
 * benchmarks call it alike. Thread-safe.
 */
public class ArticleExtractor {

    // selectors parsed once (jsoup parses a selector string again at every call); stateless, so shared by threads
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator FIGURE = QueryParser.parse("figure");
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
    private static final Evaluator LISTS = QueryParser.parse("ul, ol");

    private final ExtractionLimits limits;
    private final PrecisionSettings precision;

    /** An extractor with {@link ExtractionLimits#DEFAULTS} and {@link PrecisionSettings#DEFAULTS}. */
    public ArticleExtractor() {
        this(ExtractionLimits.DEFAULTS);
    }

    public ArticleExtractor(ExtractionLimits limits) {
        this(limits, PrecisionSettings.DEFAULTS);
    }

    /** @param precision the thresholds of the precision rules (the evaluation's cross-validation tries several) */
    public ArticleExtractor(ExtractionLimits limits, PrecisionSettings precision) {
        this.limits = limits;
        this.precision = precision;
    }

    /** The limits this extractor enforces. */
    public ExtractionLimits limits() {
        return limits;
    }

    /**
     * Extracts the article from the page.
     *
     * @throws ExtractionException when the page is not an article (with a reason code and a readable reason):
     *                             {@code too-large}, {@code binary}, {@code empty-body}, {@code too-deep},
     *                             {@code not-an-article}, {@code no-headline}, {@code timeout}; and
     *                             {@code extractor-failure} when the extractor itself failed on the page (a bug met on
     *                             some markup, with the failure as the cause): extraction is a function of the page
     *                             alone, so trying again would fail again, and the page is a dead letter at once
     *                             rather than a retried "infrastructure" failure
     */
    public Article extract(RawPage page) {
        try {
            return extractPage(page);
        } catch (ExtractionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ExtractionException("extractor-failure", "the extractor failed on " + page.url() + ": " + e
                    + " (a bug: report it with the page)", e);
        }
    }

    /** {@link #extract}, without turning the extractor's own failures into {@code extractor-failure}. */
    Article extractPage(RawPage page) {
        Deadline deadline = new Deadline(limits.timeBudget());
        String raw = page.body();
        if (raw.length() > limits.maxChars()) {
            throw new ExtractionException("too-large", "page of " + raw.length() + " characters exceeds the limit of "
                    + limits.maxChars() + " (" + page.url() + ")");
        }
        if (raw.isBlank()) {
            throw new ExtractionException("empty-body", "page body is empty (" + page.url() + ")");
        }
        checkNotBinary(page);
        String body = Mojibake.repair(raw);
        ArticleDraft d = new ArticleDraft();
        if (TextPageExtractor.isTextPage(page.contentType(), body)) {
            TextPageExtractor.extract(body, page.url(), d);
        } else {
            extractHtml(body, page.url(), d, deadline);
        }
        deadline.check("metadata");
        finish(d, page.url());
        return d.toArticle(page.url());
    }

    private void extractHtml(String html, String url, ArticleDraft d, Deadline deadline) {
        Document doc = Jsoup.parse(html, url);
        // one vocabulary of class and id words for the metadata and the content, looked up once per page
        ClassSignals signals = new ClassSignals();
        HtmlMetadata meta = new HtmlMetadata(doc, url, signals);
        // the metadata's walk over the page measures its nesting too, and gathers what the content finder's first pass
        // removes before it reads the body (nothing changes the page in between): one walk instead of three
        CandidateWalk.Preparation prepared = new CandidateWalk.Preparation(doc.body());
        checkDepth(meta.collect(prepared), doc);
        deadline.check("parsing");
        meta.read(d);
        deadline.check("reading metadata");
        String title = d.headline != null ? d.headline : meta.documentTitle;
        PageCopies copies = new PageCopies(html, url);
        ContentFinder.Content found = ContentFinder.find(doc, prepared, copies::copy, deadline, title, signals);
        Element content = found == null ? null : found.element();
        if (content == null || !content.hasText()) {
            // Nothing survived the cleaning: tell an index (all links) from a page with no text at all.
            Element fresh = copies.last().body();
            SubtreeStats page = fresh == null ? new SubtreeStats() : SubtreeStats.of(fresh);
            if (page.textLength > 200 && page.linkDensity() > 0.5) {
                throw new ExtractionException("not-an-article", "the page is mostly links (" + Math.round(100 * page.linkDensity())
                        + " % of its text): an index or navigation page, not an article: " + url);
            }
            throw new ExtractionException("empty-body", "no article text found in " + url);
        }
        if (!d.has("authors") && found.visibleByline() != null) {
            List<String> names = Bylines.split(found.visibleByline());
            if (!names.isEmpty() && d.claim("authors", "visible")) {
                d.authors = names;
            }
        }
        // An index page: the best block is mostly links.
        d.indexLike = found.stats().linkDensity() > 0.65 && content.text().length() > 200;
        d.contentLinkDensity = found.stats().linkDensity();
        d.contentPass = found.pass();
        d.pageTitles.add(meta.documentTitle);
        // the content has left the document (the finder moved it into a div of its own), so nothing below changes
        // which <h1> comes first in the document: looked up once for the page titles and the visible headline
        Element firstH1 = doc.selectFirst(H1);
        String firstH1Text = firstH1 == null ? null : firstH1.text();
        if (firstH1 != null) {
            d.pageTitles.add(firstH1Text);
        }
        d.standfirst = new JunkBlocks(precision, precision.publisherBody() ? meta.statedBody() : null,
                precision.serviceLinks() ? new ServiceLinks(doc.baseUri(), d.canonicalUrl, d.site) : null,
                precision.labelledFurniture() && !d.authors.isEmpty() ? new AuthorLines(d.authors) : null)
                .clean(content, d.description);
        // the standfirst is the article's description when the page declares none
        d.setText("description", "standfirst", d.standfirst);
        deadline.check("removing junk blocks");
        collectImages(content, doc.baseUri(), meta.socialImages(), d);
        collectLists(content, d);
        d.body = TextRenderer.render(content);
        d.claim("body", "visible");
        if (!d.has("headline") && firstH1Text != null && !firstH1Text.isBlank()) {
            d.claim("headline", "visible");
            d.headline = firstH1Text.strip();
        }
        d.declaredLanguage = meta.declaredLanguage;
        if (meta.declaredLanguage != null) {
            d.provenance.put("declaredLanguage", "html-lang");
        }
    }

    private void finish(ArticleDraft d, String url) {
        if (d.body == null || d.body.isBlank()) {
            throw new ExtractionException("empty-body", "no article text found in " + url);
        }
        if (d.body.length() < limits.minBodyChars()) {
            throw new ExtractionException("not-an-article", "only " + d.body.length() + " characters of text (minimum "
                    + limits.minBodyChars() + "); probably an index, error or login page: " + url);
        }
        if (d.indexLike) {
            throw new ExtractionException("not-an-article", "the best text block is mostly links: an index or navigation page, not an article: " + url);
        }
        if (d.headline == null || d.headline.isBlank()) {
            // No declared or visible headline: the first line of the text stands in, flagged as such.
            String first = d.body.lines().findFirst().orElse("").strip();
            d.headline = first.length() > 120 ? first.substring(0, first.lastIndexOf(' ', 120) > 40 ? first.lastIndexOf(' ', 120) : 120) + "…" : first;
            d.provenance.put("headline", "body");
        }
        if (!d.has("site")) {
            String host = SiteNames.hostOf(url);
            if (host != null) {
                d.claim("site", "url");
                d.site = host;
            }
        }
        if (!d.has("publishedAt")) {
            // the day in the URL, for text pages (an HTML page's date rule has tried it already)
            Instant day = DateParsing.dayInUrl(url);
            if (day != null) {
                d.claim("publishedAt", "url");
                d.publishedAt = day;
            }
        }
        if (!d.has("canonicalUrl")) {
            d.claim("canonicalUrl", "url");
            d.canonicalUrl = url;
        }
        language(d);
        if (d.authors.isEmpty()) {
            d.provenance.remove("authors");
        }
        // a headline taken from the body's first line was found by no metadata source: nothing agrees with it
        String headline = "body".equals(d.provenance.get("headline")) ? "" : d.headline;
        // the description is checked against the text the page shows, the standfirst above the body included; one
        // taken from the standfirst was declared by no metadata source, so it has nothing to agree with
        String shown = d.standfirst == null ? d.body : d.standfirst + "\n\n" + d.body;
        String description = "standfirst".equals(d.provenance.get("description")) ? null : d.description;
        d.confidence = ExtractionConfidence.of(d.body, shown, d.wordCount(), d.contentLinkDensity, d.contentPass,
                headline, description, d.pageTitles.toArray(String[]::new));
    }

    /**
     * The page's declared language when it has one (cheap, and right on almost every news site); otherwise
     * OpenNLP's guess from the body text.
     */
    private static void language(ArticleDraft d) {
        String declared = d.declaredLanguage;
        d.provenance.remove("declaredLanguage");
        if (declared != null && declared.length() == 2) {
            d.language = declared;
            d.claim("language", "html-lang");
            return;
        }
        LanguageGuesser.Guess guess = d.body.length() >= 40 ? LanguageGuesser.guess(d.body) : null;
        if (guess != null && guess.code().length() == 2) {
            d.language = guess.code();
            d.claim("language", "opennlp");
        }
    }

    /** The binary-content check the raw-record reader applies too ({@link BinaryContent}), by type and by text. */
    private static void checkNotBinary(RawPage page) {
        if (BinaryContent.isBinaryType(page.contentType())) {
            throw new ExtractionException("binary", "content type " + page.contentType() + " is not a web page ("
                    + page.url() + ")");
        }
        String why = BinaryContent.whyBinary(page.body());
        if (why != null) {
            throw new ExtractionException("binary", why + ": binary content, not a web page (" + page.url() + ")");
        }
    }

    private void checkDepth(int depth, Document doc) {
        int limit = limits.maxDepth();
        if (depth > limit) {
            throw new ExtractionException("too-deep", "elements nest " + depth + " deep, beyond the limit of " + limit
                    + "; pathological or hostile markup (" + doc.location() + ")");
        }
    }

    /**
     * The content's images, after the page's share image (declared in its head: {@link HtmlMetadata#socialImages}).
     * Sources are resolved against {@code base} (the page URL, or its {@code <base href>}) by hand: the content has
     * been taken out of its document, so jsoup's {@code absUrl} would find no base and drop every relative source.
     */
    private static void collectImages(Element content, String base, List<Element> socialImages, ArticleDraft d) {
        Set<String> seen = new LinkedHashSet<>();
        BaseUrl resolver = new BaseUrl(base);
        for (Element img : content.select(IMG)) {
            String src = resolver.absolute(img.attr("src"));
            if (src.isEmpty()) {
                src = resolver.absolute(img.attr("data-src"));
            }
            if (src.isEmpty() || src.startsWith("data:") || !seen.add(src)) {
                continue;
            }
            String alt = img.attr("alt").strip();
            String caption = null;
            Element figure = img.closest(FIGURE);
            if (figure != null) {
                Element fc = figure.selectFirst(FIGCAPTION);
                if (fc != null && !fc.text().isBlank()) {
                    caption = fc.text().strip();
                }
            }
            d.images.add(new Image(src, alt.isEmpty() ? null : alt, caption));
        }
        String og = null;
        for (Element m : socialImages) {
            og = m.absUrl("content");
            if (!og.isEmpty()) {
                break;
            }
        }
        if (og != null && !og.isEmpty() && seen.add(og)) {
            d.images.add(0, new Image(og, null, null));
        }
        if (!d.images.isEmpty()) {
            d.provenance.put("images", og != null && !og.isEmpty() ? "opengraph+visible" : "visible");
        }
    }

    /**
     * Unmodified copies of the page for the content finder's later passes and the empty-content check (each pass
     * changes its copy). The HTML is parsed again at most once and later copies are clones of that tree: cloning costs
     * a fraction of parsing. Only pages whose first pass finds too little text ask for a copy, and most of those are
     * refused in the end after asking for three, which took three parses.
     */
    private static final class PageCopies {
        private final String html;
        private final String url;
        /** The page as parsed, never handed out until {@link #last()}; null until a copy is asked for. */
        private Document pristine;

        PageCopies(String html, String url) {
            this.html = html;
            this.url = url;
        }

        Document copy() {
            if (pristine == null) {
                pristine = Jsoup.parse(html, url);
            }
            return pristine.clone();
        }

        /** The last copy wanted: the parsed tree itself when there is one, since nobody needs it afterwards. */
        Document last() {
            Document d = pristine != null ? pristine : Jsoup.parse(html, url);
            pristine = null;
            return d;
        }
    }

    /**
     * Resolves a page's image sources against its base as jsoup's {@link StringUtil#resolve(String, String)} does,
     * with the base parsed once per page instead of once per image (which was most of the cost of collecting the
     * images), and the source's control characters taken out by a scan: jsoup removes them with the regex
     * {@code [\x00-\x1f]*}, which matches the empty string at every character, so each source cost a regex match and an
     * empty replacement per character (1-1.5 % of the extractor's CPU on the dev pages, JFR). The steps after it are
     * jsoup's {@code resolve(URL, String)}, copied: jsoup offers no entry point without the regex.
     */
    static final class BaseUrl {
        private static final java.util.regex.Pattern CONTROL_CHARS = java.util.regex.Pattern.compile("[\\x00-\\x1f]*");
        /** jsoup's {@code extraDotSegmentsPattern}: "/../a" resolves to "/a". */
        private static final java.util.regex.Pattern EXTRA_DOT_SEGMENTS = java.util.regex.Pattern.compile("^/(?>(?>\\.\\.?/)+)");
        private final String base;
        /** The parsed base; null when it does not parse (then each source goes through jsoup's own fallback). */
        private final java.net.URL parsed;

        BaseUrl(String base) {
            this.base = base;
            java.net.URL url = null;
            try {
                // as jsoup parses it (java.net.URL, deprecated for URI, but URI resolves some sources differently)
                url = new java.net.URL(CONTROL_CHARS.matcher(base).replaceAll(""));
            } catch (java.net.MalformedURLException e) {
                // left null: every source takes jsoup's own path
            }
            this.parsed = url;
        }

        /** {@code url} resolved against the base; empty when it is empty or cannot be resolved. */
        String absolute(String url) {
            String u = url.strip();
            if (u.isEmpty()) {
                return "";
            }
            String clean = withoutControlChars(u);
            if (clean.startsWith("data:")) {
                // java.net.URL knows no data: scheme, so jsoup's resolve fails and answers the source as it is, after
                // a second pass of its regex over what is often kilobytes of base64 (a lazy image's placeholder)
                return clean;
            }
            if (parsed != null) {
                try {
                    return resolve(parsed, clean).toExternalForm();
                } catch (java.net.MalformedURLException e) {
                    // not resolvable against the base: jsoup's answer for it (a known scheme kept as is, else empty)
                }
            }
            return StringUtil.resolve(base, u);
        }

        /**
         * jsoup 1.24.1's {@code StringUtil.resolve(URL, String)} after its control-character strip, with its check that
         * an http(s) URL has a host ("https://" against a base is no URL; java.net.URL would answer "https:/001/").
         */
        @SuppressWarnings("deprecation") // java.net.URL on purpose, as above
        private static java.net.URL resolve(java.net.URL base, String relative) throws java.net.MalformedURLException {
            String rel = relative.startsWith("?") ? base.getPath() + relative : relative;
            java.net.URL url = new java.net.URL(base, rel);
            String file = EXTRA_DOT_SEGMENTS.matcher(url.getFile()).replaceFirst("/");
            if (url.getRef() != null) {
                file = file + "#" + url.getRef();
            }
            java.net.URL resolved = new java.net.URL(url.getProtocol(), url.getHost(), url.getPort(), file);
            if (StringUtil.isHttpScheme(resolved.getProtocol()) && resolved.getHost().isEmpty()) {
                throw new java.net.MalformedURLException("Invalid URL: host is missing");
            }
            return resolved;
        }

        /** What {@code CONTROL_CHARS.matcher(s).replaceAll("")} answers, without a regex when there is none (most). */
        static String withoutControlChars(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < 0x20) {
                    return CONTROL_CHARS.matcher(s).replaceAll("");
                }
            }
            return s;
        }
    }

    private static void collectLists(Element content, ArticleDraft d) {
        for (Element list : content.select(LISTS)) {
            if (insideListItem(list)) {
                continue; // nested lists travel with their parent item
            }
            List<String> items = new ArrayList<>();
            for (Element li : list.children()) {
                if (li.normalName().equals("li")) {
                    String text = li.text();
                    if (!text.isBlank()) {
                        items.add(text.strip());
                    }
                }
            }
            if (!items.isEmpty()) {
                d.lists.add(items);
            }
        }
        if (!d.lists.isEmpty()) {
            d.provenance.put("lists", "visible");
        }
    }

    private static boolean insideListItem(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("li")) {
                return true;
            }
        }
        return false;
    }
}

package dev.newsflow.parser.extract;

import dev.newsflow.model.RelatedLink;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The related-links rule: the links of the blocks named for related stories ("related", "see also", "read more"...),
 * absolute, titled, each once, not to the page itself; at most {@value #MAX_RELATED}.
 */
final class RelatedLinksRule {

    private static final int MAX_RELATED = 20;
    /** Parsed once: jsoup parses a selector string again at every call. */
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    /** Shortest link text that is a story's title rather than "More" or a date. */
    private static final int MIN_TITLE_CHARS = 15;

    private RelatedLinksRule() {
    }

    static void read(MetadataCandidates page, ArticleDraft d) {
        if (page.relatedBlocks.isEmpty()) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        String self = stripFragment(page.pageUrl);
        // the blocks are still in the document, so each link's base is the document's: parsed once for all the links
        // instead of once per link (with jsoup's control-character regex over base and link alike, each time)
        ArticleExtractor.BaseUrl base = new ArticleExtractor.BaseUrl(page.doc.baseUri());
        for (Element block : page.relatedBlocks) {
            for (Element a : block.select(LINKS)) {
                // the title first: short ones are skipped without resolving their URL
                String title = a.text().strip();
                if (title.length() < MIN_TITLE_CHARS) {
                    continue;
                }
                String href = absolute(a, base);
                if (!href.startsWith("http") || stripFragment(href).equals(self) || !seen.add(stripFragment(href))) {
                    continue;
                }
                d.relatedLinks.add(new RelatedLink(href, title));
                if (d.relatedLinks.size() >= MAX_RELATED) {
                    d.provenance.putIfAbsent("relatedLinks", "visible");
                    return;
                }
            }
        }
        if (!d.relatedLinks.isEmpty()) {
            d.provenance.putIfAbsent("relatedLinks", "visible");
        }
    }

    /**
     * {@code a.absUrl("href")}. {@link ArticleExtractor.BaseUrl} strips the link first, which jsoup does not (it leaves
     * the trimming to java.net.URL, which trims only control characters and spaces, and answers an unresolvable link
     * untrimmed): a link with whitespace or a control character at either end takes jsoup's own path.
     */
    private static String absolute(Element a, ArticleExtractor.BaseUrl base) {
        String href = a.attr("href");
        if (href.isEmpty() || untrimmed(href.charAt(0)) || untrimmed(href.charAt(href.length() - 1))) {
            return a.absUrl("href");
        }
        return base.absolute(href);
    }

    private static boolean untrimmed(char c) {
        return c <= ' ' || Character.isWhitespace(c);
    }

    private static String stripFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}

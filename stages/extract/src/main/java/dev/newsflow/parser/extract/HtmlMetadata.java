package dev.newsflow.parser.extract;

import dev.newsflow.model.LanguageTags;
import dev.newsflow.model.page.CanonicalUrl;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page's declared metadata before its body is extracted: one walk over the document collects the
 * candidates ({@link MetadataCandidates}), then each field's rule chooses it from the strongest source that has it and
 * stores it in an {@link ArticleDraft} with that source as its provenance: {@code json-ld}, {@code dublin-core},
 * {@code opengraph}, {@code twitter}, {@code meta}, {@code microdata}, {@code time}, {@code breadcrumb},
 * {@code link}, {@code visible}, {@code url} or {@code title}. The site, description, canonical URL and declared
 * language are read here; the other fields have a rule class each ({@link AuthorRule}, {@link HeadlineRule},
 * {@link DateRule}, {@link SectionRule}, {@link RelatedLinksRule}).
 */
final class HtmlMetadata {

    /** Title derived from {@code <title>} Readability-style. */
    String documentTitle;
    /** ISO 639-1 language the page declares (html lang, meta, JSON-LD), or null. */
    String declaredLanguage;

    private final MetadataCandidates page;

    HtmlMetadata(Document doc, String pageUrl) {
        this(doc, pageUrl, new ClassSignals());
    }

    /** @param signals the page's class and id vocabulary, shared with the content finder (it caches per page) */
    HtmlMetadata(Document doc, String pageUrl, ClassSignals signals) {
        this.page = new MetadataCandidates(doc, pageUrl, signals);
    }

    /**
     * Runs the one walk over the page, showing {@code alongside} (when not null) every node too; answers the depth of
     * the deepest node (see {@link MetadataCandidates#collect}).
     */
    int collect(NodeVisitor alongside) {
        return page.collect(alongside);
    }

    /** The page's share-image declarations still in the document (see {@link MetadataCandidates#socialImages}). */
    List<Element> socialImages() {
        return page.socialImages();
    }

    /** The article's body as the page's JSON-LD states it ({@link JsonLd#statedBody}), or null. */
    String statedBody() {
        return page.jsonLd.statedBody();
    }

    void read(ArticleDraft d) {
        if (!page.collected()) {
            page.collect();
        }
        documentTitle = DocumentTitle.of(page.titleElement, page.headings);
        readSite(d);
        // authors before the headline: an author's name appended to a title ("... | Jane Doe") is dropped from it
        AuthorRule.read(page, d);
        HeadlineRule.read(page, documentTitle, d);
        readDescription(d);
        DateRule.read(page, d);
        SectionRule.read(page, d);
        readCanonical(d);
        readLanguage();
        RelatedLinksRule.read(page, d);
    }

    private void readSite(ArticleDraft d) {
        d.setText("site", "opengraph", page.meta("og:site_name"));
        d.setText("site", "json-ld", page.jsonLd.publisher());
        d.setText("site", "meta", page.meta("application-name"));
    }

    private void readDescription(ArticleDraft d) {
        d.setText("description", "json-ld", page.jsonLd.articleText("description"));
        d.setText("description", "opengraph", page.meta("og:description"));
        d.setText("description", "meta", page.meta("description"));
        d.setText("description", "dublin-core", page.meta("dc:description", "dcterm:description"));
        d.setText("description", "twitter", page.meta("twitter:description"));
    }

    /** The canonical link, else the {@code og:url}, by the rule the fetcher and the CLI share ({@link CanonicalUrl}). */
    private void readCanonical(ArticleDraft d) {
        CanonicalUrl.Declared declared = page.canonical.declared();
        if (declared != null
                && d.claim("canonicalUrl", declared.source() == CanonicalUrl.Source.LINK ? "link" : "opengraph")) {
            d.canonicalUrl = declared.url();
        }
    }

    /** The language declared by the page, kept aside: the text itself is asked later. */
    private void readLanguage() {
        String lang = page.htmlLang;
        if (lang.isBlank()) {
            lang = page.meta("content-language", "dc:language", "og:locale");
        }
        if (lang == null) {
            lang = page.jsonLd.articleText("inLanguage");
        }
        // a page may declare lang="-": no subtag, so undeclared
        declaredLanguage = LanguageTags.primarySubtag(lang);
    }
}

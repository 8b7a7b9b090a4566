package dev.newsflow.fetcher.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Sitemaps, sitemap indexes and Google News sitemaps (crawler-commons, DOCTYPEs refused). An index is
 * returned as its child sitemap URLs; the caller fetches those with the same politeness as everything else.
 */
public final class SitemapReader {

    private SitemapReader() {
    }

    /** What one sitemap document holds: page URLs, or child sitemaps when it is an index. */
    public record Parsed(boolean index, List<String> urls) {
    }

    /**
     * Parses one sitemap document.
     *
     * @throws FetchException {@code bad-sitemap} when it is neither a sitemap nor an index
     */
    public static Parsed parse(byte[] content, String contentType, String sitemapUrl) throws FetchException {
        SiteMapParser parser = new SiteMapParser(false);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap parsed;
        try {
            URL url = URI.create(sitemapUrl).toURL();
            parsed = parser.parseSiteMap(contentType == null ? "text/xml" : ContentKind.mediaType(contentType),
                    content, url);
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw FetchException.refused("bad-sitemap", "not a readable sitemap: " + e.getMessage(), sitemapUrl);
        }
        List<String> urls = new ArrayList<>();
        if (parsed instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) {
                urls.add(child.getUrl().toString());
            }
            return new Parsed(true, urls);
        }
        if (parsed instanceof SiteMap map) {
            for (SiteMapURL u : map.getSiteMapUrls()) {
                if (u.isValid()) {
                    urls.add(u.getUrl().toString());
                }
            }
        }
        return new Parsed(false, urls);
    }

    static boolean isUrl(String s) {
        try {
            URI.create(s).toURL();
            return true;
        } catch (IllegalArgumentException | MalformedURLException e) {
            return false;
        }
    }
}

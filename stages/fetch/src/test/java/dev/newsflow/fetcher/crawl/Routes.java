package dev.newsflow.fetcher.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Routes of the {@link TestServer}, each named for the server behaviour it simulates. */
final class Routes {

    private Routes() {
    }

    /** An article page. */
    static HttpHandler page(String title) {
        return ex -> TestServer.send(ex, 200, "text/html; charset=utf-8",
                "<html><head><title>" + title + "</title></head><body><p>" + title + "</p></body></html>");
    }

    /** robots.txt disallowing /private/ for everyone and asking for a crawl delay. */
    static final class RobotsDisallowWithCrawlDelay implements HttpHandler {
        private final int delaySeconds;

        RobotsDisallowWithCrawlDelay(int delaySeconds) {
            this.delaySeconds = delaySeconds;
        }

        @Override
        public void handle(HttpExchange ex) throws IOException {
            TestServer.send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\nCrawl-delay: " + delaySeconds + "\n");
        }
    }

    /** Headers at once, then a byte every 200 ms for a minute: a body that never finishes in time. */
    static final class SlowBody implements HttpHandler {
        @Override
        public void handle(HttpExchange ex) throws IOException {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < 300; i++) {
                out.write('x');
                out.flush();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** /loop/a -> /loop/b -> /loop/a ... */
    static final class RedirectLoop implements HttpHandler {
        @Override
        public void handle(HttpExchange ex) throws IOException {
            String next = ex.getRequestURI().getPath().endsWith("/a") ? "/loop/b" : "/loop/a";
            ex.getResponseHeaders().set("Location", next);
            ex.sendResponseHeaders(302, -1);
        }
    }

    /** A redirect to a fixed place (another path, or somewhere unsafe). */
    static HttpHandler redirectTo(String location) {
        return ex -> {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(301, -1);
        };
    }

    /** A page with an ETag that answers 304 when asked with If-None-Match of that ETag. */
    static final class NotModified304 implements HttpHandler {
        @Override
        public void handle(HttpExchange ex) throws IOException {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT");
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            TestServer.send(ex, 200, "text/html; charset=utf-8", "<html><body><p>version one</p></body></html>");
        }
    }

    /** 429 with a Retry-After in seconds. */
    static final class TooManyRequestsWithRetryAfter implements HttpHandler {
        private final int seconds;

        TooManyRequestsWithRetryAfter(int seconds) {
            this.seconds = seconds;
        }

        @Override
        public void handle(HttpExchange ex) throws IOException {
            ex.getResponseHeaders().set("Retry-After", Integer.toString(seconds));
            TestServer.send(ex, 429, "text/plain", "slow down");
        }
    }

    /** A small gzip body that inflates to {@code inflatedBytes} of zeros. */
    static final class GzipBomb implements HttpHandler {
        private final byte[] compressed;

        GzipBomb(int inflatedBytes) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                byte[] zeros = new byte[65536];
                for (int written = 0; written < inflatedBytes; written += zeros.length) {
                    gz.write(zeros);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            compressed = bytes.toByteArray();
        }

        int compressedSize() {
            return compressed.length;
        }

        @Override
        public void handle(HttpExchange ex) throws IOException {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html", compressed);
        }
    }

    /** A gzip-encoded page (what most servers send). */
    static HttpHandler gzipped(String html) {
        return ex -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(html.getBytes(StandardCharsets.UTF_8));
            }
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            TestServer.send(ex, 200, "text/html; charset=utf-8", bytes.toByteArray());
        };
    }

    /** A windows-1252 page that does not say so (no charset in the header, no meta). */
    static final class Windows1252Page implements HttpHandler {
        static final String TEXT = "<html><body><p>\u201cCaf\u00e9\u201d \u2014 na\u00efve \u20ac5</p></body></html>";

        @Override
        public void handle(HttpExchange ex) throws IOException {
            TestServer.send(ex, 200, "text/html", TEXT.getBytes(Charset.forName("windows-1252")));
        }
    }

    /** A page far larger than any article, streamed without a Content-Length. */
    static final class HugePage implements HttpHandler {
        private final int bytes;

        HugePage(int bytes) {
            this.bytes = bytes;
        }

        @Override
        public void handle(HttpExchange ex) throws IOException {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>filler filler filler filler filler filler filler filler</p>\n".repeat(256)
                    .getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                for (int sent = 0; sent < bytes; sent += chunk.length) {
                    out.write(chunk);
                }
            }
        }
    }

    /** An RSS feed whose DOCTYPE declares an external entity pointing back at {@code probeUrl}. */
    static final class FeedWithXxePayload implements HttpHandler {
        private final String probeUrl;

        FeedWithXxePayload(String probeUrl) {
            this.probeUrl = probeUrl;
        }

        @Override
        public void handle(HttpExchange ex) throws IOException {
            TestServer.send(ex, 200, "application/rss+xml", """
                    <?xml version="1.0"?>
                    <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s"><!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                    <rss version="2.0"><channel><title>&xxe;&lol2;</title><link>http://x/</link><description>d</description>
                    <item><title>t</title><link>http://x/1</link></item></channel></rss>
                    """.formatted(probeUrl));
        }
    }

    /** A plain RSS feed of the given links, with caching headers. */
    static HttpHandler feed(String cacheControl, String... links) {
        return ex -> {
            StringBuilder items = new StringBuilder();
            for (String link : links) {
                items.append("<item><title>").append(link).append("</title><link>").append(link).append("</link></item>");
            }
            ex.getResponseHeaders().set("ETag", "\"feed-1\"");
            if (cacheControl != null) {
                ex.getResponseHeaders().set("Cache-Control", cacheControl);
            }
            if ("\"feed-1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            TestServer.send(ex, 200, "application/rss+xml; charset=utf-8", "<?xml version=\"1.0\"?><rss version=\"2.0\">"
                    + "<channel><title>News</title><link>http://x/</link><description>d</description>" + items
                    + "</channel></rss>");
        };
    }

    /** A sitemap index pointing at a plain sitemap and a Google News sitemap on the same server. */
    static final class SitemapIndex implements HttpHandler {
        private final String base;

        SitemapIndex(String base) {
            this.base = base;
        }

        @Override
        public void handle(HttpExchange ex) throws IOException {
            TestServer.send(ex, 200, "application/xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                      <sitemap><loc>%1$s/sitemap-pages.xml</loc></sitemap>
                      <sitemap><loc>%1$s/sitemap-news.xml</loc></sitemap>
                    </sitemapindex>
                    """.formatted(base));
        }

        static HttpHandler pages(String base) {
            return ex -> TestServer.send(ex, 200, "application/xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                      <url><loc>%1$s/about</loc><lastmod>2026-11-01</lastmod></url>
                    </urlset>
                    """.formatted(base));
        }

        static HttpHandler news(String base) {
            return ex -> TestServer.send(ex, 200, "application/xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                            xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                      <url><loc>%1$s/news/1</loc>
                        <news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>
                        <news:publication_date>2026-11-28T10:00:00Z</news:publication_date><news:title>One</news:title></news:news>
                      </url>
                      <url><loc>%1$s/news/2</loc>
                        <news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>
                        <news:publication_date>2026-11-28T11:00:00Z</news:publication_date><news:title>Two</news:title></news:news>
                      </url>
                    </urlset>
                    """.formatted(base));
        }
    }
}

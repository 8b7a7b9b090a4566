package dev.newsflow.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small news site on loopback for the fetcher to crawl: article pages, an RSS 2.0 feed at {@code /feed.xml} listing
 * them, and a robots.txt that allows everything. Counts requests per path. The demo serves part of its samples this
 * way, so they come in through the fetcher as a publisher's pages would; the end-to-end test does the same.
 */
public final class LocalNewsSite implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    private LocalNewsSite(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code pages} (path to HTML) and the feed of them. */
    public static LocalNewsSite serving(Map<String, byte[]> pages) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LocalNewsSite site = new LocalNewsSite(server);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] feed = rss(base, pages).getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                site.requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                byte[] body;
                String type;
                if (path.equals("/robots.txt")) {
                    body = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
                    type = "text/plain";
                } else if (path.equals("/feed.xml")) {
                    body = feed;
                    type = "application/rss+xml; charset=utf-8";
                } else {
                    body = pages.get(path);
                    type = "text/html; charset=utf-8";
                }
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int requests(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    private static String rss(String base, Map<String, byte[]> pages) {
        String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        StringBuilder items = new StringBuilder();
        pages.keySet().stream().sorted().forEach(path -> items.append("""
                    <item><title>%s</title><link>%s</link><guid>%s</guid><pubDate>%s</pubDate></item>
                """.formatted(path, base + path, base + path, now)));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Local news</title><link>%s/</link><description>newsflow samples</description>
                %s</channel></rss>
                """.formatted(base, items);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.newsflow.fetcher.fleet;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A news site on one loopback address whose robots.txt asks for a crawl-delay, recording each request's arrival
 * time, path and User-Agent (the fleet's instances each send their own).
 */
final class RecordingSite implements AutoCloseable {

    /** One request as the site saw it. */
    record Request(Instant at, String path, String userAgent) {
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();

    private RecordingSite(HttpServer server) {
        this.server = server;
    }

    static RecordingSite start(String address, int crawlDelaySeconds) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 64);
        RecordingSite site = new RecordingSite(server);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", ex -> {
            try (ex) {
                String path = ex.getRequestURI().getPath();
                site.record(new Request(Instant.now(), path, ex.getRequestHeaders().getFirst("User-Agent")));
                byte[] body;
                String type;
                if (path.equals("/robots.txt")) {
                    type = "text/plain";
                    body = ("User-agent: *\nCrawl-delay: " + crawlDelaySeconds + "\n").getBytes(StandardCharsets.UTF_8);
                } else {
                    type = "text/html; charset=utf-8";
                    body = ("<html><head><title>Story " + path + "</title></head><body><h1>Story " + path
                            + "</h1><p>Reported from " + address + path + ".</p></body></html>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ex.getResponseHeaders().set("Content-Type", type);
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        return site;
    }

    private synchronized void record(Request request) {
        requests.add(request);
    }

    /** Requests for pages (robots.txt left out), in arrival order. */
    synchronized List<Request> pageRequests() {
        return requests.stream().filter(r -> !r.path().equals("/robots.txt"))
                .sorted(java.util.Comparator.comparing(Request::at)).toList();
    }

    /** Every request, robots.txt included. */
    synchronized List<Request> allRequests() {
        return new ArrayList<>(requests);
    }

    String url(String path) {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path;
    }

    List<String> urls(int pages) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            urls.add(url("/news/" + i));
        }
        return urls;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

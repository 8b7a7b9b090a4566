package dev.newsflow.fetcher.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** An in-process HTTP server on a loopback address, with named routes and a log of the requests it got. */
final class TestServer implements AutoCloseable {

    /** A request as the server saw it. */
    record Hit(String path, Map<String, List<String>> headers, Instant at) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final String host;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();

    private TestServer(String host) throws IOException {
        this.host = host;
        server = HttpServer.create(new InetSocketAddress(host, 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            hits.add(new Hit(exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders()), Instant.now()));
            HttpHandler route = routes.get(path);
            if (route == null) {
                route = routes.entrySet().stream().filter(e -> e.getKey().endsWith("*")
                        && path.startsWith(e.getKey().substring(0, e.getKey().length() - 1)))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            try {
                if (route == null) {
                    send(exchange, 404, "text/plain", "no route " + path);
                } else {
                    route.handle(exchange);
                }
            } catch (IOException e) {
                // the client hung up (timeouts and size caps do that on purpose)
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** A server on 127.0.0.1. */
    static TestServer start() throws IOException {
        return new TestServer("127.0.0.1");
    }

    /** A server on another loopback address: another host as far as politeness is concerned. */
    static TestServer startOn(String loopbackAddress) throws IOException {
        return new TestServer(loopbackAddress);
    }

    TestServer route(String path, HttpHandler handler) {
        routes.put(path, handler);
        return this;
    }

    String url(String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    List<Hit> hits(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).toList();
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

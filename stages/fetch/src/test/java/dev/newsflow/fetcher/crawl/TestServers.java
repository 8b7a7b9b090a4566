package dev.newsflow.fetcher.crawl;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/** Opens {@link TestServer} to tests in other packages (the API tests). */
public final class TestServers {

    private final TestServer server;

    private TestServers(TestServer server) {
        this.server = server;
    }

    public static TestServers start() throws IOException {
        return new TestServers(TestServer.start());
    }

    public TestServers page(String path, String title) {
        server.route(path, Routes.page(title));
        return this;
    }

    public TestServers feed(String path, String... links) {
        server.route(path, Routes.feed("max-age=3600", links));
        return this;
    }

    public TestServers route(String path, HttpHandler handler) {
        server.route(path, handler);
        return this;
    }

    public String url(String path) {
        return server.url(path);
    }

    public void close() {
        server.close();
    }
}

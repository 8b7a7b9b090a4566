package dev.newsflow.articles;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import dev.newsflow.model.Events;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * The Elasticsearch client of every newsflow component (indexer, search service, CLI) for one base URL, closed with
 * the connection. Connecting is lazy, so opening one never fails for a node that is down.
 */
public final class ElasticsearchConnection implements AutoCloseable {

    /** How long an answer may take unless the caller says otherwise: a bulk of a few MB may take a while. */
    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private final Rest5Client restClient;
    private final ElasticsearchClient client;
    private final String url;

    private ElasticsearchConnection(String url, Duration responseTimeout) {
        this.url = url;
        this.restClient = builder(url)
                // Fail fast when the node is down, so an outage shows up quickly: a retryable failure for the
                // indexer, a 503 for a reader.
                .setRequestConfigCallback(rc -> rc
                        .setConnectionRequestTimeout(Timeout.of(5, TimeUnit.SECONDS))
                        .setResponseTimeout(Timeout.of(responseTimeout.toMillis(), TimeUnit.MILLISECONDS)))
                .setConnectionConfigCallback(cc -> cc.setConnectTimeout(Timeout.of(2, TimeUnit.SECONDS)))
                .build();
        // The event codec's Jackson 3 mapper, so documents keep the wire format's conventions (ISO instants).
        this.client = new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper(Events.mapper())));
    }

    /**
     * Connects to {@code url}, e.g. {@code http://localhost:9200}, waiting up to {@link #DEFAULT_RESPONSE_TIMEOUT}
     * for an answer.
     *
     * @throws IllegalArgumentException when the URL is not an http(s) URL with a host
     */
    public static ElasticsearchConnection to(String url) {
        return new ElasticsearchConnection(url, DEFAULT_RESPONSE_TIMEOUT);
    }

    /**
     * Connects with another wait for answers: longer for calls that take long (a synchronous reindex), shorter
     * where a person waits (the search API).
     *
     * @throws IllegalArgumentException when the URL is not an http(s) URL with a host
     */
    public static ElasticsearchConnection to(String url, Duration responseTimeout) {
        return new ElasticsearchConnection(url, responseTimeout);
    }

    private static Rest5ClientBuilder builder(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalArgumentException("ELASTICSEARCH_URL must look like http://localhost:9200, not '" + url + "'");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 9200;
        Rest5ClientBuilder builder = Rest5Client.builder(new HttpHost(uri.getScheme(), uri.getHost(), port));
        String path = uri.getPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            builder.setPathPrefix(path); // a node behind a reverse proxy, e.g. https://proxy/elasticsearch
        }
        return builder;
    }

    /** The client. */
    public ElasticsearchClient client() {
        return client;
    }

    /** The base URL. */
    public String url() {
        return url;
    }

    @Override
    public void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

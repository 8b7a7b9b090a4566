package dev.newsflow.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import dev.newsflow.model.Events;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.util.Timeout;

/** An Elasticsearch client for one base URL, closed with the connection. */
public final class ElasticsearchConnection implements AutoCloseable {

    private final Rest5Client restClient;
    private final ElasticsearchClient client;
    private final String url;

    private ElasticsearchConnection(String url, Duration responseTimeout) {
        this.url = url;
        this.restClient = Rest5Client.builder(URI.create(url))
                // Fail fast when the node is down, so an outage shows up as a retryable failure quickly;
                // a bulk of a few MB may legitimately take a while to answer.
                .setRequestConfigCallback(rc -> rc
                        .setConnectionRequestTimeout(Timeout.of(5, TimeUnit.SECONDS))
                        .setResponseTimeout(Timeout.of(responseTimeout.toMillis(), TimeUnit.MILLISECONDS)))
                .setConnectionConfigCallback(cc -> cc.setConnectTimeout(Timeout.of(2, TimeUnit.SECONDS)))
                .build();
        // The event codec's Jackson 3 mapper, so documents keep the wire format's conventions (ISO instants).
        this.client = new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper(Events.mapper())));
    }

    /** Connects to {@code url}, e.g. {@code http://localhost:9200} (no request is made yet). */
    public static ElasticsearchConnection to(String url) {
        return new ElasticsearchConnection(url, Duration.ofSeconds(60));
    }

    /** Connects with a longer wait for answers, for calls that take long (a synchronous reindex). */
    public static ElasticsearchConnection to(String url, Duration responseTimeout) {
        return new ElasticsearchConnection(url, responseTimeout);
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

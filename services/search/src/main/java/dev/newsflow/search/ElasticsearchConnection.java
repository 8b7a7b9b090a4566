package dev.newsflow.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/** An Elasticsearch client for one base URL, with timeouts short enough for a reader to get a 503 quickly. */
public final class ElasticsearchConnection implements AutoCloseable {

    private final RestClient restClient;
    private final ElasticsearchClient client;

    private ElasticsearchConnection(RestClient restClient) {
        this.restClient = restClient;
        this.client = new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
    }

    /**
     * Connects to {@code url} (e.g. {@code http://localhost:9200}); connecting is lazy, so this never fails for a
     * node that is down.
     *
     * @throws IllegalArgumentException when the URL is not an http(s) URL with a host
     */
    public static ElasticsearchConnection open(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalArgumentException("ELASTICSEARCH_URL must look like http://localhost:9200, not '" + url + "'");
        }
        HttpHost host = new HttpHost(uri.getHost(), uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 9200)
                : uri.getPort(), uri.getScheme());
        var builder = RestClient.builder(host)
                .setRequestConfigCallback(c -> c.setConnectTimeout(2_000).setSocketTimeout(15_000));
        String path = uri.getPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            builder.setPathPrefix(path); // a node behind a reverse proxy, e.g. https://proxy/elasticsearch
        }
        RestClient rest = builder.build();
        return new ElasticsearchConnection(rest);
    }

    /** The client. */
    public ElasticsearchClient client() {
        return client;
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

package dev.newsflow.articles;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Small reads against the test node, for assertions (shared with the index stage's and the services' tests). */
public final class ElasticsearchTestSupport {

    private ElasticsearchTestSupport() {
    }

    /** An alias no other test uses, so tests sharing the node stay independent. */
    public static String uniqueAlias(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    }

    public static long count(ElasticsearchClient client, String alias) throws IOException {
        client.indices().refresh(r -> r.index(alias));
        return client.count(c -> c.index(alias)).count();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> source(ElasticsearchClient client, String alias, String id) throws IOException {
        GetResponse<Map> response = client.get(g -> g.index(alias).id(id), Map.class);
        return response.found() ? (Map<String, Object>) response.source() : null;
    }

    public static Long version(ElasticsearchClient client, String alias, String id) throws IOException {
        GetResponse<Map> response = client.get(g -> g.index(alias).id(id), Map.class);
        return response.found() ? response.version() : null;
    }
}

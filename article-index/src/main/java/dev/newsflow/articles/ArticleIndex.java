package dev.newsflow.articles;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import dev.newsflow.model.Events;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The articles index: an index template for {@code <alias>-v*} and versioned indices ({@code articles-v1},
 * {@code articles-v2}...) behind the alias {@code articles}, which readers query and the indexer writes to.
 * The template JSON lives in {@code infra/elasticsearch/} and this module's build puts it on the classpath as
 * {@value #TEMPLATE_RESOURCE}.
 */
public final class ArticleIndex {

    /**
     * Classpath location of the index template ({@code ${alias}} stands for the alias name). In this module's package,
     * so that no other jar's or stale build directory's copy (the indexer's build once had one) can shadow it.
     */
    public static final String TEMPLATE_RESOURCE = "/dev/newsflow/articles/articles-template.json";

    private final ElasticsearchClient client;
    private final String alias;

    /**
     * @param alias the alias readers and writers use, e.g. {@code articles}; its indices are {@code <alias>-v<n>}
     */
    public ArticleIndex(ElasticsearchClient client, String alias) {
        if (alias == null || !alias.matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new IllegalArgumentException("not a valid Elasticsearch alias name: " + alias);
        }
        this.client = client;
        this.alias = alias;
    }

    /** The alias. */
    public String alias() {
        return alias;
    }

    /** The name of version {@code n} of the index, e.g. {@code articles-v1}. */
    public String versionedName(int n) {
        return alias + "-v" + n;
    }

    /** The version number of a concrete index name of this alias, e.g. 2 for {@code articles-v2}. */
    public int versionOf(String index) {
        Matcher m = Pattern.compile(Pattern.quote(alias) + "-v(\\d+)").matcher(index);
        if (!m.matches()) {
            throw new IllegalArgumentException(index + " is not a versioned index of " + alias);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The template JSON with the alias filled in. */
    public String templateJson() {
        try (InputStream in = ArticleIndex.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE_RESOURCE + " is not on the classpath (infra/elasticsearch is "
                        + "a resource directory of the article-index build)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${alias}", alias);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes sure the template exists and the alias points at a write index, creating {@code <alias>-v1} on first
     * start and adding this build's new fields to an existing one; safe to call from several indexers at once and
     * on every start.
     *
     * @return the concrete index the alias writes to
     * @throws IOException when Elasticsearch cannot be reached
     */
    public String ensure() throws IOException {
        putTemplate();
        Optional<String> current = writeIndex();
        if (current.isPresent()) {
            addNewFields(current.get());
            useDefaultRefresh(current.get());
            return current.get();
        }
        String first = versionedName(1);
        try {
            client.indices().create(c -> c.index(first).aliases(alias, a -> a.isWriteIndex(true)));
        } catch (ElasticsearchException e) {
            // Another indexer created it first: fine. If it exists without the alias, attach it.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            if (writeIndex().isEmpty()) {
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(first).alias(alias)
                        .isWriteIndex(true))));
            }
        }
        return writeIndex().orElseThrow(() -> new IllegalStateException("alias " + alias + " has no write index"));
    }

    /**
     * Gives an index created by an older build the fields this build's template added (the mapping is strict, so a
     * document carrying a field its index does not map would be rejected and dead-lettered until a reindex).
     * Elasticsearch only adds to a mapping here; a field whose type changed is refused, with the reindex as the way.
     */
    void addNewFields(String index) throws IOException {
        JsonNode mappings = Events.mapper().readTree(templateJson()).path("template").path("mappings");
        try {
            client.indices().putMapping(p -> p.index(index).withJson(new StringReader(mappings.toString())));
        } catch (ElasticsearchException e) {
            throw new IllegalStateException("The mapping of " + index + " cannot take this build's template ("
                    + e.getMessage() + "): build a new index version with ./newsflow reindex", e);
        }
    }

    /** The refresh interval the index template fixed before it left it to Elasticsearch. */
    private static final String OLDER_TEMPLATES_REFRESH = "1s";

    /**
     * Gives an index created by an older build, whose template fixed {@code refresh_interval} at 1 s, Elasticsearch's
     * default instead (which the template now leaves alone): a refresh every second while the index is searched, and
     * none on a shard no search has reached for 30 s ("search idle"; the first search after that waits for one
     * refresh). A fixed interval refreshed every second through a bulk load nobody read, each time writing a small
     * segment that merges then rewrote: 10-34 % of Elasticsearch's own indexing CPU in {@code ./newsflow bench
     * pipeline} (BENCHMARKS.md, "Elasticsearch's CPU per page, taken apart"). A dynamic setting: no reindex. Only the
     * older template's exact value is reset: an interval an operator set on the index by hand is theirs and stays.
     */
    void useDefaultRefresh(String index) throws IOException {
        if (!Events.mapper().readTree(templateJson()).path("template").path("settings").path("index")
                .path("refresh_interval").isMissingNode()) {
            return; // the template sets one again: an index created from it has it
        }
        var settings = client.indices().getSettings(g -> g.index(index)).get(index).settings();
        var interval = settings.index() == null ? settings.refreshInterval() : settings.index().refreshInterval();
        if (interval == null || !OLDER_TEMPLATES_REFRESH.equals(interval.time())) {
            return;
        }
        if (!(client._transport() instanceof Rest5ClientTransport transport)) {
            throw new IllegalStateException("an Elasticsearch client on the REST transport is needed to reset settings");
        }
        // The typed client drops a null value, and only a null resets a setting to its default.
        Request reset = new Request("PUT", "/" + index + "/_settings");
        reset.setJsonEntity("{\"index\":{\"refresh_interval\":null}}");
        transport.restClient().performRequest(reset);
    }

    /** (Re)writes the index template: it only affects indices created afterwards. */
    public void putTemplate() throws IOException {
        client.indices().putIndexTemplate(t -> t.name(alias).withJson(new StringReader(templateJson())));
    }

    /** The concrete index the alias writes to, if the alias exists. */
    public Optional<String> writeIndex() throws IOException {
        List<String> indices = indices();
        if (indices.isEmpty()) {
            return Optional.empty();
        }
        if (indices.size() == 1) {
            return Optional.of(indices.getFirst());
        }
        GetAliasResponse response = client.indices().getAlias(g -> g.name(alias));
        return response.aliases().entrySet().stream()
                .filter(e -> {
                    var definition = e.getValue().aliases().get(alias);
                    return definition != null && Boolean.TRUE.equals(definition.isWriteIndex());
                })
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The concrete indices behind the alias (one, except during a misconfiguration). */
    public List<String> indices() throws IOException {
        if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
            return List.of();
        }
        return client.indices().getAlias(g -> g.name(alias)).aliases().keySet().stream().sorted().toList();
    }
}

package dev.newsflow.cli;

import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.articles.search.ArticleSearch;
import dev.newsflow.articles.search.ArticleSummary;
import dev.newsflow.articles.search.SearchQuery;
import dev.newsflow.articles.search.SearchResult;
import dev.newsflow.articles.search.SearchUnavailableException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow search QUERY}: full-text search over the indexed articles, ranked as {@code /api/search} ranks them. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the indexed articles as the search API does (every word somewhere in headline x3, "
                + "description x2, body or entity names; \"quoted phrases\", -excluded words) and print score, "
                + "headline and URL, best first."})
public final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to look for.")
    List<String> words = List.of();

    @Option(names = "--entity", paramLabel = "ID",
            description = "Only articles about this entity: its stable id (barack-obama) or its name as the facets "
                    + "show it; repeatable (all required). Without words: every such article, newest first.")
    List<String> entities = List.of();

    @Mixin
    ElasticsearchOptions index;

    @Option(names = "--size", defaultValue = "10",
            description = "Hits to show, 1 to " + SearchQuery.MAX_SIZE + " (default: ${DEFAULT-VALUE}).")
    int size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (words.isEmpty() && entities.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Give words to look for, --entity ID, or both.");
        }
        String query = words.isEmpty() ? "entity " + String.join(" and ", entities) : String.join(" ", words);
        SearchQuery search = SearchQuery.builder().text(String.join(" ", words)).entities(entities.toArray(String[]::new))
                .size(size).sort(words.isEmpty() ? SearchQuery.Sort.NEWEST : SearchQuery.Sort.RELEVANCE).build();
        try (ElasticsearchConnection es = ElasticsearchConnection.to(index.elasticsearch)) {
            ArticleSearch articles = new ArticleSearch(es.client(), index.alias);
            SearchResult result = articles.search(search);
            // the API reads a missing alias as "no articles"; a person at a terminal wants to know why
            if (result.total() == 0 && !articles.exists()) {
                throw new IllegalStateException("No '" + index.alias + "' index or alias at " + index.elasticsearch
                        + ": nothing has been indexed yet. Drop pages with ./newsflow drop (or run ./newsflow demo).");
            }
            PrintWriter out = spec.commandLine().getOut();
            print(out, query, result);
            out.flush();
            return 0;
        } catch (SearchUnavailableException e) {
            throw new IllegalStateException("Cannot reach Elasticsearch at " + index.elasticsearch
                    + ". Start the stack with ./newsflow up, or point --es at your node.", e);
        }
    }

    /** The hits as people read them: score, headline, URL on the next line. */
    static void print(PrintWriter out, String query, SearchResult result) {
        if (result.hits().isEmpty()) {
            out.printf("No articles match \"%s\".%n", query);
            return;
        }
        out.printf("%d %s \"%s\"%s:%n", result.total(), result.total() == 1 ? "article matches" : "articles match", query,
                result.total() > result.hits().size() ? " (showing " + result.hits().size() + ")" : "");
        for (ArticleSummary hit : result.hits()) {
            out.printf("%7.2f  %s%n         %s%n", hit.score() == null ? 0.0 : hit.score(),
                    hit.headline() == null ? "(no headline)" : hit.headline(), hit.url() == null ? "(no url)" : hit.url());
        }
    }
}

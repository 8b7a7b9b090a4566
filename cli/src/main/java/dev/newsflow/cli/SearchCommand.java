package dev.newsflow.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow search QUERY}: full-text search over the indexed articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the indexed articles (headline boosted x3, body, entity names) and print headline, URL and score.")
public final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to look for.")
    List<String> words;

    @Option(names = "--es", paramLabel = "URL", defaultValue = "${env:ELASTICSEARCH_URL:-http://localhost:9200}",
            description = "Elasticsearch URL (default: ${DEFAULT-VALUE}).")
    String elasticsearch;

    @Option(names = "--alias", defaultValue = "${env:ARTICLES_ALIAS:-articles}", description = "Index alias (default: ${DEFAULT-VALUE}).")
    String alias;

    @Option(names = "--size", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String query = String.join(" ", words);
        ArticleSearch.Result result = new ArticleSearch(elasticsearch, alias).search(query, size);
        PrintWriter out = spec.commandLine().getOut();
        print(out, query, result);
        out.flush();
        return 0;
    }

    /** The hits as people read them: score, headline, URL on the next line. */
    static void print(PrintWriter out, String query, ArticleSearch.Result result) {
        if (result.hits().isEmpty()) {
            out.printf("No articles match \"%s\".%n", query);
            return;
        }
        out.printf("%d %s \"%s\"%s:%n", result.total(), result.total() == 1 ? "article matches" : "articles match", query,
                result.total() > result.hits().size() ? " (showing " + result.hits().size() + ")" : "");
        for (ArticleSearch.Hit hit : result.hits()) {
            out.printf("%7.2f  %s%n         %s%n", hit.score(), hit.headline() == null ? "(no headline)" : hit.headline(),
                    hit.url() == null ? "(no url)" : hit.url());
        }
    }
}

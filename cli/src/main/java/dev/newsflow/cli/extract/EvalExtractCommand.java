package dev.newsflow.cli.extract;

import dev.newsflow.model.Article;
import dev.newsflow.model.Events;
import dev.newsflow.parser.extract.ArticleExtractor;
import dev.newsflow.parser.extract.ExtractionException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code newsflow eval extract --input DIR --output predictions.json}: runs the extractor over a folder of pages and
 * writes {@code {id: {"articleBody", "title", "byline", "publishedTime", ...}}} for the scorer.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract every page of DIR (<id>.html, <id>.txt or <id>/source.html) into a predictions file.")
public class EvalExtractCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "folder of pages")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "predictions JSON to write")
    Path output;

    @Option(names = "--base-url", defaultValue = "https://eval.invalid/",
            description = "URL prefix the pages are given (id appended); default ${DEFAULT-VALUE}")
    String baseUrl;

    @Spec
    CommandSpec spec;

    public EvalExtractCommand() {
    }

    @Override
    public Integer call() throws Exception {
        List<PageFiles.PageFile> pages = PageFiles.list(input);
        ArticleExtractor extractor = new ArticleExtractor();
        ObjectNode out = Events.mapper().createObjectNode();
        int failed = 0;
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        for (PageFiles.PageFile page : pages) {
            ObjectNode rec = out.putObject(page.id());
            try {
                Article a = extractor.extract(page.load(baseUrl));
                rec.put("articleBody", a.body());
                rec.put("title", a.headline());
                rec.put("byline", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
                rec.put("publishedTime", a.publishedAt() == null ? null : a.publishedAt().toString());
                rec.put("modifiedTime", a.modifiedAt() == null ? null : a.modifiedAt().toString());
                rec.put("excerpt", a.description());
                rec.put("siteName", a.site());
                rec.put("lang", a.language());
                var section = rec.putArray("section");
                a.section().forEach(section::add);
                var provenance = rec.putObject("provenance");
                a.provenance().forEach(provenance::put);
            } catch (ExtractionException e) {
                failed++;
                rec.put("articleBody", "");
                rec.put("error", e.reasonCode() + ": " + e.getMessage());
                err.println(page.id() + ": not extracted (" + e.reasonCode() + "): " + e.getMessage());
            }
        }
        Files.writeString(output, Events.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        long ms = (System.nanoTime() - start) / 1_000_000;
        spec.commandLine().getOut().printf("extracted %d of %d pages in %d ms -> %s%n", pages.size() - failed,
                pages.size(), ms, output);
        spec.commandLine().getOut().flush();
        err.flush();
        return 0;
    }
}

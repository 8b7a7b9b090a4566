package dev.newsflow.cli.extract;

import dev.newsflow.model.Article;
import dev.newsflow.model.Events;
import dev.newsflow.model.RawPage;
import dev.newsflow.model.charset.PageCharset;
import dev.newsflow.parser.extract.ArticleExtractor;
import dev.newsflow.parser.extract.ExtractionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow parse FILE [--url URL]}: one saved page in, the extracted article as JSON out. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Extract the article from a saved HTML or text page and print it as JSON (with provenance).")
public class ParseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "saved page (.html, or .txt for a text rendering)")
    Path file;

    @Option(names = "--url", description = "the URL the page came from (default: file URL)")
    String url;

    @Option(names = "--content-type", description = "served content type, e.g. 'text/html; charset=windows-1252'"
            + " (default: from the file name)")
    String contentType;

    @Spec
    CommandSpec spec;

    public ParseCommand() {
    }

    @Override
    public Integer call() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String type = contentType != null ? contentType
                : file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt") ? "text/plain" : "text/html";
        PageCharset.Decoded decoded = PageCharset.decode(bytes, type);
        String pageUrl = url != null ? url : file.toAbsolutePath().toUri().toString();
        String served = type.contains("charset") ? type : type + "; charset=" + decoded.charset().name();
        RawPage page = new RawPage(RawPage.SCHEMA_VERSION, pageUrl, served, decoded.text(), Instant.now(), "manual", null);
        try {
            Article article = new ArticleExtractor().extract(page);
            spec.commandLine().getOut().println(Events.toPrettyJson(article));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ExtractionException e) {
            spec.commandLine().getErr().println("not extracted (" + e.reasonCode() + "): " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }
}

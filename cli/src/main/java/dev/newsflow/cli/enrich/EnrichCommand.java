package dev.newsflow.cli.enrich;

import dev.newsflow.enricher.ArticleEnricher;
import dev.newsflow.model.Article;
import dev.newsflow.model.Events;
import dev.newsflow.model.Image;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code newsflow enrich FILE [--url URL]} (an Article JSON file, or plain text whose first line is the
 * headline) and {@code newsflow enrich --jsonl FILE|-} (one article JSON per line, at least headline and body).
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Tag entities, section tags and topics: one article (JSON or text) or JSON lines.")
public class EnrichCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", description = "article JSON, or text: first line headline, rest body")
    Path file;

    @Option(names = "--url", description = "the article's URL (text input)")
    String url;

    @Option(names = "--language", description = "the article's language (ISO 639-1; text input, JSON says its own): "
            + "the models read English; an article in another language gets no entities or topics, and says so")
    String language;

    @Option(names = "--jsonl", description = "JSON lines of articles (headline, body; optional url, section); - for stdin")
    String jsonl;

    @Option(names = "--pretty", description = "indent the single-article output")
    boolean pretty;

    public EnrichCommand() {
    }

    @Override
    public Integer call() throws Exception {
        if ((file == null) == (jsonl == null)) {
            System.err.println("give either FILE or --jsonl FILE|-");
            return 2;
        }
        ArticleEnricher enricher = new ArticleEnricher();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        if (file != null) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            Article article = content.stripLeading().startsWith("{") ? article(Events.mapper().readTree(content), 0)
                    : textArticle(content, url != null ? url : file.toAbsolutePath().toUri().toString(), language);
            var enriched = enricher.enrich(article);
            out.println(pretty ? Events.toPrettyJson(enriched) : Events.toJsonString(enriched));
            out.flush();
            return 0;
        }
        int failures = 0;
        try (BufferedReader r = jsonl.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(jsonl), StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.println(Events.toJsonString(enricher.enrich(article(Events.mapper().readTree(line), lineNo))));
                } catch (RuntimeException e) {
                    failures++;
                    System.err.printf("line %d: not an article: %s%n", lineNo, e.getMessage());
                }
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /**
     * An article from JSON holding at least headline and body; of a full Article record (what {@code newsflow
     * parse} prints) it also keeps the standfirst and the pictures' captions and alt text, which the enricher tags.
     */
    static Article article(JsonNode n, int lineNo) {
        String headline = text(n, "headline");
        String body = text(n, "body");
        if (headline == null || body == null) {
            throw new IllegalArgumentException("headline and body are required");
        }
        String url = text(n, "url");
        if (url == null) {
            url = "urn:newsflow:jsonl:" + lineNo;
        }
        List<String> section = new ArrayList<>();
        JsonNode s = n.get("section");
        if (s != null && s.isArray()) {
            s.forEach(x -> section.add(x.asString()));
        } else if (s != null && s.isString()) {
            section.add(s.asString());
        }
        // pictures: their captions and alt text name the people in the story ("President Vladimir Putin")
        List<Image> images = new ArrayList<>();
        JsonNode imgs = n.get("images");
        if (imgs != null && imgs.isArray()) {
            for (JsonNode img : imgs) {
                String src = text(img, "url");
                images.add(new Image(src == null ? url : src, text(img, "alt"), text(img, "caption")));
            }
        }
        return new Article(0, text(n, "id"), url, text(n, "canonicalUrl"), text(n, "site"), headline,
                text(n, "description"), null, null, null, section, text(n, "language"), body, images, null, null,
                null, body.split("\\s+").length, null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    static Article textArticle(String content, String url, String language) {
        String trimmed = content.strip();
        int nl = trimmed.indexOf('\n');
        String headline = nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
        String body = nl < 0 ? "" : trimmed.substring(nl + 1).strip();
        return new Article(0, null, url, null, null, headline, null, null, null, null, null, language, body, null, null,
                null, null, body.isEmpty() ? 0 : body.split("\\s+").length, null);
    }
}

package dev.newsflow.cli.extract;

import dev.newsflow.model.RawPage;
import dev.newsflow.model.charset.PageCharset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The pages of an evaluation or benchmark folder: {@code <id>.html}, {@code <id>.txt} or {@code <id>/source.html}. */
final class PageFiles {

    /** One page on disk. */
    record PageFile(String id, Path path) {
        boolean isText() {
            return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
        }

        /** The page decoded exactly as the fetcher decodes a fetched body (the shared {@link PageCharset} rules). */
        RawPage load(String baseUrl) throws IOException {
            byte[] bytes = Files.readAllBytes(path);
            String contentType = isText() ? "text/plain" : "text/html";
            PageCharset.Decoded decoded = PageCharset.decode(bytes, contentType);
            String url = baseUrl.endsWith("/") ? baseUrl + id + "/" : baseUrl + "/" + id + "/";
            return new RawPage(RawPage.SCHEMA_VERSION, url, contentType + "; charset=" + decoded.charset().name(),
                    decoded.text(), Instant.EPOCH, "manual", null);
        }
    }

    private PageFiles() {
    }

    static List<PageFile> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a directory");
        }
        List<PageFile> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (Files.isDirectory(p)) {
                    Path source = p.resolve("source.html");
                    if (Files.isRegularFile(source)) {
                        out.add(new PageFile(name, source));
                    }
                } else if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".txt")) {
                    out.add(new PageFile(name.substring(0, name.lastIndexOf('.')), p));
                }
            }
        }
        return out;
    }
}

package dev.newsflow.cli;

import dev.newsflow.model.Events;
import dev.newsflow.model.MalformedEventException;
import dev.newsflow.model.RawPage;
import dev.newsflow.model.RawPages;
import dev.newsflow.model.charset.PageCharset;
import dev.newsflow.model.page.CanonicalUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A page file as it will be dropped on news.pages.raw: either a RawPage JSON envelope sent as is, or a bare
 * HTML/text body (UTF-8) with the URL and content type that go into the record headers.
 *
 * @param file        where it was read from
 * @param url         the page URL (absolute http(s))
 * @param urlOrigin   where the URL came from, for people: "--url", "sidecar x.url", "canonical link", ...
 * @param contentType the content type of a bare page; the envelope's own for JSON
 * @param body        the record value, UTF-8
 * @param envelope    true when {@code body} is a RawPage JSON envelope
 */
public record PageFile(Path file, String url, String urlOrigin, String contentType, byte[] body, boolean envelope) {

    /** The host of URLs made up for files that name none: says plainly that it is not a real address. */
    public static final String PLACEHOLDER_HOST = "local.newsflow";

    /** File extensions taken from a directory; a file named explicitly may have any. */
    static final Set<String> EXTENSIONS = Set.of("html", "htm", "txt", "json");


    /** True when the URL was made up because the file names none. */
    public boolean placeholderUrl() {
        return url.contains("://" + PLACEHOLDER_HOST + "/");
    }

    /** The record key: the id of the article this page should become. */
    public String key() {
        return RawPage.of(url, contentType, "", null, null).key();
    }

    /**
     * Expands the arguments of {@code drop}: files as given, directories to their .html/.htm/.txt/.json files
     * (recursively, sorted, sidecar .url files skipped).
     *
     * @throws IllegalArgumentException naming the first path that does not exist, or a directory with no pages
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    List<Path> pages = walk.filter(Files::isRegularFile)
                            .filter(p -> EXTENSIONS.contains(extension(p)))
                            .sorted()
                            .toList();
                    if (pages.isEmpty()) {
                        throw new IllegalArgumentException("No .html, .htm, .txt or .json files in directory " + path);
                    }
                    files.addAll(pages);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (Files.exists(path)) {
                throw new IllegalArgumentException("Not a regular file or directory: " + path);
            } else {
                throw new IllegalArgumentException("File not found: " + path
                        + (path.isAbsolute() ? "" : " (relative to " + Path.of("").toAbsolutePath() + ")"));
            }
        }
        return files;
    }

    /**
     * Reads one file.
     *
     * @param explicitUrl the {@code --url} option, or null to find the URL in the file (sidecar, first line,
     *                    canonical link) and make one up as a last resort
     */
    public static PageFile read(Path file, String explicitUrl) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("File not found: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String ext = extension(file);
        if (ext.equals("json") || startsWithBrace(bytes)) {
            return envelope(file, bytes, explicitUrl);
        }
        String text = decode(bytes);
        boolean html = ext.equals("html") || ext.equals("htm") || (!ext.equals("txt") && RawPages.looksLikeHtml(text));
        String contentType = html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";

        if (explicitUrl != null) {
            return new PageFile(file, requireHttp(explicitUrl, "--url"), "--url", contentType, utf8(text), false);
        }
        Path sidecar = file.resolveSibling(file.getFileName() + ".url");
        if (Files.isRegularFile(sidecar)) {
            String url = firstLine(readString(sidecar));
            return new PageFile(file, requireHttp(url, sidecar.toString()), "sidecar " + sidecar.getFileName(),
                    contentType, utf8(text), false);
        }
        if (!html) {
            // a text page may carry its URL on the first line; that line is metadata, not article text
            String first = firstLine(text);
            if (isHttpUrl(first)) {
                String rest = text.substring(text.indexOf(first) + first.length()).stripLeading();
                return new PageFile(file, first, "first line", contentType, utf8(rest), false);
            }
        } else {
            // the URL is what is being looked for: nothing to resolve a relative link against
            CanonicalUrl.Declared canonical = CanonicalUrl.find(text, null);
            if (canonical != null) {
                return new PageFile(file, canonical.url(), "canonical link", contentType, utf8(text), false);
            }
        }
        // the file's whole path, not its name: pages of one name in different folders (a/source.html,
        // b/source.html) stay different articles, and dropping the same file again updates the same one
        StringBuilder madeUp = new StringBuilder("https://").append(PLACEHOLDER_HOST);
        for (Path segment : file.toAbsolutePath().normalize()) {
            madeUp.append('/').append(encodePath(segment.toString()));
        }
        return new PageFile(file, madeUp.toString(), "made up: no --url, no " + sidecar.getFileName() + " sidecar"
                + (html ? ", no canonical link" : ", no URL on the first line"), contentType, utf8(text), false);
    }

    private static PageFile envelope(Path file, byte[] bytes, String explicitUrl) {
        if (explicitUrl != null) {
            throw new IllegalArgumentException(file + " is a RawPage JSON envelope: its url field is the URL, --url does not apply");
        }
        RawPage page;
        try {
            page = Events.fromJson(bytes, RawPage.class);
        } catch (MalformedEventException e) {
            throw new IllegalArgumentException(file + " is not a RawPage JSON envelope: " + e.getMessage()
                    + " (see shared-model/src/main/resources/schemas/)");
        }
        requireHttp(page.url(), file + " url field");
        return new PageFile(file, page.url(), "envelope url field", page.contentType(), bytes, true);
    }

    /**
     * The page's text by the same rules as the fetcher ({@link PageCharset}: BOM, meta charset, valid UTF-8 over a
     * stale declaration, windows-1252 for legacy labels), re-encoded as UTF-8 for the topic.
     */
    private static String decode(byte[] bytes) {
        return PageCharset.decode(bytes, null).text();
    }

    static boolean isHttpUrl(String s) {
        if (s == null) {
            return false;
        }
        String lower = s.trim().toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && lower.length() > 8 && !lower.contains(" ");
    }

    private static String requireHttp(String url, String from) {
        if (!isHttpUrl(url)) {
            throw new IllegalArgumentException("The page URL from " + from + " must be an absolute http(s) URL, got: " + url);
        }
        return url.trim();
    }

    private static String firstLine(String text) {
        String stripped = text.stripLeading();
        int nl = stripped.indexOf('\n');
        return (nl < 0 ? stripped : stripped.substring(0, nl)).trim();
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static boolean startsWithBrace(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{';
            }
        }
        return false;
    }

    private static String encodePath(String name) {
        return java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}

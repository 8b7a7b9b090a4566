import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The pages the A/B benches read: the {@code source.html} of each page folder under a folder of pages (the dev pages'
 * layout, {@code <id>/source.html}), in name order. The benches are single-file programs; the Java launcher (22 and
 * later) compiles this file beside the one it runs when that one names this class.
 */
final class BenchPages {
    private BenchPages() {
    }

    static List<Path> sources(String folder) throws IOException {
        try (var pages = Files.list(Path.of(folder))) {
            return pages.sorted().map(p -> p.resolve("source.html")).filter(Files::isRegularFile).toList();
        }
    }
}

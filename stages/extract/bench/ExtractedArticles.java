import dev.newsflow.model.RawPage;
import dev.newsflow.model.charset.PageCharset;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.time.Instant;
import java.util.*;

/**
 * Every field of every article one extract jar makes of the pages in the given folders (or its refusal), one line per
 * page, maps sorted and the parse time left out: two builds whose files are equal extract the same. Run by
 * {@code articles.sh}.
 */
public class ExtractedArticles {
    public static void main(String[] args) throws Exception {
        var cl = new URLClassLoader(new URL[] {Path.of(args[0]).toUri().toURL()}, ExtractedArticles.class.getClassLoader());
        Class<?> c = cl.loadClass("dev.newsflow.parser.extract.ArticleExtractor");
        Object ex = c.getConstructor().newInstance();
        var m = c.getMethod("extract", RawPage.class);
        StringBuilder out = new StringBuilder();
        for (int d = 2; d < args.length; d++) {
            try (var s = Files.list(Path.of(args[d]))) {
                for (Path p : s.sorted().toList()) {
                    Path src = Files.isDirectory(p) ? p.resolve("source.html") : p;
                    String name = src.getFileName().toString();
                    if (!Files.isRegularFile(src) || !(name.endsWith(".html") || name.endsWith(".txt"))) continue;
                    String type = name.endsWith(".txt") ? "text/plain" : "text/html";
                    var dec = PageCharset.decode(Files.readAllBytes(src), type);
                    RawPage page = new RawPage(RawPage.SCHEMA_VERSION, "https://bench.invalid/" + p.getFileName() + "/",
                            type + "; charset=" + dec.charset().name(), dec.text(), Instant.EPOCH, "manual", null);
                    String r;
                    try { r = describe(m.invoke(ex, page)); }
                    catch (InvocationTargetException e) { r = "REFUSED " + e.getCause(); }
                    out.append(p.getParent().getFileName() + "/" + p.getFileName()).append('\t').append(r).append('\n');
                }
            }
        }
        Files.writeString(Path.of(args[1]), out);
    }

    /** The record's components, maps sorted by key (their order is not part of the output), the parse time left out. */
    static String describe(Object rec) throws Exception {
        StringBuilder b = new StringBuilder();
        for (var rc : rec.getClass().getRecordComponents()) {
            if (rc.getName().equals("parsedAt")) continue;
            Object v = rc.getAccessor().invoke(rec);
            if (v instanceof Map<?, ?> map) v = new TreeMap<>(map);
            b.append(rc.getName()).append('=').append(v).append(" | ");
        }
        return b.toString().replace("\n", "\\n");
    }
}

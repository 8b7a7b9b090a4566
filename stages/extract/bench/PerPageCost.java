import dev.newsflow.model.RawPage;
import dev.newsflow.parser.extract.ArticleExtractor;
import dev.newsflow.parser.extract.ExtractionException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which pages the extractor's CPU goes to: each page's CPU time (this thread's) over the measured passes, its share of
 * the whole, and its cost per byte of HTML, the dearest first. {@code bench parse} gives the mean only; a speed change
 * aimed at large pages (or a rule that is quadratic in a page's blocks) shows here. Run it in the parser service's JVM
 * options, after a build:
 * <pre>
 * java -Xmx256m -Xms64m -XX:+UseSerialGC -cp "$(cat cli/target/classpath.txt):cli/target/classes" \
 *     stages/extract/bench/PerPageCost.java ../shared/datasets/readability-pages [NAME_REGEX [WARMUP [PASSES [TOP]]]]
 * </pre>
 * Defaults: every page, 30 warm-up passes (as {@code bench parse}), 10 measured passes, the 25 dearest pages.
 */
public class PerPageCost {
    public static void main(String[] args) throws Exception {
        String only = args.length > 1 ? args[1] : ".*";
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int top = args.length > 4 ? Integer.parseInt(args[4]) : 25;
        List<Path> sources = BenchPages.sources(args[0]).stream()
                .filter(s -> s.getParent().getFileName().toString().matches(only)).toList();
        List<RawPage> pages = new ArrayList<>();
        for (Path source : sources) {
            pages.add(new RawPage(RawPage.SCHEMA_VERSION, "https://bench.invalid/", "text/html",
                    Files.readString(source), Instant.EPOCH, "bench", 200));
        }
        ArticleExtractor extractor = new ArticleExtractor();
        var thread = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[pages.size()];
        for (int pass = 0; pass < warmup + passes; pass++) {
            for (int i = 0; i < pages.size(); i++) {
                long start = thread.getCurrentThreadCpuTime();
                try {
                    extractor.extract(pages.get(i));
                } catch (ExtractionException rejected) {
                    // a page the extractor refuses still cost its time
                }
                if (pass >= warmup) {
                    cpu[i] += thread.getCurrentThreadCpuTime() - start;
                }
            }
        }
        long total = Arrays.stream(cpu).sum();
        System.out.printf("%d pages, %.2f ms CPU per page (%d warm-up passes, %d measured)%n", pages.size(),
                total / 1e6 / passes / pages.size(), warmup, passes);
        Integer[] order = new Integer[pages.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Long.compare(cpu[y], cpu[x]));
        for (int k = 0; k < Math.min(top, order.length); k++) {
            int i = order[k];
            int chars = pages.get(i).body().length();
            System.out.printf("%-30s %7.2f ms  %6d KB  %5.1f ns/char  %4.1f %%%n",
                    sources.get(i).getParent().getFileName(), cpu[i] / 1e6 / passes, chars / 1024,
                    cpu[i] / (double) passes / chars, 100.0 * cpu[i] / total);
        }
    }
}

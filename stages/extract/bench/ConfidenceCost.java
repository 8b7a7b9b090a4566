import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.databind.ObjectMapper;

/**
 * CPU per call of ExtractionConfidence.of in two builds of the extractor, in one JVM, over the bodies, headlines and
 * descriptions of a predictions file (eval extract's output), passes alternating A B B A (B A A B every other round).
 * The confidence is a small share of a parse, below what ab-cpu.sh can resolve on a shared machine: this measures it
 * alone. Run by confidence-cost.sh.
 */
public class ConfidenceCost {
    private static double sink;

    public static void main(String[] args) throws Exception {
        List<Object[]> pages = new ArrayList<>();
        for (var e : new ObjectMapper().readTree(Files.readString(Path.of(args[2]))).properties()) {
            var v = e.getValue();
            if (!v.has("confidence")) {
                continue; // refused pages carry none
            }
            String body = v.get("articleBody").asString();
            String description = v.get("excerpt") == null || v.get("excerpt").isNull() ? null : v.get("excerpt").asString();
            // the word count comes from the article (ArticleDraft.wordCount), not from the confidence: counted here once
            pages.add(new Object[] {body, body.split("\\s+").length, v.get("title").asString(), description});
        }
        Method[] of = new Method[2];
        for (int i = 0; i < 2; i++) {
            var loader = new URLClassLoader(new URL[] {Path.of(args[i]).toUri().toURL()}, ConfidenceCost.class.getClassLoader());
            of[i] = loader.loadClass("dev.newsflow.parser.extract.ExtractionConfidence").getDeclaredMethod("of",
                    String.class, int.class, double.class, int.class, String.class, String.class, String[].class);
            of[i].setAccessible(true); // package-private: the benchmark is no reason to widen it
        }
        var bean = ManagementFactory.getThreadMXBean();
        for (int w = 0; w < 200; w++) {
            pass(of[0], pages);
            pass(of[1], pages);
        }
        List<List<Double>> perPage = List.of(new ArrayList<>(), new ArrayList<>());
        int rounds = Integer.parseInt(args[3]);
        for (int r = 0; r < rounds; r++) {
            for (int k : r % 2 == 0 ? new int[] {0, 1, 1, 0} : new int[] {1, 0, 0, 1}) {
                long start = bean.getCurrentThreadCpuTime();
                for (int rep = 0; rep < 20; rep++) {
                    pass(of[k], pages);
                }
                perPage.get(k).add((bean.getCurrentThreadCpuTime() - start) / 1e3 / 20 / pages.size());
            }
        }
        for (int k = 0; k < 2; k++) {
            List<Double> t = perPage.get(k);
            Collections.sort(t);
            System.out.printf("%s: median %.1f µs CPU per page's confidence (min %.1f) over %d pages%n", k == 0 ? "A" : "B",
                    t.get(t.size() / 2), t.get(0), pages.size());
        }
    }

    private static void pass(Method of, List<Object[]> pages) throws Exception {
        for (Object[] p : pages) {
            sink += (double) of.invoke(null, p[0], p[1], 0.05, 0, p[2], p[3], new String[] {(String) p[2]});
        }
    }
}

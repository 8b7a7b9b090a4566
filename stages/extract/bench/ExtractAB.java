import dev.newsflow.model.RawPage;
import dev.newsflow.model.charset.PageCharset;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.time.Instant;
import java.util.*;

/**
 * Two builds of the extractor compared in one JVM: each extract jar in a class loader of its own over one parent class
 * path (jsoup, OpenNLP, shared-model), passes over a folder of pages ({@code <id>/source.html}) alternating A B B A
 * (B A A B every other round), this thread's CPU time per pass. Both builds meet the same load at nearly the same
 * moment, which separate {@code bench parse} runs on a shared machine do not. Run by {@code ab-cpu.sh}.
 */
public class ExtractAB {
    public static void main(String[] args) throws Exception {
        List<RawPage> pages = new ArrayList<>();
        for (Path src : BenchPages.sources(args[2])) {
            var dec = PageCharset.decode(Files.readAllBytes(src), "text/html");
            pages.add(new RawPage(RawPage.SCHEMA_VERSION, "https://bench.invalid/" + src.getParent().getFileName() + "/",
                    "text/html; charset=" + dec.charset().name(), dec.text(), Instant.EPOCH, "manual", null));
        }
        Object[] ex = new Object[2];
        Method[] m = new Method[2];
        for (int i = 0; i < 2; i++) {
            var cl = new URLClassLoader(new URL[] {Path.of(args[i]).toUri().toURL()}, ExtractAB.class.getClassLoader());
            Class<?> c = cl.loadClass("dev.newsflow.parser.extract.ArticleExtractor");
            ex[i] = c.getConstructor().newInstance();
            m[i] = c.getMethod("extract", RawPage.class);
        }
        int rounds = Integer.parseInt(args[3]);
        var bean = ManagementFactory.getThreadMXBean();
        for (int w = 0; w < 10; w++) { pass(ex[0], m[0], pages); pass(ex[1], m[1], pages); }
        List<Double> a = new ArrayList<>(), b = new ArrayList<>(), ratio = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            int[] order = r % 2 == 0 ? new int[] {0, 1, 1, 0} : new int[] {1, 0, 0, 1};
            double[] sum = new double[2];
            for (int i : order) {
                long c0 = bean.getCurrentThreadCpuTime();
                pass(ex[i], m[i], pages);
                double ms = (bean.getCurrentThreadCpuTime() - c0) / 1e6 / pages.size();
                sum[i] += ms / 2;
            }
            a.add(sum[0]); b.add(sum[1]); ratio.add(sum[1] / sum[0]);
        }
        System.out.printf("A median %.3f ms CPU per page (min %.3f), B median %.3f (min %.3f); B/A per round: median %.3f, %s%n",
                median(a), Collections.min(a), median(b), Collections.min(b), median(ratio), quartiles(ratio));
    }

    static void pass(Object ex, Method m, List<RawPage> pages) throws Exception {
        for (RawPage p : pages) {
            try {
                m.invoke(ex, p);
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof RuntimeException)) throw e;
            }
        }
    }

    static double median(List<Double> xs) { List<Double> s = new ArrayList<>(xs); Collections.sort(s); return s.get(s.size() / 2); }
    static String quartiles(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs); Collections.sort(s);
        return String.format("quartiles %.3f-%.3f, %d of %d rounds below 1", s.get(s.size() / 4), s.get(3 * s.size() / 4),
                s.stream().filter(x -> x < 1).count(), s.size());
    }
}

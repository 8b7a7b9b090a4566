import java.lang.management.ManagementFactory;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import org.jsoup.Jsoup;
import org.jsoup.nodes.*;

/**
 * The content finder's first walk ({@code CandidateWalk.walk}, which mutates the page) of two builds of the extractor
 * in one JVM: each page parsed afresh for each build outside the timed part, the walk alone timed in this thread's CPU
 * time, the builds alternated A B / B A per round. For a change to the walk, which {@code ab-cpu.sh} measures only in
 * the whole extractor's noise. Usage (after a build; copy each build's extract jar aside):
 * <pre>
 * parent=$(tr ':' '\n' &lt; cli/target/classpath.txt | grep -v stages/extract/target | paste -sd:)
 * java -cp "$parent" stages/extract/bench/CandidateWalkAB.java BEFORE.jar AFTER.jar ../shared/datasets/readability-pages 40
 * </pre>
 * Prints each build's ms CPU per page and B/A over all rounds and its median round; the first 5 rounds are warm-up.
 */
public class CandidateWalkAB {
    public static void main(String[] a) throws Exception {
        List<String> html = new ArrayList<>();
        for (Path src : BenchPages.sources(a[2])) html.add(Files.readString(src));
        var bean = ManagementFactory.getThreadMXBean();
        Method[] walk = new Method[2]; Constructor<?>[] sig = new Constructor<?>[2];
        for (int i = 0; i < 2; i++) {
            var cl = new URLClassLoader(new URL[] {Path.of(a[i]).toUri().toURL()}, CandidateWalkAB.class.getClassLoader());
            Class<?> cw = cl.loadClass("dev.newsflow.parser.extract.CandidateWalk");
            Class<?> cs = cl.loadClass("dev.newsflow.parser.extract.ClassSignals");
            Class<?> prep = cl.loadClass("dev.newsflow.parser.extract.CandidateWalk$Preparation");
            walk[i] = cw.getDeclaredMethod("walk", Element.class, String.class, cs, boolean.class, prep); walk[i].setAccessible(true);
            sig[i] = cs.getDeclaredConstructor(); sig[i].setAccessible(true);
        }
        double[] t = new double[2]; List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < Integer.parseInt(a[3]); r++) {
            double[] round = new double[2];
            for (int i : (r % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0})) {
                for (String h : html) {
                    Document d = Jsoup.parse(h, "https://x.invalid/");
                    Object signals = sig[i].newInstance();
                    long c0 = bean.getCurrentThreadCpuTime();
                    walk[i].invoke(null, d.body(), null, signals, true, null);
                    round[i] += bean.getCurrentThreadCpuTime() - c0;
                }
            }
            if (r >= 5) { t[0] += round[0]; t[1] += round[1]; ratios.add(round[1] / round[0]); }
        }
        Collections.sort(ratios);
        System.out.printf("CandidateWalk.walk: A %.4f ms/page, B %.4f ms/page, B/A total %.3f, median round %.3f%n", t[0] / 1e6 / (ratios.size()) / html.size(), t[1] / 1e6 / ratios.size() / html.size(), t[1] / t[0], ratios.get(ratios.size() / 2));
    }
}

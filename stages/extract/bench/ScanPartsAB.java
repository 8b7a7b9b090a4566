import java.lang.management.ManagementFactory;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.*;

/**
 * Four text scans of two builds of the extractor in one JVM, alternated per round, this thread's CPU time: the teaser
 * rule's {@code JunkBlocks.strippedTextLength} over every text node of the pages' bodies, {@code SubtreeStats.of} and
 * {@code TextRenderer.render} of each body, and the labelled-furniture test ({@code JunkBlocks.isFurniture}, or the
 * {@code FURNITURE} pattern of a build before it) on short blocks, one a line of a text file (e.g. the paragraphs of the
 * bodies that {@code eval extract} writes). Usage (after a build; copy each build's extract jar aside):
 * <pre>
 * parent=$(tr ':' '\n' &lt; cli/target/classpath.txt | grep -v stages/extract/target | paste -sd:)
 * java -cp "$parent" stages/extract/bench/ScanPartsAB.java BEFORE.jar AFTER.jar ../shared/datasets/readability-pages BLOCKS.txt
 * </pre>
 * Package-private members are reached by reflection: a rename in the extractor needs the same here.
 */
public class ScanPartsAB {
    public static void main(String[] a) throws Exception {
        List<Document> docs = new ArrayList<>();
        for (Path src : BenchPages.sources(a[2])) docs.add(Jsoup.parse(Files.readString(src), "https://x.invalid/"));
        List<String> texts = new ArrayList<>();
        for (Document d : docs) d.body().traverse((n, depth) -> { if (n instanceof TextNode t) texts.add(t.getWholeText()); });
        List<String> blocks = Files.readAllLines(Path.of(a[3])).stream().filter(t -> t.length() <= 200).toList();
        var bean = ManagementFactory.getThreadMXBean();
        Method[] stl = new Method[2], sto = new Method[2], ren = new Method[2]; Object[] furn = new Object[2];
        for (int i = 0; i < 2; i++) {
            var cl = new URLClassLoader(new URL[] {Path.of(a[i]).toUri().toURL()}, ScanPartsAB.class.getClassLoader());
            Class<?> jb = cl.loadClass("dev.newsflow.parser.extract.JunkBlocks");
            stl[i] = jb.getDeclaredMethod("strippedTextLength", String.class); stl[i].setAccessible(true);
            sto[i] = cl.loadClass("dev.newsflow.parser.extract.SubtreeStats").getDeclaredMethod("of", Element.class); sto[i].setAccessible(true);
            ren[i] = cl.loadClass("dev.newsflow.parser.extract.TextRenderer").getDeclaredMethod("render", Element.class); ren[i].setAccessible(true);
            try { Method m = jb.getDeclaredMethod("isFurniture", String.class); m.setAccessible(true); furn[i] = m; }
            catch (NoSuchMethodException e) { Field f = jb.getDeclaredField("FURNITURE"); f.setAccessible(true); furn[i] = f.get(null); }
        }
        double[][] t = new double[4][2];
        for (int r = 0; r < 40; r++) {
            for (int i : (r % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0})) {
                long c0 = bean.getCurrentThreadCpuTime(); long sum = 0;
                for (String x : texts) sum += (int) stl[i].invoke(null, x);
                long c1 = bean.getCurrentThreadCpuTime();
                for (Document d : docs) sum += sto[i].invoke(null, d.body()).hashCode();
                long c2 = bean.getCurrentThreadCpuTime();
                for (Document d : docs) sum += ((String) ren[i].invoke(null, d.body())).length();
                long c3 = bean.getCurrentThreadCpuTime();
                for (String b : blocks) sum += furn[i] instanceof Method m ? ((boolean) m.invoke(null, b) ? 1 : 0) : (((Pattern) furn[i]).matcher(b).matches() ? 1 : 0);
                long c4 = bean.getCurrentThreadCpuTime();
                if (r >= 10) { t[0][i] += c1 - c0; t[1][i] += c2 - c1; t[2][i] += c3 - c2; t[3][i] += c4 - c3; }
            }
        }
        String[] names = {"strippedTextLength (all body text nodes)", "SubtreeStats.of(body)", "TextRenderer.render(body)", "furniture test (short blocks)"};
        for (int k = 0; k < 4; k++) System.out.printf("%-42s A %.3f ms/page  B %.3f ms/page  B/A %.2f%n", names[k], t[k][0] / 1e6 / 30 / docs.size(), t[k][1] / 1e6 / 30 / docs.size(), t[k][1] / t[k][0]);
    }
}

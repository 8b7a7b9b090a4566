import dev.newsflow.cli.GeneratedNewsPages;
import dev.newsflow.enricher.ArticleEnricher;
import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Events;
import dev.newsflow.model.RawPage;
import dev.newsflow.parser.extract.ArticleExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The enricher service's own work per record, without Kafka: the Article JSON of a {@code bench pipeline} page
 * (GeneratedNewsPages, ~30 KB of HTML, parsed by ArticleExtractor) decoded, enriched and the EnrichedArticle encoded,
 * as EnrichFunction does, on one thread; CPU time of each step per record. Run by record-cpu.sh.
 */
public class RecordCpu {

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        GeneratedNewsPages pages = new GeneratedNewsPages("record-cpu", 30_000);
        ArticleExtractor extractor = new ArticleExtractor();
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Article article = extractor.extract(RawPage.of(pages.url(i), "text/html; charset=utf-8",
                    new String(pages.page(i), StandardCharsets.UTF_8), Instant.now(), "bench"));
            inputs.add(Events.toJson(article));
        }
        ArticleEnricher enricher = new ArticleEnricher();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[3];
        // round 0 warms the JIT up; rounds 1 to 3 are measured
        for (int round = 0; round < 4; round++) {
            long decode = 0, enrich = 0, encode = 0;
            for (int i = 0; i < records; i++) {
                long t0 = threads.getCurrentThreadCpuTime();
                Article article = Events.fromJson(inputs.get(i % inputs.size()), Article.class);
                long t1 = threads.getCurrentThreadCpuTime();
                EnrichedArticle enriched = enricher.enrich(article);
                long t2 = threads.getCurrentThreadCpuTime();
                Events.toJson(enriched);
                long t3 = threads.getCurrentThreadCpuTime();
                decode += t1 - t0;
                enrich += t2 - t1;
                encode += t3 - t2;
            }
            if (round > 0) {
                ms[0] += decode / 1e6 / records / 3;
                ms[1] += enrich / 1e6 / records / 3;
                ms[2] += encode / 1e6 / records / 3;
            }
        }
        System.out.printf(Locale.ROOT, "ms CPU per record (3 rounds of %d): decode %.3f + enrich %.3f + encode %.3f"
                + " = %.3f%n", records, ms[0], ms[1], ms[2], ms[0] + ms[1] + ms[2]);
    }
}

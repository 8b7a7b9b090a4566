package dev.newsflow.cli.enrich;

import dev.newsflow.cli.ServiceJvm;
import dev.newsflow.enricher.ArticleEnricher;
import dev.newsflow.enricher.ner.ConllCorpus;
import dev.newsflow.model.Article;
import dev.newsflow.stack.Service;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench enrich}: enriches news articles of about 600 words on one thread and prints
 * articles/s and tokens/s (wall clock and per CPU second of that thread) and the peak heap.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Benchmark the enricher on one thread: articles/s, tokens/s, peak heap.")
public class BenchEnrichCommand implements Callable<Integer> {

    @Option(names = "--input", description = "news text as 'token TAG' lines, cut into articles "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "../shared/datasets/gmb-ner/dev.txt")
    Path input;

    @Option(names = "--words", defaultValue = "600", description = "words per article")
    int words;

    @Option(names = "--articles", defaultValue = "1000", description = "articles measured")
    int articles;

    @Option(names = "--warmup", defaultValue = "300", description = "articles enriched before measuring (JIT warm-up)")
    int warmup;

    @Option(names = ServiceJvm.OPTION, defaultValue = "service", description = "service (default): measure in a child "
            + "JVM with the enricher service's options (the serial collector, its heap limit), the figure the pipeline "
            + "sees; cli: in this JVM (e.g. to profile with NEWSFLOW_JAVA_OPTS)")
    ServiceJvm.Where jvm;

    @Spec
    CommandSpec spec;

    public BenchEnrichCommand() {
    }

    @Override
    public Integer call() throws Exception {
        if (jvm == ServiceJvm.Where.service) {
            return ServiceJvm.rerunAs(Service.ENRICHER, spec);
        }
        if (!Files.exists(input)) {
            System.err.println("no input " + input + " (run from the project root or give --input)");
            return 2;
        }
        List<Article> corpus = articles(input, words);
        ArticleEnricher enricher = new ArticleEnricher();
        for (int i = 0; i < warmup; i++) {
            enricher.enrich(corpus.get(i % corpus.size()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long tokens = 0;
        int entities = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            Article a = corpus.get(i % corpus.size());
            entities += enricher.enrich(a).entities().size();
            tokens += a.wordCount();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "articles: %d of ~%d words (%d distinct), %d entities%n", articles, words,
                corpus.size(), entities);
        System.out.printf(Locale.ROOT, "articles/s: %.1f wall, %.1f per CPU second%n", articles / wall,
                articles / cpu);
        System.out.printf(Locale.ROOT, "tokens/s: %.0f wall, %.0f per CPU second%n", tokens / wall, tokens / cpu);
        System.out.printf(Locale.ROOT, "peak heap: %.1f MiB%n", peak / 1048576.0);
        System.out.println(ServiceJvm.describeThisJvm());
        return 0;
    }

    /** Consecutive sentences of the file joined into articles of about {@code words} tokens. */
    static List<Article> articles(Path file, int words) throws java.io.IOException {
        List<Article> out = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        String headline = null;
        int n = 0;
        for (ConllCorpus.Document d : ConllCorpus.read(file)) {
            for (ConllCorpus.Sentence s : d.sentences()) {
                String sentence = String.join(" ", s.words());
                if (headline == null) {
                    headline = sentence;
                    continue;
                }
                body.append(sentence).append(n % 3 == 2 ? "\n\n" : " ");
                n += s.words().length;
                if (n >= words) {
                    out.add(new Article(0, null, "https://example.org/world/europe/story-" + out.size(), null, null,
                            headline, null, null, null, null, null, "en", body.toString().strip(), null, null, null,
                            null, n, null));
                    body.setLength(0);
                    headline = null;
                    n = 0;
                }
            }
        }
        return out;
    }
}

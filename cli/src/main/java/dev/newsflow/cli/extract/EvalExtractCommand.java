package dev.newsflow.cli.extract;

import dev.newsflow.model.Article;
import dev.newsflow.model.Events;
import dev.newsflow.parser.eval.Predictions;
import dev.newsflow.parser.eval.RuleJudgement;
import dev.newsflow.parser.eval.SiteCrossValidation;
import dev.newsflow.parser.extract.ArticleExtractor;
import dev.newsflow.parser.extract.ExtractionException;
import dev.newsflow.parser.extract.ExtractionLimits;
import dev.newsflow.parser.extract.PrecisionSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code newsflow eval extract --input DIR --output predictions.json}: runs the extractor over a folder of pages and
 * writes {@code {id: {"articleBody", "title", "byline", "publishedTime", ...}}} for the scorer.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract every page of DIR (<id>.html, <id>.txt or <id>/source.html) into a predictions file.")
public class EvalExtractCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "folder of pages")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "predictions JSON to write")
    Path output;

    @Option(names = "--base-url", defaultValue = "https://eval.invalid/",
            description = "URL prefix the pages are given (id appended); default ${DEFAULT-VALUE}")
    String baseUrl;

    @Option(names = "--precision", defaultValue = "defaults", paramLabel = "defaults|strict|off",
            description = "the precision rules' setting: defaults (each rule chosen by its dev cost and its gain on the"
                    + " stress pages' check half, see --rules), strict (every rule on) or off (default ${DEFAULT-VALUE})")
    String precision;

    @Option(names = "--cross-validate", description = "also extract under each candidate setting of the precision"
            + " rules and print body figures plain and leave-one-site-out (needs the ground truth)")
    boolean crossValidate;

    @Option(names = "--rules", description = "judge each precision rule on its own: dev F1 and leave-one-site-out"
            + " cost, the dev lines it removes, its gain on the stress pages' tune and check halves (needs the ground truth)")
    boolean rules;

    @Option(names = "--stress", paramLabel = "DIR", defaultValue = "stages/extract/src/test/resources/stress",
            description = "the stress pages for --rules: DIR/tune and DIR/check, each with its ground-truth.json"
                    + " (default ${DEFAULT-VALUE})")
    Path stress;

    @Option(names = "--ground-truth", paramLabel = "FILE",
            description = "ground truth for --cross-validate (default: DIR/ground-truth.json)")
    Path groundTruth;

    @Spec
    CommandSpec spec;

    public EvalExtractCommand() {
    }

    @Override
    public Integer call() throws Exception {
        List<PageFiles.PageFile> pages = PageFiles.list(input);
        PrecisionSettings setting;
        try {
            setting = PrecisionSettings.named(precision);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--precision: " + e.getMessage());
        }
        ArticleExtractor extractor = new ArticleExtractor(ExtractionLimits.DEFAULTS, setting);
        ObjectNode out = Events.mapper().createObjectNode();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        int failed = extractAll(extractor, pages, out, err);
        Files.writeString(output, Events.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        long ms = (System.nanoTime() - start) / 1_000_000;
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("extracted %d of %d pages in %d ms -> %s%n", pages.size() - failed, pages.size(), ms, output);
        if (crossValidate) {
            crossValidate(pages, stdout);
        }
        if (rules) {
            judgeRules(pages, stdout);
        }
        stdout.flush();
        err.flush();
        return 0;
    }

    /**
     * Extracts the pages under every candidate precision setting (the defaults first) and prints the body figures of
     * the defaults on every page next to the leave-one-site-out figures, where each site's pages are scored under the
     * setting chosen on the other sites' pages.
     */
    private void crossValidate(List<PageFiles.PageFile> pages, PrintWriter stdout) throws Exception {
        Path truthFile = groundTruth != null ? groundTruth : input.resolve("ground-truth.json");
        Map<String, String> truth = Predictions.bodies(Predictions.read(truthFile));
        List<PrecisionSettings> settings = new ArrayList<>();
        settings.add(PrecisionSettings.DEFAULTS);
        PrecisionSettings.grid().stream().filter(s -> !s.equals(PrecisionSettings.DEFAULTS)).forEach(settings::add);
        List<SiteCrossValidation.Candidate> candidates = new ArrayList<>();
        PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
        for (PrecisionSettings s : settings) {
            ObjectNode preds = Events.mapper().createObjectNode();
            extractAll(new ArticleExtractor(ExtractionLimits.DEFAULTS, s), pages, preds, quiet);
            Map<String, String> bodies = new java.util.LinkedHashMap<>();
            preds.properties().forEach(e -> bodies.put(e.getKey(), Predictions.bodyOf(e.getValue())));
            candidates.add(new SiteCrossValidation.Candidate(s.toString(), bodies));
        }
        SiteCrossValidation.Result r = SiteCrossValidation.leaveOneSiteOut(truth, candidates);
        stdout.printf("body plain (defaults, %s)      F1 %.3f  precision %.3f  recall %.3f  accuracy %.3f  (n=%d)%n",
                PrecisionSettings.DEFAULTS, r.plain().f1(), r.plain().precision(), r.plain().recall(),
                r.plain().accuracy(), r.plain().docs());
        stdout.printf("body leave-one-site-out (%d sites, %d settings) F1 %.3f  precision %.3f  recall %.3f  accuracy %.3f%n",
                r.sites(), settings.size(), r.heldOut().f1(), r.heldOut().precision(), r.heldOut().recall(),
                r.heldOut().accuracy());
        r.chosen().forEach((label, n) -> {
            if (n > 0) {
                stdout.printf("  chosen for %3d sites: %s%n", n, label);
            }
        });
    }

    /**
     * Each precision rule alone against every rule off, on the dev pages (plain and leave-one-site-out), the stress
     * pages' tune and check halves, with the dev lines each rule removes, then the defaults on all three: the figures
     * {@link PrecisionSettings#CRITERION} decides on.
     */
    private void judgeRules(List<PageFiles.PageFile> pages, PrintWriter out) throws Exception {
        Path truthFile = groundTruth != null ? groundTruth : input.resolve("ground-truth.json");
        List<PageFiles.PageFile> tune = PageFiles.list(stress.resolve("tune"));
        List<PageFiles.PageFile> check = PageFiles.list(stress.resolve("check"));
        RuleJudgement.Truths truth = new RuleJudgement.Truths(Predictions.bodies(Predictions.read(truthFile)),
                Predictions.bodies(Predictions.read(stress.resolve("tune/ground-truth.json"))),
                Predictions.bodies(Predictions.read(stress.resolve("check/ground-truth.json"))));
        RuleJudgement.Bodies off = bodies(PrecisionSettings.OFF, pages, tune, check);
        out.printf("criterion: %s%n", PrecisionSettings.CRITERION);
        out.println("dev Δ: F1 with the rule on every dev page minus F1 with every rule off. A rule's thresholds are fixed"
                + " (chosen on the stress tune half, never on dev), so this is its leave-one-site-out cost as well;"
                + " 'figures' is pass when check Δ > 0 and dev Δ >= -0.001");
        out.printf("%-20s %8s %8s %8s %8s %8s %8s %8s%n", "rule (alone)", "dev F1", "dev Δ", "tune Δ", "check Δ",
                "removed", "figures", "default");
        Map<String, RuleJudgement.Figures> figures = new java.util.LinkedHashMap<>();
        for (var rule : PrecisionSettings.eachRuleAlone().entrySet()) {
            RuleJudgement.Figures f = RuleJudgement.judge(truth, off, bodies(rule.getValue(), pages, tune, check));
            figures.put(rule.getKey(), f);
            out.printf(java.util.Locale.ROOT, "%-20s %8.4f %+8.4f %+8.4f %+8.4f %8d %8s %8s%n",
                    rule.getKey(), f.devRule(), -f.devCost(), f.tuneGain(), f.checkGain(), f.removed().size(), f.passesByFigures() ? "pass" : "fail",
                    inDefaults(rule.getKey()) ? "on" : "off");
        }
        RuleJudgement.Figures all = RuleJudgement.judge(truth, off, bodies(PrecisionSettings.DEFAULTS, pages, tune, check));
        out.printf(java.util.Locale.ROOT, "%-20s %8.4f %+8.4f %+8.4f %+8.4f %8d   (rules off: dev %.4f, tune %.4f,"
                        + " check %.4f)%n", "defaults together", all.devRule(), -all.devCost(), all.tuneGain(), all.checkGain(), all.removed().size(), all.devOff(),
                all.tuneOff(), all.checkOff());
        out.printf(java.util.Locale.ROOT, "stress halves with the defaults: tune F1 %.4f, check F1 %.4f%n", all.tuneRule(),
                all.checkRule());
        for (var e : figures.entrySet()) {
            out.printf("%n%s removes on the dev pages (%d lines; read them: article text, or junk the reference kept?):%n",
                    e.getKey(), e.getValue().removed().size());
            for (RuleJudgement.Removed r : e.getValue().removed()) {
                String line = r.line().length() > 150 ? r.line().substring(0, 150) + "…" : r.line();
                out.printf("  %-28s %s%n", r.page(), line);
            }
        }
    }

    /** Whether a rule, by its name in {@link PrecisionSettings#eachRuleAlone()}, is on in the defaults. */
    private static boolean inDefaults(String rule) {
        PrecisionSettings d = PrecisionSettings.DEFAULTS;
        return switch (rule) {
            case "teaser-lists" -> d.teaserLinkDensity() <= 1;
            case "labelled-furniture" -> d.labelledFurniture();
            case "end-markers" -> d.endMarkers();
            case "trailing-boundary" -> d.trailingBlockChars() > 0;
            case "image-captions" -> d.imageCaptions();
            case "header-lines" -> d.headerLines();
            case "social-embeds" -> d.socialEmbeds();
            case "standfirst" -> d.standfirst();
            case "publisher-body" -> d.publisherBody();
            case "service-links" -> d.serviceLinks();
            default -> throw new IllegalArgumentException(rule);
        };
    }

    private RuleJudgement.Bodies bodies(PrecisionSettings settings, List<PageFiles.PageFile> dev,
                                        List<PageFiles.PageFile> tune, List<PageFiles.PageFile> check) throws Exception {
        ArticleExtractor extractor = new ArticleExtractor(ExtractionLimits.DEFAULTS, settings);
        return new RuleJudgement.Bodies(bodiesOf(extractor, dev), bodiesOf(extractor, tune), bodiesOf(extractor, check));
    }

    private Map<String, String> bodiesOf(ArticleExtractor extractor, List<PageFiles.PageFile> pages) throws Exception {
        ObjectNode preds = Events.mapper().createObjectNode();
        extractAll(extractor, pages, preds, new PrintWriter(java.io.Writer.nullWriter()));
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        preds.properties().forEach(e -> bodies.put(e.getKey(), Predictions.bodyOf(e.getValue())));
        return bodies;
    }

    /** Extracts every page into {@code out} ({@code id -> record}); returns how many were refused. */
    private int extractAll(ArticleExtractor extractor, List<PageFiles.PageFile> pages, ObjectNode out,
                                  PrintWriter err) throws Exception {
        int failed = 0;
        for (PageFiles.PageFile page : pages) {
            ObjectNode rec = out.putObject(page.id());
            try {
                Article a = extractor.extract(page.load(baseUrl));
                rec.put("articleBody", a.body());
                rec.put("title", a.headline());
                rec.put("byline", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
                rec.put("publishedTime", a.publishedAt() == null ? null : a.publishedAt().toString());
                rec.put("modifiedTime", a.modifiedAt() == null ? null : a.modifiedAt().toString());
                rec.put("excerpt", a.description());
                rec.put("siteName", a.site());
                rec.put("lang", a.language());
                rec.put("confidence", a.confidence());
                var section = rec.putArray("section");
                a.section().forEach(section::add);
                var provenance = rec.putObject("provenance");
                a.provenance().forEach(provenance::put);
            } catch (ExtractionException e) {
                failed++;
                rec.put("articleBody", "");
                rec.put("error", e.reasonCode() + ": " + e.getMessage());
                err.println(page.id() + ": not extracted (" + e.reasonCode() + "): " + e.getMessage());
            }
        }
        return failed;
    }
}

package dev.newsflow.parser.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Leave-one-site-out cross-validation of extraction settings: for each site, the setting with the best body F1 on
 * the pages of every other site is chosen and scored on that site's pages only; the held-out scores of all sites make
 * the figure. So a threshold is never judged on the pages it was chosen on, and the figure says how the rules do on a
 * site they were not tuned for. A page's site is its id without a trailing number ({@code nytimes-3} is
 * {@code nytimes}).
 */
public final class SiteCrossValidation {

    private static final Pattern PAGE_NUMBER = Pattern.compile("-\\d+$");

    private SiteCrossValidation() {
    }

    /** One setting's predictions: its label and {@code id -> body}. */
    public record Candidate(String label, Map<String, String> bodies) {
    }

    /**
     * @param plain      the first candidate's figures on every page (the settings in use)
     * @param heldOut    the figures of each site's pages under the setting chosen without them
     * @param chosen     how many sites each candidate was chosen for, by label
     * @param sites      how many sites (folds)
     * @param perDoc     each page's held-out score, for correlations
     */
    public record Result(ExtractionScorer.Summary plain, ExtractionScorer.Summary heldOut, Map<String, Integer> chosen,
                         int sites, List<ExtractionScorer.DocScore> perDoc) {
    }

    /** The site a page id belongs to. */
    public static String siteOf(String id) {
        return PAGE_NUMBER.matcher(id).replaceFirst("");
    }

    /** Page ids grouped by site, sites in name order. */
    public static Map<String, List<String>> bySite(Iterable<String> ids) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String id : ids) {
            out.computeIfAbsent(siteOf(id), s -> new ArrayList<>()).add(id);
        }
        return out;
    }

    /** Leave-one-site-out over the candidates (ties go to the earlier candidate: list the settings in use first). */
    public static Result leaveOneSiteOut(Map<String, String> truth, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate settings");
        }
        List<Map<String, ExtractionScorer.DocScore>> scores = new ArrayList<>();
        for (Candidate c : candidates) {
            Map<String, ExtractionScorer.DocScore> byId = new LinkedHashMap<>();
            for (ExtractionScorer.DocScore d : ExtractionScorer.evaluate(truth, c.bodies(), 0, 0).perDoc()) {
                byId.put(d.id(), d);
            }
            scores.add(byId);
        }
        Map<String, List<String>> sites = bySite(truth.keySet());
        Map<String, Integer> chosen = new LinkedHashMap<>();
        candidates.forEach(c -> chosen.put(c.label(), 0));
        List<ExtractionScorer.DocScore> heldOut = new ArrayList<>();
        for (Map.Entry<String, List<String>> site : sites.entrySet()) {
            int best = 0;
            double bestF1 = -1;
            for (int k = 0; k < candidates.size(); k++) {
                List<ExtractionScorer.DocScore> training = new ArrayList<>();
                for (var e : scores.get(k).entrySet()) {
                    if (!siteOf(e.getKey()).equals(site.getKey())) {
                        training.add(e.getValue());
                    }
                }
                double f1 = ExtractionScorer.summarise(training).f1();
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = k;
                }
            }
            chosen.merge(candidates.get(best).label(), 1, Integer::sum);
            for (String id : site.getValue()) {
                heldOut.add(scores.get(best).get(id));
            }
        }
        ExtractionScorer.Summary plain = ExtractionScorer.summarise(new ArrayList<>(scores.get(0).values()));
        return new Result(plain, ExtractionScorer.summarise(heldOut), chosen, sites.size(), heldOut);
    }
}

package dev.newsflow.parser.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The figures one precision rule is judged by, from bodies extracted with every rule off and with that rule alone: its
 * body F1 on the dev pages, the dev blocks it takes out (to read: article text, or junk the dev reference kept?), and
 * its gain on the stress pages' tune and check halves. A rule's thresholds are fixed, chosen on the stress tune half and
 * never on the dev pages, so nothing is fitted to the sites it is scored on: its cost on every dev page is its
 * leave-one-site-out cost too (a leave-one-site-out choice between "off" and "on" would only hide the cost, as every
 * fold would choose "off" for a rule that costs on the other sites).
 */
public final class RuleJudgement {

    private RuleJudgement() {
    }

    /** One page's line the rule took out of the body. */
    public record Removed(String page, String line) {
    }

    /**
     * @param devOff        dev F1 with every rule off
     * @param devRule       dev F1 with the rule alone
     * @param tuneOff       stress tune half F1, rules off and the rule alone (then tuneRule)
     * @param checkOff      stress check half F1, rules off and the rule alone (then checkRule)
     * @param removed       the dev lines the rule took out, page by page
     */
    public record Figures(double devOff, double devRule, double tuneOff, double tuneRule, double checkOff, double checkRule, List<Removed> removed) {

        /** Dev cost of the rule (positive: it loses F1): on every page, which for a fixed rule is its held-out cost. */
        public double devCost() {
            return devOff - devRule;
        }

        public double checkGain() {
            return checkRule - checkOff;
        }

        public double tuneGain() {
            return tuneRule - tuneOff;
        }

        /** The measurable half of the criterion: a gain on the check half and a dev LOSO cost of at most 0.001 F1. */
        public boolean passesByFigures() {
            return checkGain() > 0 && devCost() <= 0.001;
        }
    }

    /** The bodies of one setting on the three page sets, {@code id -> body} each. */
    public record Bodies(Map<String, String> dev, Map<String, String> tune, Map<String, String> check) {
    }

    /** The truths of the three page sets, {@code id -> body} each. */
    public record Truths(Map<String, String> dev, Map<String, String> tune, Map<String, String> check) {
    }

    public static Figures judge(Truths truth, Bodies off, Bodies rule) {
        return new Figures(f1(truth.dev(), off.dev()), f1(truth.dev(), rule.dev()),
                f1(truth.tune(), off.tune()), f1(truth.tune(), rule.tune()),
                f1(truth.check(), off.check()), f1(truth.check(), rule.check()), removedLines(off.dev(), rule.dev()));
    }

    static double f1(Map<String, String> truth, Map<String, String> bodies) {
        return ExtractionScorer.evaluate(truth, bodies, 0, 0).f1();
    }

    /** The non-blank lines of each page's body without the rule that are not in its body with the rule (as a multiset). */
    public static List<Removed> removedLines(Map<String, String> without, Map<String, String> with) {
        List<Removed> out = new ArrayList<>();
        for (String id : new TreeSet<>(without.keySet())) {
            Map<String, Integer> kept = new HashMap<>();
            for (String line : lines(with.getOrDefault(id, ""))) {
                kept.merge(line, 1, Integer::sum);
            }
            for (String line : lines(without.get(id))) {
                Integer n = kept.get(line);
                if (n == null || n == 0) {
                    out.add(new Removed(id, line));
                } else {
                    kept.put(line, n - 1);
                }
            }
        }
        return out;
    }

    private static List<String> lines(String body) {
        return body == null ? List.of() : body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}

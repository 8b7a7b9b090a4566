package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Readability's candidate scoring: each scored paragraph gives its ancestors points for its length and commas (less
 * the further up they are), each ancestor starts from its tag and class weight, link density takes its share off;
 * then the best candidate is chosen among the top few and climbed to the ancestor that holds the article.
 */
final class CandidateScores {

    private static final int TOP_CANDIDATES = 5;
    /** How far up a paragraph's score reaches. */
    private static final int LEVELS = 5;
    /** Shortest text of a paragraph that is scored. */
    private static final int MIN_SCORED_CHARS = 25;

    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final ClassSignals signals;
    private final boolean weightClasses;

    /** @param weightClasses whether class and id weigh in (the first two passes) */
    CandidateScores(ClassSignals signals, boolean weightClasses) {
        this.signals = signals;
        this.weightClasses = weightClasses;
    }

    /** The score of an element, if it has one. */
    Double of(Element el) {
        return scores.get(el);
    }

    /** The best candidates, best first, after scoring the paragraphs {@code toScore} inside {@code body}. */
    List<Element> top(Element body, List<Element> toScore) {
        // the scored elements and the ancestors they may score, measured in one traversal
        Set<Element> measured = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element el : toScore) {
            for (int level = 0; el != null && level <= LEVELS; level++, el = el.parent()) {
                measured.add(el);
            }
        }
        Map<Element, SubtreeStats> stats = SubtreeStats.ofEach(body, measured);
        List<Element> candidates = new ArrayList<>();
        for (Element el : toScore) {
            Element parent = el.parent();
            SubtreeStats st = stats.get(el); // none when the walk detached it
            if (parent == null || st == null || st.textLength < MIN_SCORED_CHARS) {
                continue;
            }
            double score = 1 + st.commas + Math.min(Math.floor(st.textLength / 100.0), 3);
            Element ancestor = parent;
            for (int level = 0; ancestor != null && level < LEVELS; level++, ancestor = ancestor.parent()) {
                if (ancestor.parent() == null || ancestor.parent() instanceof Document) {
                    break;
                }
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor, weightClasses));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
            }
        }
        List<Element> top = new ArrayList<>();
        for (Element c : candidates) {
            double s = scores.get(c) * (1 - stats.get(c).linkDensity());
            scores.put(c, s);
            int i = 0;
            while (i < top.size() && scores.get(top.get(i)) >= s) {
                i++;
            }
            if (i < TOP_CANDIDATES) {
                top.add(i, c);
                if (top.size() > TOP_CANDIDATES) {
                    top.remove(top.size() - 1);
                }
            }
        }
        return top;
    }

    /**
     * The element that holds the article: the best candidate, or the common ancestor of close runners-up, climbed
     * while the parent scores at least as high and through lone children. Without a usable candidate, the body's
     * content moved into a new div.
     */
    Element choose(Element body, List<Element> top) {
        Element topCandidate = top.isEmpty() ? null : top.get(0);
        if (topCandidate == null || topCandidate.normalName().equals("body")) {
            Element div = new Element("div");
            for (var child : new ArrayList<>(body.childNodes())) {
                div.appendChild(child);
            }
            body.appendChild(div);
            scores.put(div, initialScore(div, weightClasses));
            return div;
        }
        return climb(topCandidate, top);
    }

    private Element climb(Element topCandidate, List<Element> top) {
        double topScore = scores.get(topCandidate);
        // Several close runners-up under one ancestor mean the article is split: take the common ancestor.
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (scores.get(top.get(i)) / topScore >= 0.75) {
                alternatives.add(top.get(i));
            }
        }
        if (alternatives.size() >= 3) {
            Element parent = topCandidate.parent();
            while (parent != null && !parent.normalName().equals("body")) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (Ancestors.isWithin(alt.parent(), parent)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    topCandidate = parent;
                    break;
                }
                parent = parent.parent();
            }
            scores.putIfAbsent(topCandidate, initialScore(topCandidate, true));
        }
        // Climb while the parent scores at least as high, ignoring weak ancestors.
        Element parent = topCandidate.parent();
        double lastScore = scores.getOrDefault(topCandidate, 0.0);
        double scoreThreshold = lastScore / 3;
        while (parent != null && !parent.normalName().equals("body")) {
            Double ps = scores.get(parent);
            if (ps == null) {
                parent = parent.parent();
                continue;
            }
            if (ps < scoreThreshold) {
                break;
            }
            if (ps > lastScore) {
                topCandidate = parent;
                break;
            }
            lastScore = ps;
            parent = parent.parent();
        }
        // A live blog's entry that scores best is one of its run: the article is the run.
        Element entry = LiveBlogEntries.entryOf(topCandidate, LEVELS);
        if (entry != null && !entry.parent().normalName().equals("body")) {
            topCandidate = entry.parent();
        }
        // A lone child says nothing about its siblings: use the parent.
        parent = topCandidate.parent();
        while (parent != null && !parent.normalName().equals("body") && parent.childrenSize() == 1) {
            topCandidate = parent;
            parent = topCandidate.parent();
        }
        scores.putIfAbsent(topCandidate, initialScore(topCandidate, true));
        return topCandidate;
    }

    private double initialScore(Element el, boolean weighClasses) {
        double s = switch (el.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + (weighClasses ? signals.weight(el) : 0);
    }
}

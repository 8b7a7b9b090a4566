package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding an article's text in the manner of Mozilla Readability (which the dev set's ground truth
 * comes from), in up to three passes, each less strict: a walk that drops what cannot be text ({@link CandidateWalk}),
 * the scoring of paragraphs and their ancestors ({@link CandidateScores}), the joining of the best candidate's worthy
 * siblings, and the cleaning of the result ({@link ContentCleaner}). Mutates the documents it is given.
 */
final class ContentFinder {

    /** Text length at which a pass's content is taken without trying a less strict pass. */
    private static final int CHAR_THRESHOLD = 500;
    private static final int PASSES = 3;

    private ContentFinder() {
    }

    /**
     * The element holding an article's text, its counts as measured when it was chosen, and the first visible byline
     * the passes met (removed from the text as they walked), and the pass that found it (0: the strictest).
     */
    record Content(Element element, SubtreeStats stats, String visibleByline, int pass) {
    }

    /** What one pass found: its content (null when it found no candidate) and its counts, and the byline it met, if any. */
    private record Pass(Element content, SubtreeStats stats, String visibleByline) {
    }

    /**
     * The three passes Readability makes, each less strict; the first with enough text wins, else the longest. Null
     * when no pass finds a candidate.
     *
     * @param prepared what the first pass removes from {@code original} before its walk, gathered already (by the
     *                 metadata's walk over the untouched page), or null
     * @param reparse a fresh copy of the page for each pass after the first (each pass mutates its document)
     * @param title   the article's title as known from its metadata, or null
     * @param signals the page's class and id vocabulary (it caches per page)
     */
    static Content find(Document original, CandidateWalk.Preparation prepared, Supplier<Document> reparse,
                        Deadline deadline, String title, ClassSignals signals) {
        Element best = null;
        SubtreeStats bestStats = null;
        int bestPass = 0;
        String byline = null;
        Document doc = original;
        for (int pass = 0; pass < PASSES; pass++) {
            if (pass > 0) {
                doc = reparse.get();
                deadline.check("re-parse");
            }
            Pass found = grab(doc, pass == 0 ? prepared : null, title, signals, deadline, pass < 1, pass < 2, pass < 3);
            if (byline == null) {
                byline = found.visibleByline();
            }
            if (found.content() == null) {
                continue;
            }
            // text length as Readability measures it (whitespace collapsed), without building the text
            SubtreeStats stats = found.stats();
            if (stats.textLength >= CHAR_THRESHOLD) {
                return new Content(found.content(), stats, byline, pass);
            }
            if (bestStats == null || stats.textLength > bestStats.textLength) {
                best = found.content();
                bestStats = stats;
                bestPass = pass;
            }
        }
        return best == null ? null : new Content(best, bestStats, byline, bestPass);
    }

    private static Pass grab(Document doc, CandidateWalk.Preparation prepared, String title, ClassSignals signals,
                             Deadline deadline, boolean stripUnlikely,
                             boolean weightClasses, boolean cleanConditionally) {
        Element body = doc.body();
        if (body == null) {
            return new Pass(null, null, null);
        }
        CandidateWalk.Result walked = CandidateWalk.walk(body, title, signals, stripUnlikely, prepared);
        deadline.check("walking the page");
        CandidateScores scores = new CandidateScores(signals, weightClasses);
        List<Element> top = scores.top(body, walked.toScore());
        deadline.check("scoring");
        Element article = withSiblings(scores.choose(body, top), scores);
        deadline.check("choosing the content");
        SubtreeStats stats = new ContentCleaner(signals, weightClasses).clean(article, cleanConditionally);
        deadline.check("cleaning");
        return new Pass(article, stats, walked.visibleByline());
    }

    /**
     * The top candidate with the siblings that belong to the article: those scoring above a threshold (with a bonus
     * for sharing its class), and paragraphs that read as prose rather than links, moved into a new div.
     */
    private static Element withSiblings(Element topCandidate, CandidateScores scores) {
        Element article = new Element("div");
        Element parent = topCandidate.parent();
        Double top = scores.of(topCandidate);
        double topScore = top == null ? 0.0 : top;
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> siblings = parent == null ? List.of(topCandidate) : new ArrayList<>(parent.children());
        for (Element sib : siblings) {
            boolean append = sib == topCandidate;
            if (!append) {
                double bonus = 0;
                if (!topCandidate.className().isEmpty() && sib.className().equals(topCandidate.className())) {
                    bonus += topScore * 0.2;
                }
                Double s = scores.of(sib);
                if (s != null && s + bonus >= threshold) {
                    append = true;
                } else if (sib.normalName().equals("p")) {
                    double ld = SubtreeStats.of(sib).linkDensity();
                    String content = sib.text();
                    int len = content.length();
                    if (len > 80 && ld < 0.25) {
                        append = true;
                    } else if (len < 80 && len > 0 && ld == 0 && (content.contains(". ") || content.endsWith("."))) {
                        append = true;
                    }
                }
            }
            if (append) {
                article.appendChild(sib);
            }
        }
        return article;
    }
}

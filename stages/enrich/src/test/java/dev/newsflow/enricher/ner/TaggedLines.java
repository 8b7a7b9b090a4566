package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * A document for the tagging rules' tests, written as its sentences and their tags alternately, each a line of
 * space-separated tokens: {@code TaggedLines.of("Siemens said", "B-ORG O", "...", "...")}. A rule is applied to
 * {@link #sentences()} and {@link #tags()}, which it changes in place.
 */
record TaggedLines(List<String[]> sentences, List<String[]> tags) {

    static TaggedLines of(String... sentencesAndTags) {
        List<String[]> sentences = new ArrayList<>();
        List<String[]> tags = new ArrayList<>();
        for (int i = 0; i < sentencesAndTags.length; i += 2) {
            sentences.add(sentencesAndTags[i].split(" "));
            tags.add(sentencesAndTags[i + 1].split(" "));
        }
        return new TaggedLines(sentences, tags);
    }
}

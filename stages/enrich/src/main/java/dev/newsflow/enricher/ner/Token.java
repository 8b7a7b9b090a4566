package dev.newsflow.enricher.ner;

/** A token of text with its character span. */
public record Token(String text, int start, int end) {
}

package dev.newsflow.enricher.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code token TAG} files (CoNLL style): one token per line, blank line between sentences,
 * {@code -DOCSTART-} lines between documents. The tag is the last column, the token the first.
 */
public final class ConllCorpus {

    /** A sentence: tokens and their tags (tags may be {@code null} for untagged input). */
    public record Sentence(String[] words, String[] tags) {
    }

    /** A document: its sentences, and whether a {@code -DOCSTART-} line opened it. */
    public record Document(List<Sentence> sentences, boolean docstart) {
    }

    private ConllCorpus() {
    }

    /** The file's documents; a file without {@code -DOCSTART-} lines is one document. */
    public static List<Document> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    public static List<Document> read(BufferedReader r) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        boolean docstart = false;
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
            line = line.strip();
            if (line.isEmpty()) {
                flush(words, tags, sentences);
                continue;
            }
            String[] cols = line.split("\\s+");
            if (cols[0].equals("-DOCSTART-")) {
                flush(words, tags, sentences);
                if (!sentences.isEmpty() || docstart) {
                    docs.add(new Document(sentences, docstart));
                }
                sentences = new ArrayList<>();
                docstart = true;
                continue;
            }
            words.add(cols[0]);
            tags.add(cols.length > 1 ? cols[cols.length - 1] : null);
        }
        flush(words, tags, sentences);
        if (!sentences.isEmpty() || docstart) {
            docs.add(new Document(sentences, docstart));
        }
        return docs;
    }

    private static void flush(List<String> words, List<String> tags, List<Sentence> out) {
        if (!words.isEmpty()) {
            out.add(new Sentence(words.toArray(String[]::new), tags.toArray(String[]::new)));
            words.clear();
            tags.clear();
        }
    }

    /** Writes documents as {@code token TAG} lines. */
    public static void write(List<Document> docs, Writer out) throws IOException {
        for (Document d : docs) {
            if (d.docstart()) {
                out.write("-DOCSTART- O\n\n");
            }
            for (Sentence s : d.sentences()) {
                for (int i = 0; i < s.words().length; i++) {
                    out.write(s.words()[i]);
                    out.write(' ');
                    out.write(s.tags()[i] == null ? "O" : s.tags()[i]);
                    out.write('\n');
                }
                out.write('\n');
            }
        }
        out.flush();
    }
}

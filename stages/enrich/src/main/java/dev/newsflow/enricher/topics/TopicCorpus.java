package dev.newsflow.enricher.topics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled documents for the topic model, one per line: {@code slug<TAB>headline<TAB>text} (the headline may be
 * empty; tabs and line breaks inside the text are written as spaces). Lines starting with {@code #} are comments:
 * the files say where their texts come from and how they were labelled.
 */
public final class TopicCorpus {

    /** A labelled document; {@code label} is an IPTC top-level slug. */
    public record Document(String label, String headline, String text) {
    }

    private TopicCorpus() {
    }

    public static List<Document> read(Path file) throws IOException {
        List<Document> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length != 3 || parts[0].isBlank()) {
                throw new IOException(file + ":" + n + ": expected slug<TAB>headline<TAB>text, found "
                        + parts.length + " columns");
            }
            out.add(new Document(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        return out;
    }

    /** Writes the documents after the given comment lines (each written with a leading "# "). */
    public static void write(Path file, List<String> comments, List<Document> docs) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String c : comments) {
                w.write("# " + c + "\n");
            }
            for (Document d : docs) {
                w.write(d.label() + "\t" + flat(d.headline()) + "\t" + flat(d.text()) + "\n");
            }
        }
    }

    private static String flat(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}

package dev.newsflow.enricher;

import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityId;
import dev.newsflow.model.EntityType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The short names the enricher has seen stand for a full name in its own output ("Obama" merged into "Barack
 * Obama", "ICC" into "International Criminal Court"), so that a later article that only writes the short name
 * gives the entity the full name's id. A short name that has stood for several full names ("Bush") is resolved
 * only when one of them holds at least {@link #DOMINANT_SHARE} of its uses.
 *
 * <p>Kept, when given a file, as an append-only tab-separated log (type, short key, full name, count) that is
 * read and compacted at start: one small append per article that teaches something, and a restart keeps what was
 * learnt. A file rather than a compacted Kafka topic because the table is the enricher's own memory, rebuilt from
 * its own output; with several enricher instances each learns from its share of the articles (a shared topic
 * would be the next step). Thread-safe.
 */
public final class EntityAliases implements AutoCloseable {

    /** Share of a short name's uses one full name must hold to be its resolution. */
    static final double DOMINANT_SHARE = 0.8;

    /** type + short key -> full name -> uses */
    private final Map<String, Map<String, Integer>> fullNames = new HashMap<>();
    private final Path file;
    private BufferedWriter log;

    private EntityAliases(Path file) {
        this.file = file;
    }

    /** A table that lives as long as the JVM (tests, benchmarks, the command line). */
    public static EntityAliases inMemory() {
        return new EntityAliases(null);
    }

    /** The table kept in {@code file}: read (and compacted) now, appended to as it learns. */
    public static EntityAliases persistentAt(Path file) {
        EntityAliases table = new EntityAliases(file);
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t");
                    if (f.length == 4) {
                        table.count(f[0] + "\t" + f[1], f[2], Integer.parseInt(f[3]));
                    }
                }
                table.compact();
            }
            table.log = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | NumberFormatException e) {
            throw new UncheckedIOException("cannot read or write the entity alias table " + file,
                    e instanceof IOException io ? io : new IOException(e));
        }
        return table;
    }

    /**
     * Learns from an article's merged entities which one-word forms stood for which full names, then gives each
     * entity named by one word only the full name and id the table knows for it.
     */
    public synchronized List<Entity> learnAndResolve(List<Entity> entities) {
        List<String> learnt = new ArrayList<>();
        for (Entity e : entities) {
            String full = EntityMerger.key(e.name());
            if (full.indexOf(' ') < 0) {
                continue;
            }
            for (String form : e.surfaceForms()) {
                String shortKey = EntityMerger.key(form);
                if (shortKey.indexOf(' ') < 0 && !shortKey.equals(full)) {
                    String slot = e.type() + "\t" + shortKey;
                    count(slot, e.name(), 1);
                    learnt.add(slot + "\t" + e.name() + "\t1");
                }
            }
        }
        append(learnt);
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            String fullName = resolution(e.type(), EntityMerger.key(e.name()));
            if (fullName == null) {
                out.add(e);
                continue;
            }
            LinkedHashSet<String> forms = new LinkedHashSet<>(e.surfaceForms());
            forms.add(e.name());
            out.add(new Entity(fullName, e.type(), e.mentions(), List.copyOf(forms), e.firstOffset(), e.salience(),
                    EntityId.of(EntityMerger.key(fullName))));
        }
        return out;
    }

    /** The full name a one-word key of that type stands for, or null when none or no clear one. */
    synchronized String resolution(EntityType type, String key) {
        if (key.indexOf(' ') >= 0) {
            return null;
        }
        Map<String, Integer> candidates = fullNames.get(type + "\t" + key);
        if (candidates == null) {
            return null;
        }
        int total = candidates.values().stream().mapToInt(Integer::intValue).sum();
        return candidates.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(best -> best.getValue() >= DOMINANT_SHARE * total).map(Map.Entry::getKey).orElse(null);
    }

    private void count(String slot, String fullName, int uses) {
        fullNames.computeIfAbsent(slot, k -> new HashMap<>()).merge(fullName, uses, Integer::sum);
    }

    private void append(List<String> lines) {
        if (log == null || lines.isEmpty()) {
            return;
        }
        try {
            for (String line : lines) {
                log.write(line);
                log.newLine();
            }
            log.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the entity alias table " + file, e);
        }
    }

    /** Rewrites the log as one line per (short name, full name) with its total, atomically. */
    private void compact() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Map<String, Integer>> slot : fullNames.entrySet()) {
                for (Map.Entry<String, Integer> full : slot.getValue().entrySet()) {
                    w.write(slot.getKey() + "\t" + full.getKey() + "\t" + full.getValue());
                    w.newLine();
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public synchronized void close() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the entity alias table " + file, e);
            }
            log = null;
        }
    }
}

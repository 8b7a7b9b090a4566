package dev.newsflow.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A JDK installation of at least the version Elasticsearch and the services need (21), found on this machine. */
public record Jdk(Path home, int featureVersion) {

    /** The oldest Java feature release the stack runs on. */
    public static final int MINIMUM_VERSION = 21;

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"?(\\d+)", Pattern.MULTILINE);

    /** The {@code bin/java} executable. */
    public Path javaExecutable() {
        return home.resolve("bin").resolve("java");
    }

    /**
     * Finds a JDK >= 21: {@code JAVA_HOME}, then the running JVM, then the newest under /usr/lib/jvm.
     *
     * @throws IllegalStateException listing every place looked at when there is none
     */
    public static Jdk find() {
        List<String> rejected = new ArrayList<>();
        List<Path> candidates = new ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        candidates.add(Path.of(System.getProperty("java.home")));
        candidates.addAll(installedUnder(Path.of("/usr/lib/jvm")));
        for (Path candidate : candidates) {
            Optional<Jdk> jdk = inspect(candidate);
            if (jdk.isPresent() && jdk.get().featureVersion() >= MINIMUM_VERSION) {
                return jdk.get();
            }
            rejected.add(candidate + jdk.map(j -> " (Java " + j.featureVersion() + ")").orElse(" (not a JDK)"));
        }
        throw new IllegalStateException("No JDK " + MINIMUM_VERSION + " or newer found. Looked at: "
                + String.join(", ", rejected)
                + ". Install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it.");
    }

    /** Reads the {@code release} file of a Java home; empty when the directory is not a usable JDK/JRE. */
    static Optional<Jdk> inspect(Path home) {
        try {
            Path real = home.toRealPath();
            if (!Files.isExecutable(real.resolve("bin/java"))) {
                return Optional.empty();
            }
            Path release = real.resolve("release");
            if (Files.isRegularFile(release)) {
                Matcher m = JAVA_VERSION.matcher(Files.readString(release));
                if (m.find()) {
                    int major = Integer.parseInt(m.group(1));
                    // "1.8" style versions belong to Java 8 and older
                    return Optional.of(new Jdk(real, major == 1 ? 8 : major));
                }
            }
            if (real.equals(Path.of(System.getProperty("java.home")).toRealPath())) {
                return Optional.of(new Jdk(real, Runtime.version().feature()));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<Path> installedUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            // newest first, so a machine with 21 and 25 uses 25
            return children.filter(Files::isDirectory)
                    .map(p -> inspect(p).orElse(null))
                    .filter(j -> j != null)
                    .sorted(Comparator.comparingInt(Jdk::featureVersion).reversed())
                    .map(Jdk::home)
                    .distinct()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

package dev.newsflow.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the newsflow checkout is and where runtime state goes ({@code <root>/.newsflow/}, gitignored). */
public record RepoLayout(Path root) {

    /** Finds the repository root: {@code NEWSFLOW_HOME}, else the nearest parent of user.dir holding the reactor pom. */
    public static RepoLayout find() {
        String home = System.getenv("NEWSFLOW_HOME");
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home).toAbsolutePath().normalize();
            if (!isRoot(root)) {
                throw new IllegalStateException("NEWSFLOW_HOME=" + home + " is not a newsflow checkout (no pom.xml with "
                        + "<artifactId>newsflow</artifactId> and a services/ directory)");
            }
            return new RepoLayout(root);
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return new RepoLayout(dir);
            }
        }
        throw new IllegalStateException("Not inside a newsflow checkout (searched upwards from " + start
                + "); run from the repository or set NEWSFLOW_HOME");
    }

    /** {@code <root>/.newsflow}, created on demand. */
    public Path workDir() {
        return ensure(root.resolve(".newsflow"));
    }

    /** {@code <root>/.newsflow/dist}: unpacked distributions shared by the launcher and the tests. */
    public Path distDir() {
        return ensure(workDir().resolve("dist"));
    }

    /** {@code <root>/services/<module>}. */
    public Path serviceModule(String module) {
        return root.resolve("services").resolve(module);
    }

    private static boolean isRoot(Path dir) {
        Path pom = dir.resolve("pom.xml");
        if (!Files.isRegularFile(pom) || !Files.isDirectory(dir.resolve("services"))) {
            return false;
        }
        try {
            String text = Files.readString(pom);
            // module poms name "newsflow" as their parent, only the reactor lists modules
            return text.contains("<artifactId>newsflow</artifactId>") && text.contains("<modules>");
        } catch (IOException e) {
            return false;
        }
    }

    private static Path ensure(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }
}

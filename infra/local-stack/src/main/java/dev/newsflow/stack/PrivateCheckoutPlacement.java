package dev.newsflow.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where Elasticsearch's files go when root starts it from a checkout its user ({@link LocalElasticsearch#RUN_AS})
 * cannot enter, e.g. a clone inside a 0700 home: the distribution and the node's directory move under
 * {@value #SHARED_ROOT} (root-owned, world-traversable, as system services keep their state), the node's directory
 * owned by that user alone. Nothing is loosened on the user's own directories.
 */
final class PrivateCheckoutPlacement {

    /** Root-owned, mode 0755; the distribution under {@code dist/}, each node's directory under {@code elasticsearch/}. */
    static final String SHARED_ROOT = "/var/lib/newsflow";
    /** Left in the node's usual directory when it moved, so whoever looks there finds where it went. */
    static final String POINTER_FILE = "MOVED-TO";

    private final Path sharedRoot;
    private final String user;

    PrivateCheckoutPlacement(Path sharedRoot, String user) {
        this.sharedRoot = sharedRoot;
        this.user = user;
    }

    /**
     * The distribution unpacked under {@code distDir} when the user can enter it (the unpacked files are world-readable),
     * else unpacked under the shared root.
     */
    Path distribution(Path distDir) {
        try {
            Files.createDirectories(distDir);
            return ElasticsearchDistribution.unpacked(RunAs.canEnter(user, distDir) ? distDir : shared("dist"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot place the Elasticsearch distribution for " + distDir, e);
        }
    }

    /**
     * {@code dataDir} when the user can reach it once it owns it (its parent can be entered), else a directory under
     * the shared root named after it (the same checkout finds its data again on the next start, two checkouts never
     * share one).
     */
    Path nodeDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            if (RunAs.canEnter(user, dataDir.getParent())) {
                return dataDir;
            }
            Path moved = shared("elasticsearch").resolve(dataDir.getFileName() + "-" + digest(dataDir));
            Files.createDirectories(moved);
            Files.writeString(dataDir.resolve(POINTER_FILE), moved + "\n", StandardCharsets.UTF_8);
            return moved;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot place Elasticsearch's data for " + dataDir, e);
        }
    }

    private Path shared(String sub) throws IOException {
        Path dir = sharedRoot.resolve(sub);
        // every level traversable by the node's user; created by root, so nobody else can write there
        for (Path level : new Path[] {sharedRoot, dir}) {
            if (!Files.isDirectory(level)) {
                Files.createDirectories(level);
            }
            Files.setPosixFilePermissions(level, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return dir;
    }

    private static String digest(Path dir) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dir.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

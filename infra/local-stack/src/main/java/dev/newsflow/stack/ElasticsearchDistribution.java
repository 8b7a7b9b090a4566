package dev.newsflow.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Elasticsearch distribution zip that Maven downloaded (a dependency of this module), unpacked once into
 * {@code <repo>/.newsflow/dist/elasticsearch-<version>} and shared by the launcher and every test JVM.
 */
public final class ElasticsearchDistribution {

    /** The version of the node; matches elasticsearch-java and the docker-compose image. */
    public static final String VERSION = "9.2.8";
    static final String GROUP_ID = "org.elasticsearch.distribution.integ-test-zip";

    private ElasticsearchDistribution() {
    }

    /** The zip in the local Maven repository. */
    public static Path zip() {
        LocalMavenRepository repo = LocalMavenRepository.find();
        Path zip = repo.artifact(GROUP_ID, "elasticsearch", VERSION, null, "zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Elasticsearch distribution is not in the local Maven repository (" + zip
                    + "). Run ./mvnw -pl infra/local-stack install -DskipTests (online) to download it.");
        }
        return zip;
    }

    /** The unpacked distribution under {@code distDir}, unpacking it first if needed (safe across JVMs). */
    public static synchronized Path unpacked(Path distDir) {
        Path home = distDir.resolve("elasticsearch-" + VERSION);
        Path marker = home.resolve(".unpacked");
        if (Files.exists(marker)) {
            return home;
        }
        try {
            Files.createDirectories(distDir);
            try (FileChannel lockFile = FileChannel.open(distDir.resolve(".elasticsearch-" + VERSION + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                if (Files.exists(marker)) {
                    return home; // another JVM unpacked it while we waited for the lock
                }
                Path staging = Files.createTempDirectory(distDir, ".unpacking-");
                unzip(zip(), staging);
                deleteRecursively(home);
                Files.move(staging.resolve("elasticsearch-" + VERSION), home, StandardCopyOption.ATOMIC_MOVE);
                deleteRecursively(staging);
                Files.createFile(marker);
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack Elasticsearch into " + home, e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        // the zip filesystem exposes the unix modes stored in the archive (bin/ scripts must stay executable)
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> entries = Files.walk(fs.getPath("/"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Path out = target.resolve(fs.getPath("/").relativize(entry).toString()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Refusing zip entry outside the target: " + entry);
                }
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(entry, out, StandardCopyOption.REPLACE_EXISTING);
                    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(entry);
                    if (!mode.isEmpty()) {
                        mode.add(PosixFilePermission.OWNER_READ);
                        mode.add(PosixFilePermission.GROUP_READ);
                        mode.add(PosixFilePermission.OTHERS_READ);
                        Files.setPosixFilePermissions(out, mode);
                    }
                }
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}

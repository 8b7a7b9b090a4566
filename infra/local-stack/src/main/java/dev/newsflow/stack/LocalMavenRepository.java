package dev.newsflow.stack;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The local Maven repository this build used, where the Kafka jars and the Elasticsearch zip were downloaded. */
public record LocalMavenRepository(Path root) {

    private static final Pattern LOCAL_REPOSITORY = Pattern.compile("<localRepository>\\s*([^<]+?)\\s*</localRepository>");

    /**
     * Finds it: {@code -Dmaven.repo.local}, then the repository that the kafka-clients jar of this JVM was loaded
     * from (right even when a build used a custom one), then {@code ~/.m2/settings.xml}, then {@code ~/.m2/repository}.
     */
    public static LocalMavenRepository find() {
        String property = System.getProperty("maven.repo.local");
        if (property != null && !property.isBlank()) {
            return new LocalMavenRepository(Path.of(property).toAbsolutePath());
        }
        Path fromClasspath = repositoryHoldingKafkaClients();
        if (fromClasspath != null) {
            return new LocalMavenRepository(fromClasspath);
        }
        Path m2 = Path.of(System.getProperty("user.home"), ".m2");
        Path settings = m2.resolve("settings.xml");
        if (Files.isRegularFile(settings)) {
            try {
                Matcher m = LOCAL_REPOSITORY.matcher(Files.readString(settings));
                if (m.find()) {
                    return new LocalMavenRepository(Path.of(m.group(1).replace("${user.home}",
                            System.getProperty("user.home"))));
                }
            } catch (IOException ignored) {
                // unreadable settings: fall back to the default location like Maven does
            }
        }
        return new LocalMavenRepository(m2.resolve("repository"));
    }

    /** The file of an artifact, e.g. {@code artifact("org.elasticsearch.distribution.integ-test-zip", "elasticsearch", "9.2.8", null, "zip")}. */
    public Path artifact(String groupId, String artifactId, String version, String classifier, String extension) {
        String file = artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + "." + extension;
        return root.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version).resolve(file);
    }

    /** The repository root if kafka-clients was loaded from {@code <root>/org/apache/kafka/kafka-clients/<v>/x.jar}. */
    private static Path repositoryHoldingKafkaClients() {
        try {
            CodeSource source = org.apache.kafka.clients.admin.Admin.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path jar = Path.of(source.getLocation().toURI());
            Path artifactDir = jar.getParent() == null ? null : jar.getParent().getParent();
            if (artifactDir == null || !artifactDir.endsWith(Path.of("org", "apache", "kafka", "kafka-clients"))) {
                return null;
            }
            return artifactDir.getParent().getParent().getParent().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}

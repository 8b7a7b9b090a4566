package dev.newsflow.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkAndRepoLayoutTest {

    @Test
    void findsAJdkOfAtLeast21() {
        Jdk jdk = Jdk.find();
        assertThat(jdk.featureVersion()).isGreaterThanOrEqualTo(Jdk.MINIMUM_VERSION);
        assertThat(jdk.javaExecutable()).isExecutable();
    }

    @Test
    void readsTheVersionFromTheReleaseFile(@TempDir Path fake) throws Exception {
        Files.createDirectories(fake.resolve("bin"));
        Files.copy(Jdk.find().javaExecutable(), fake.resolve("bin/java"));
        Files.writeString(fake.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"17.0.12\"\n");
        assertThat(Jdk.inspect(fake)).hasValueSatisfying(j -> assertThat(j.featureVersion()).isEqualTo(17));
    }

    @Test
    void findsTheReactorRootAboveThisModule() {
        RepoLayout layout = RepoLayout.find();
        assertThat(layout.root().resolve("infra/local-stack/pom.xml")).isRegularFile();
        assertThat(layout.workDir()).isEqualTo(layout.root().resolve(".newsflow")).isDirectory();
    }

    @Test
    void findsTheElasticsearchZipInTheLocalMavenRepository() {
        assertThat(ElasticsearchDistribution.zip()).isRegularFile().hasFileName("elasticsearch-9.2.8.zip");
    }
}

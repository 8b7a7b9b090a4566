package dev.newsflow.cli;

import dev.newsflow.model.Events;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The pages the demo sends (the {@code sample-pages} module: resources under {@code samples/}, listed with their URLs
 * in {@code index.json}).
 */
final class SamplePages {

    /** One bundled page; {@code viaFeed}: the demo serves it on a local site for the fetcher instead of dropping it. */
    record Sample(String file, String url, String contentType, byte[] body, boolean viaFeed) {
    }

    private SamplePages() {
    }

    /** Every sample, in the order of the index. */
    static List<Sample> all() {
        JsonNode index = Events.mapper().readTree(resource("index.json"));
        List<Sample> samples = new ArrayList<>();
        for (JsonNode page : index.path("pages")) {
            String file = page.path("file").asString();
            samples.add(new Sample(file, page.path("url").asString(), page.path("contentType").asString(), resource(file),
                    "feed".equals(page.path("via").asString(""))));
        }
        return samples;
    }

    private static byte[] resource(String name) {
        try (InputStream in = SamplePages.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Sample page samples/" + name + " is missing from the CLI's classpath;"
                        + " rebuild with ./mvnw -q -pl sample-pages,cli install -DskipTests");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sample " + name, e);
        }
    }
}

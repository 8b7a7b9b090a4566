package dev.newsflow.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Golden JSON samples of every event (test-jar): what every writer must produce and every reader accept. */
public final class GoldenSamples {

    private GoldenSamples() {
    }

    /** The golden sample {@code name} ({@code raw-page}, {@code article}, {@code enriched-article}, {@code indexed-notice}). */
    public static byte[] bytes(String name) {
        try (InputStream in = GoldenSamples.class.getResourceAsStream("/golden/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no golden sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.newsflow.fetcher.crawl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes the ledger keys rows and bodies by. */
public final class Ledgers {

    private Ledgers() {
    }

    /** The ledger id of a normalised URL: SHA-256 hex (URLs can be longer than a btree key may be). */
    public static String idOf(String normalisedUrl) {
        return sha256(normalisedUrl);
    }

    /** SHA-256 hex of a text, UTF-8. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}

package dev.newsflow.fetcher.crawl;

import dev.newsflow.model.charset.PageCharset;
import java.time.Duration;
import java.util.List;

/** What an HTTP fetch came back with (refusals and network failures are {@link FetchException}s instead). */
public sealed interface FetchResponse {

    /** The URL answered, after redirects. */
    String finalUrl();

    /** Its HTTP status. */
    int status();

    /** A 2xx with a body of an accepted type, decoded from gzip/deflate, within the size cap. */
    record Body(String finalUrl, int status, String contentType, String etag, String lastModified, byte[] bytes,
                List<String> redirects, Duration freshFor) implements FetchResponse {

        /** The body as text, with the charset found by {@link PageCharset}. */
        public PageCharset.Decoded decode() {
            return PageCharset.decode(bytes, contentType);
        }
    }

    /** 304 to a conditional GET. */
    record NotModified(String finalUrl, int status, String etag, String lastModified, Duration freshFor)
            implements FetchResponse {
    }

    /** Any other status; {@code retryAfter} is set for 429/503 (and others that sent the header). */
    record Failure(String finalUrl, int status, Duration retryAfter) implements FetchResponse {
    }
}

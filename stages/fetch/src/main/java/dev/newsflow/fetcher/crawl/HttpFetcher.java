package dev.newsflow.fetcher.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * One HTTP GET done right: redirects followed by hand (bounded, loops detected, every hop re-checked by the
 * {@link DestinationGuard} and the caller's hop check), conditional requests, gzip/deflate decoded under a size
 * cap, a deadline on the whole exchange including a slow body, and content types that are not wanted refused
 * before the body is read.
 */
public final class HttpFetcher implements AutoCloseable {

    /** Extra checks on every URL fetched, redirect hops included (robots.txt). */
    @FunctionalInterface
    public interface HopCheck {
        void check(URI hop) throws FetchException;

        HopCheck NONE = hop -> { };
    }

    /** Validators of the copy we already have, for a conditional GET; both may be null. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    private static final Pattern MAX_AGE = Pattern.compile("(?:s-maxage|max-age)\\s*=\\s*\"?(\\d+)");

    private final FetchSettings settings;
    private final DestinationGuard guard;
    private final HttpClient client;
    private final ScheduledExecutorService deadlines;

    public HttpFetcher(FetchSettings settings, DestinationGuard guard) {
        this.settings = settings;
        this.guard = guard;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fetch-deadlines");
            t.setDaemon(true);
            return t;
        });
    }

    /** Fetches {@code url} expecting {@code kind}, conditionally when {@code validators} are set. */
    public FetchResponse fetch(String url, ContentKind kind, Validators validators, HopCheck hopCheck)
            throws FetchException {
        URI current = parse(url);
        Set<String> seen = new LinkedHashSet<>();
        List<String> redirects = new ArrayList<>();
        Instant deadline = Instant.now().plus(settings.requestTimeout());
        for (int hop = 0; ; hop++) {
            if (!seen.add(current.toString())) {
                throw FetchException.refused("redirect-loop", "redirect loop: " + String.join(" -> ", seen)
                        + " -> " + current, current.toString());
            }
            if (hop > settings.maxRedirects()) {
                throw FetchException.refused("too-many-redirects", "more than " + settings.maxRedirects()
                        + " redirects: " + String.join(" -> ", seen), current.toString());
            }
            guard.check(current);
            hopCheck.check(current);
            Exchange exchange = send(current, kind, validators, deadline);
            int status = exchange.response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                exchange.discard();
                String location = exchange.response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return new FetchResponse.Failure(current.toString(), status, null);
                }
                URI next;
                try {
                    next = current.resolve(new URI(location.trim().replace(" ", "%20")));
                } catch (URISyntaxException e) {
                    throw FetchException.refused("bad-redirect", "redirect to an invalid URL: " + location,
                            current.toString());
                }
                redirects.add(next.toString());
                current = next;
                continue;
            }
            return exchange.finish(current, kind, redirects);
        }
    }

    private static URI parse(String url) throws FetchException {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute()) {
                throw FetchException.refused("bad-url", "not an absolute URL: " + url, url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw FetchException.refused("bad-url", "not a valid URL: " + url + " (" + e.getMessage() + ")", url);
        }
    }

    private Exchange send(URI uri, ContentKind kind, Validators validators, Instant deadline) throws FetchException {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw timeout(uri);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(left)
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept(kind))
                .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            return new Exchange(response, deadline);
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException("connect-timeout", "could not connect to " + uri.getHost() + " within "
                    + settings.connectTimeout().toSeconds() + " s", null, uri.toString(), true);
        } catch (HttpTimeoutException e) {
            throw timeout(uri);
        } catch (IOException e) {
            throw new FetchException("network-error", "network error fetching " + uri + ": " + e, null,
                    uri.toString(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", "interrupted while fetching " + uri, null, uri.toString(), true);
        }
    }

    private FetchException timeout(URI uri) {
        return new FetchException("timeout", "no complete answer from " + uri + " within "
                + settings.requestTimeout().toMillis() + " ms", null, uri.toString(), true);
    }

    private static String accept(ContentKind kind) {
        return switch (kind) {
            case PAGE -> "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1";
            case FEED -> "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";
            case SITEMAP -> "application/xml,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1";
            case ROBOTS -> "text/plain,*/*;q=0.1";
        };
    }

    /** A response whose body has not been read yet. */
    private final class Exchange {
        final HttpResponse<InputStream> response;
        final Instant deadline;

        Exchange(HttpResponse<InputStream> response, Instant deadline) {
            this.response = response;
            this.deadline = deadline;
        }

        void discard() {
            try {
                response.body().close();
            } catch (IOException ignored) {
                // nothing to do: the body was not wanted
            }
        }

        FetchResponse finish(URI uri, ContentKind kind, List<String> redirects) throws FetchException {
            HttpHeaders h = response.headers();
            int status = response.statusCode();
            String url = uri.toString();
            Duration fresh = freshness(h);
            if (status == 304) {
                discard();
                return new FetchResponse.NotModified(url, status, h.firstValue("ETag").orElse(null),
                        h.firstValue("Last-Modified").orElse(null), fresh);
            }
            if (status < 200 || status >= 300) {
                discard();
                return new FetchResponse.Failure(url, status, retryAfter(h, settings.maxRetryAfter()));
            }
            String contentType = h.firstValue("Content-Type").orElse(null);
            if (!kind.accepts(contentType)) {
                discard();
                throw new FetchException("not-a-page", "refused: content type " + ContentKind.mediaType(contentType)
                        + " is not a " + kind.name().toLowerCase(Locale.ROOT), status, url, false);
            }
            long declared = h.firstValueAsLong("Content-Length").orElse(-1);
            String encoding = h.firstValue("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
            if (declared > settings.maxBodyBytes() && encoding.equals("identity")) {
                discard();
                throw tooLarge(url, status, "declares " + declared + " bytes");
            }
            byte[] bytes = readCapped(url, status, encoding);
            return new FetchResponse.Body(url, status, contentType, h.firstValue("ETag").orElse(null),
                    h.firstValue("Last-Modified").orElse(null), bytes, List.copyOf(redirects), fresh);
        }

        private FetchException tooLarge(String url, int status, String detail) {
            return new FetchException("too-large", "refused: the body " + detail + ", more than the "
                    + settings.maxBodyBytes() + " bytes allowed (fetcher.max-body-bytes)", status, url, false);
        }

        private byte[] readCapped(String url, int status, String encoding) throws FetchException {
            InputStream raw = response.body();
            AtomicBoolean expired = new AtomicBoolean();
            long delay = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
            // Closing the stream is the only way to interrupt a read blocked on a server that stalls mid-body.
            ScheduledFuture<?> killer = deadlines.schedule(() -> {
                expired.set(true);
                discard();
            }, delay, TimeUnit.MILLISECONDS);
            try (InputStream in = decoded(raw, encoding, url, status)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
                byte[] buffer = new byte[16384];
                long total = 0;
                int n;
                while ((n = in.read(buffer)) != -1) {
                    total += n;
                    if (total > settings.maxBodyBytes()) {
                        throw tooLarge(url, status, encoding.equals("identity") ? "goes on"
                                : "decodes from " + encoding + " to more bytes");
                    }
                    out.write(buffer, 0, n);
                }
                return out.toByteArray();
            } catch (IOException e) {
                if (expired.get()) {
                    throw new FetchException("timeout", "the body of " + url + " was not complete within "
                            + settings.requestTimeout().toMillis() + " ms; cut off", status, url, true);
                }
                throw new FetchException("network-error", "reading the body of " + url + " failed: " + e,
                        status, url, true);
            } finally {
                killer.cancel(false);
            }
        }

        private InputStream decoded(InputStream raw, String encoding, String url, int status) throws IOException,
                FetchException {
            return switch (encoding) {
                case "identity", "" -> raw;
                case "gzip", "x-gzip" -> new GZIPInputStream(raw, 8192);
                case "deflate" -> {
                    // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: peek at the header.
                    PushbackInputStream peek = new PushbackInputStream(raw, 2);
                    int b0 = peek.read();
                    int b1 = peek.read();
                    if (b1 >= 0) {
                        peek.unread(b1);
                    }
                    if (b0 >= 0) {
                        peek.unread(b0);
                    }
                    boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
                    yield new InflaterInputStream(peek, new Inflater(!zlib), 8192);
                }
                default -> {
                    discard();
                    throw new FetchException("unsupported-encoding", "the server sent Content-Encoding " + encoding
                            + ", which we did not ask for", status, url, false);
                }
            };
        }
    }

    /** How long a response may be considered fresh: Cache-Control max-age, else Expires minus Date; null if unsaid. */
    static Duration freshness(HttpHeaders h) {
        String cc = h.firstValue("Cache-Control").orElse("").toLowerCase(Locale.ROOT);
        if (cc.contains("no-cache") || cc.contains("no-store")) {
            return Duration.ZERO;
        }
        Matcher m = MAX_AGE.matcher(cc);
        if (m.find()) {
            try {
                return Duration.ofSeconds(Long.parseLong(m.group(1)));
            } catch (NumberFormatException ignored) {
                // absurd number: treat as unsaid
            }
        }
        Instant expires = httpDate(h.firstValue("Expires").orElse(null));
        if (expires != null) {
            Instant date = httpDate(h.firstValue("Date").orElse(null));
            Duration d = Duration.between(date == null ? Instant.now() : date, expires);
            return d.isNegative() ? Duration.ZERO : d;
        }
        return null;
    }

    /** Retry-After as seconds or an HTTP date, capped; null when absent or unreadable. */
    static Duration retryAfter(HttpHeaders h, Duration cap) {
        String value = h.firstValue("Retry-After").orElse(null);
        if (value == null) {
            return null;
        }
        Duration d;
        try {
            d = Duration.ofSeconds(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            Instant at = httpDate(value);
            if (at == null) {
                return null;
            }
            d = Duration.between(Instant.now(), at);
        }
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(cap) > 0 ? cap : d;
    }

    static Instant httpDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        client.close();
    }
}

package dev.newsflow.fetcher.api;

import dev.newsflow.fetcher.crawl.ContentKind;
import dev.newsflow.fetcher.crawl.Intake;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.Headers;
import dev.newsflow.model.charset.PageCharset;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** POST /api/pages: publish a page whose HTML or text the caller already has. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PagesController {

    private static final String JSON_HINT = "send JSON {\"url\": \"https://...\", \"body\": \"<html>...\","
            + " \"contentType\": \"text/html\"} or the raw page as text/html or text/plain with ?url=https://...";

    private final Intake intake;
    private final JsonMapper json;

    public PagesController(Intake intake, JsonMapper json) {
        this.intake = intake;
        this.json = json;
    }

    @Post(uri = "/pages", consumes = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_XHTML}, produces = MediaType.APPLICATION_JSON)
    HttpResponse<ApiModels.PagePublished> submit(HttpRequest<?> request, @Nullable @Body byte[] body,
                                                 @Nullable @QueryValue String url,
                                                 @Nullable @QueryValue String source) {
        MediaType type = request.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
        String pageUrl;
        String contentType;
        String text;
        if (type.getName().equals(MediaType.APPLICATION_JSON)) {
            ApiModels.PageSubmission submission = parse(body);
            pageUrl = submission.url();
            if (url != null && pageUrl == null) {
                pageUrl = url;
            }
            contentType = submission.contentType() == null || submission.contentType().isBlank()
                    ? "text/html; charset=utf-8" : submission.contentType();
            if (!ContentKind.PAGE.accepts(contentType)) {
                throw new BadRequestException("contentType " + contentType + " is not a page",
                        "use text/html, application/xhtml+xml or text/plain");
            }
            text = submission.body();
            if (source == null) {
                source = submission.source();
            }
        } else {
            pageUrl = url;
            if (pageUrl == null || pageUrl.isBlank()) {
                throw new BadRequestException("a raw page needs its URL in the query string", JSON_HINT);
            }
            byte[] bytes = body == null ? new byte[0] : body;
            // The raw body is decoded the way a fetched page is (PageCharset: BOM, charset, <meta>, UTF-8, windows-1252).
            PageCharset.Decoded decoded = PageCharset.decode(bytes, type.toString());
            text = decoded.text();
            contentType = type.getName() + "; charset=" + decoded.charset().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (pageUrl == null || pageUrl.isBlank()) {
            throw new BadRequestException("the page has no url", JSON_HINT);
        }
        if (text == null || text.isBlank()) {
            throw new BadRequestException("the page body is empty", JSON_HINT);
        }
        // A caller that traces its own work sends its W3C traceparent: the page's trace continues it.
        TraceContext trace = TraceContext.from(Map.of(Headers.TRACEPARENT,
                        request.getHeaders().get(Headers.TRACEPARENT, String.class).orElse(""),
                        Headers.TRACESTATE, request.getHeaders().get(Headers.TRACESTATE, String.class).orElse("")))
                .map(TraceContext::child).orElseGet(TraceContext::start);
        Intake.Submitted submitted;
        try {
            submitted = intake.submitPage(pageUrl, contentType, text, source == null || source.isBlank() ? "api" : source,
                    trace);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), "the url must be an absolute http(s) URL, e.g. https://example.com/news/1");
        }
        String ledger = "/api/urls?url=" + URLEncoder.encode(submitted.page().url(), StandardCharsets.UTF_8);
        return HttpResponse.<ApiModels.PagePublished>created(new ApiModels.PagePublished(submitted.page().key(), submitted.page().url(),
                submitted.receipt().topic(), submitted.receipt().partition(), submitted.receipt().offset(), ledger),
                URI.create(ledger)).header(Headers.TRACEPARENT, trace.traceparent());
    }

    private ApiModels.PageSubmission parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new BadRequestException("the request body is empty", JSON_HINT);
        }
        try {
            ApiModels.PageSubmission s = json.readValue(body, ApiModels.PageSubmission.class);
            if (s == null) {
                throw new BadRequestException("the request body is JSON null", JSON_HINT);
            }
            return s;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadRequestException b) {
                throw b;
            }
            throw new BadRequestException("the request body is not a JSON page submission: "
                    + firstLine(e.getMessage()), JSON_HINT);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

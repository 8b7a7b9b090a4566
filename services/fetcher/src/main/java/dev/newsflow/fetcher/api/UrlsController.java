package dev.newsflow.fetcher.api;

import dev.newsflow.fetcher.crawl.Frontier;
import dev.newsflow.fetcher.crawl.Intake;
import dev.newsflow.fetcher.crawl.LedgerEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.List;

/** POST /api/fetch (fetch these URLs now) and GET /api/urls?url= (where is my URL and why). */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class UrlsController {

    static final int MAX_URLS = 10_000;

    private final Intake intake;
    private final Frontier frontier;

    public UrlsController(Intake intake, Frontier frontier) {
        this.intake = intake;
        this.frontier = frontier;
    }

    @Post(uri = "/fetch", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<ApiModels.FetchAccepted> fetch(@Nullable @Body ApiModels.UrlList request) {
        List<String> urls = checkedUrls(request);
        List<ApiModels.QueuedUrl> out = new ArrayList<>();
        int queued = 0;
        for (Intake.Queued q : intake.queue(urls, "fetcher")) {
            if (q.rejected() != null) {
                out.add(new ApiModels.QueuedUrl(q.submitted(), null, null, q.rejected(), null));
            } else {
                queued++;
                out.add(new ApiModels.QueuedUrl(q.submitted(), q.normalised(), q.entry().state().label(), null,
                        "/api/urls?url=" + java.net.URLEncoder.encode(q.normalised(), java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        frontier.wake();
        ApiModels.FetchAccepted body = new ApiModels.FetchAccepted(queued, out.size() - queued, out);
        if (queued == 0) {
            throw new BadRequestException("none of the URLs can be fetched: " + out.getFirst().rejected(),
                    "give absolute http(s) URLs");
        }
        return HttpResponse.status(HttpStatus.ACCEPTED).body(body);
    }

    static List<String> checkedUrls(ApiModels.UrlList request) {
        if (request == null || request.urls() == null || request.urls().isEmpty()) {
            throw new BadRequestException("no URLs given", "send JSON {\"urls\": [\"https://example.com/news/1\"]}");
        }
        if (request.urls().size() > MAX_URLS) {
            throw new BadRequestException(request.urls().size() + " URLs in one request, more than " + MAX_URLS,
                    "split the list into several requests");
        }
        return request.urls();
    }

    @Get(uri = "/urls", produces = MediaType.APPLICATION_JSON)
    HttpResponse<ApiModels.UrlStatus> status(@Nullable @QueryValue String url) {
        if (url == null || url.isBlank()) {
            throw new BadRequestException("which URL?", "GET /api/urls?url=https://example.com/news/1 (URL-encoded)");
        }
        LedgerEntry entry;
        try {
            entry = intake.status(url).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), "give an absolute http(s) URL");
        }
        if (entry == null) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(ApiModels.UrlStatus.of(entry));
    }
}

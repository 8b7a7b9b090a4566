package dev.newsflow.fetcher.api;

import dev.newsflow.fetcher.crawl.SourceEntry;
import dev.newsflow.fetcher.crawl.SourceLedger;
import dev.newsflow.fetcher.crawl.SourcePoller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** POST /api/feeds and /api/sitemaps register sources polled on a schedule; GET /api/sources lists them. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SourcesController {

    /** A feed or sitemap and its poll state. */
    @Serdeable
    public record Source(String url, String kind, @Nullable Integer lastStatus, @Nullable String reason,
                         int itemsFound, int itemsQueued, @Nullable Instant lastPolledAt, Instant nextPollAt) {
        static Source of(SourceEntry e) {
            return new Source(e.url(), e.kind().prefix(), e.lastStatus(), e.reason(), e.itemsFound(), e.itemsQueued(),
                    e.lastPolledAt(), e.nextPollAt());
        }
    }

    private final SourcePoller poller;
    private final SourceLedger sources;

    public SourcesController(SourcePoller poller, SourceLedger sources) {
        this.poller = poller;
        this.sources = sources;
    }

    @Post(uri = "/feeds", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<List<Source>> feeds(@Nullable @Body ApiModels.UrlList request) {
        return register(request, SourceEntry.Kind.FEED);
    }

    @Post(uri = "/sitemaps", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<List<Source>> sitemaps(@Nullable @Body ApiModels.UrlList request) {
        return register(request, SourceEntry.Kind.SITEMAP);
    }

    @Get(uri = "/sources", produces = MediaType.APPLICATION_JSON)
    List<Source> list() {
        return sources.allSources().stream().map(Source::of).toList();
    }

    private HttpResponse<List<Source>> register(ApiModels.UrlList request, SourceEntry.Kind kind) {
        List<Source> out = new ArrayList<>();
        for (String url : UrlsController.checkedUrls(request)) {
            try {
                out.add(Source.of(poller.register(url, kind)));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage() + " (nothing was registered)", "give absolute http(s) URLs");
            }
        }
        return HttpResponse.status(HttpStatus.ACCEPTED).body(out);
    }
}

package dev.newsflow.fetcher;

import io.micronaut.runtime.Micronaut;

/** The fetcher service: URLs, feeds and sitemaps in, raw pages on news.pages.raw out, with a crawl ledger. */
public final class FetcherApplication {

    private FetcherApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(FetcherApplication.class).banner(false).start();
    }
}

package dev.newsflow.fetcher.crawl;

import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.RawPage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A publisher that keeps what it was given (the Kafka path has its own test against a real broker). */
final class RecordingPublisher implements PagePublisher {

    final List<RawPage> pages = new CopyOnWriteArrayList<>();
    final List<TraceContext> traces = new CopyOnWriteArrayList<>();
    private final AtomicLong offset = new AtomicLong();
    volatile boolean down;

    @Override
    public Receipt publish(RawPage page, TraceContext trace) {
        if (down) {
            throw new PublishException("broker down (test)", null);
        }
        pages.add(page);
        traces.add(trace);
        return new Receipt("news.pages.raw", 0, offset.getAndIncrement());
    }

    RawPage only() {
        if (pages.size() != 1) {
            throw new AssertionError("expected one page, got " + pages.size());
        }
        return pages.getFirst();
    }
}

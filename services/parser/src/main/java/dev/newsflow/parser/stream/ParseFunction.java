package dev.newsflow.parser.stream;

import dev.newsflow.model.Article;
import dev.newsflow.model.RawPage;
import dev.newsflow.model.RawPages;
import dev.newsflow.parser.extract.ArticleExtractor;
import dev.newsflow.stream.EventMessages;
import java.util.function.Function;
import org.springframework.messaging.Message;

/**
 * The {@code parse} binding: a record from news.pages.raw (a RawPage JSON envelope, or a bare HTML/text body
 * with its URL in the {@code newsflow-url} header) becomes an article keyed by its id. Content problems throw
 * ({@code MalformedEventException}, {@code ExtractionException}) and are dead-lettered by stream-support.
 */
public final class ParseFunction implements Function<Message<byte[]>, Message<byte[]>> {

    private final ArticleExtractor extractor;
    private final ExtractionFillMeter fillMeter;

    ParseFunction(ArticleExtractor extractor, ExtractionFillMeter fillMeter) {
        this.extractor = extractor;
        this.fillMeter = fillMeter;
    }

    @Override
    public Message<byte[]> apply(Message<byte[]> record) {
        RawPage page = RawPages.decode(EventMessages.payloadBytes(record),
                EventMessages.textHeaders(record.getHeaders()));
        Article article = extractor.extract(page);
        fillMeter.record(article);
        return EventMessages.keyed(article.id(), article);
    }
}

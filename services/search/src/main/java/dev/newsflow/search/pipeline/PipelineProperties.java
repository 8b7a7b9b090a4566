package dev.newsflow.search.pipeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.newsflow.articles.pipeline.FillDriftRule;

/**
 * {@code newsflow.pipeline.*}: where the pipeline panel asks the brokers, and the drift rule's settings (every key
 * with its default in {@code application.yml}).
 *
 * @param kafkaBootstrapServers the brokers the stages use ({@code KAFKA_BOOTSTRAP_SERVERS})
 * @param kafkaTimeout          how long one look at the brokers may wait before the panel says "unreachable"
 * @param deadLettersShown      the latest dead letters shown per stage
 * @param indexingMinutes       the minutes the indexing-rate bars cover
 * @param drift                 the drift rule
 */
@ConfigurationProperties("newsflow.pipeline")
public record PipelineProperties(String kafkaBootstrapServers, Duration kafkaTimeout, int deadLettersShown,
                                 int indexingMinutes, Drift drift) {

    /**
     * The drift rule ({@link FillDriftRule}) and how often its gauges are recomputed.
     *
     * @param recent      the recent window
     * @param baseline    the baseline window before it
     * @param minDrop     the smallest fall that counts, a fraction (0.2 = 20 points), beyond sampling error
     * @param minArticles the fewest articles each window needs
     * @param z           the Wilson intervals' normal quantile
     * @param refresh     how often {@code newsflow_extraction_fill_drift} is recomputed
     */
    public record Drift(Duration recent, Duration baseline, double minDrop, int minArticles, double z,
                        Duration refresh) {

        public FillDriftRule rule() {
            return new FillDriftRule(recent, baseline, minDrop, z, minArticles);
        }
    }
}

package dev.newsflow.fetcher.api;

import dev.newsflow.fetcher.crawl.PagePublisher;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Turns the API's exceptions into {@link ApiModels.Problem} answers a person can act on. */
@Factory
public class Problems {

    @Singleton
    ExceptionHandler<BadRequestException, HttpResponse<ApiModels.Problem>> badRequest() {
        return (HttpRequest request, BadRequestException e) -> HttpResponse.badRequest(
                new ApiModels.Problem(400, "bad-request", e.getMessage(), e.hint()));
    }

    @Singleton
    ExceptionHandler<PagePublisher.PublishException, HttpResponse<ApiModels.Problem>> kafkaDown() {
        return (HttpRequest request, PagePublisher.PublishException e) -> HttpResponse
                .<ApiModels.Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new ApiModels.Problem(503, "kafka-unavailable", e.getMessage(),
                        "check that Kafka runs at KAFKA_BOOTSTRAP_SERVERS, then submit the page again;"
                                + " the ledger records it as an error meanwhile"));
    }
}

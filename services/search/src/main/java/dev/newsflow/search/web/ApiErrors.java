package dev.newsflow.search.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.newsflow.articles.search.InvalidQueryException;
import dev.newsflow.articles.search.SearchUnavailableException;

/** Turns failures into RFC 9457 problem documents a person can act on: 400 bad parameter, 404, 503 outage. */
@RestControllerAdvice(assignableTypes = SearchController.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final String elasticsearchUrl;

    ApiErrors(@Value("${newsflow.search.elasticsearch-url}") String elasticsearchUrl) {
        this.elasticsearchUrl = elasticsearchUrl;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badParameter(InvalidQueryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request parameter");
        problem.setProperty("parameter", e.parameter());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(SearchController.ArticleNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Article not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> entityNotFound(SearchController.EntityNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Entity not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(SearchUnavailableException e) {
        log.warn("Search unavailable: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Search is unavailable: Elasticsearch at " + elasticsearchUrl + " does not answer ("
                        + e.getMessage() + "). Start it, or point ELASTICSEARCH_URL at a running node, then retry.");
        problem.setTitle("Elasticsearch unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10").body(problem);
    }
}

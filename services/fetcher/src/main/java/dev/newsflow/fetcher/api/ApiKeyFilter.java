package dev.newsflow.fetcher.api;

import dev.newsflow.fetcher.FetcherConfiguration;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Protects /api/** with an API key when FETCHER_API_KEY is set: send it as {@code X-API-Key} or
 * {@code Authorization: Bearer <key>}. /health stays open for orchestrators.
 */
@ServerFilter("/api/**")
public class ApiKeyFilter {

    private final byte[] key;

    public ApiKeyFilter(FetcherConfiguration configuration) {
        String k = configuration.getApiKey();
        this.key = k == null || k.isBlank() ? null : k.getBytes(StandardCharsets.UTF_8);
    }

    @RequestFilter
    @Nullable
    HttpResponse<ApiModels.Problem> check(HttpRequest<?> request) {
        if (key == null) {
            return null;
        }
        String given = request.getHeaders().get("X-API-Key");
        if (given == null) {
            String auth = request.getHeaders().getAuthorization().orElse(null);
            if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                given = auth.substring(7).trim();
            }
        }
        // Constant-time comparison: the key must not leak through response timing.
        if (given != null && MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return HttpResponse.<ApiModels.Problem>status(HttpStatus.UNAUTHORIZED)
                .header("WWW-Authenticate", "Bearer")
                .body(new ApiModels.Problem(401, "unauthorized", given == null ? "this fetcher requires an API key"
                        : "the API key is wrong", "send the key of FETCHER_API_KEY as the X-API-Key header"));
    }
}

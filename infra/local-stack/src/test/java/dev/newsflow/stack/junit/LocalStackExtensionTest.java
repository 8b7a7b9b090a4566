package dev.newsflow.stack.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@LocalStack(kafka = true, elasticsearch = true)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LocalStackExtensionTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void injectsAndPublishesTheBrokerAddress(@LocalStack.KafkaBootstrapServers String bootstrap) throws Exception {
        assertThat(bootstrap).isEqualTo(TestStack.kafkaBootstrapServers())
                .isEqualTo(System.getProperty(LocalStackExtension.KAFKA_PROPERTY));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    @Test
    void elasticsearchOutageKeepsPortAndData(@LocalStack.ElasticsearchUrl String url) throws Exception {
        assertThat(url).isEqualTo(System.getProperty(LocalStackExtension.ELASTICSEARCH_PROPERTY));
        assertThat(send("PUT", url + "/outage/_doc/42?refresh=true", "{\"title\":\"survives restarts\"}").statusCode())
                .isEqualTo(201);

        TestStack.stopElasticsearch();
        assertThatThrownBy(() -> send("GET", url + "/outage/_doc/42", null)).isInstanceOf(ConnectException.class);

        TestStack.startElasticsearch();
        assertThat(TestStack.elasticsearchUrl()).isEqualTo(url);
        HttpResponse<String> get = send("GET", url + "/outage/_doc/42", null);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("survives restarts");
    }

    private HttpResponse<String> send(String method, String uri, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package dev.newsflow.enricher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The enricher service: articles in, enriched articles out (see {@code stream.EnricherStreamConfiguration}). */
@SpringBootApplication
public class EnricherApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnricherApplication.class, args);
    }
}

package dev.newsflow.stream;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code ${newsflow.cores}} (the processors this JVM may use) available to the services' application.yml, so a
 * stage's consumer concurrency defaults to the cores it runs on; lowest precedence, so anything set wins.
 */
public class CoreCountProperty implements EnvironmentPostProcessor {

    /** The property's name. */
    public static final String NAME = "newsflow.cores";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("newsflow-cores",
                Map.of(NAME, Runtime.getRuntime().availableProcessors())));
    }
}

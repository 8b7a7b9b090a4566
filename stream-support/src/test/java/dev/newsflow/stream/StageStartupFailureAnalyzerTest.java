package dev.newsflow.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class StageStartupFailureAnalyzerTest {

    @Configuration(proxyBeanMethods = false)
    static class StageWithBrokenModels {
        @Bean
        Object models() {
            return StageStartupException.require("the test stage's models", "Rebuild the test stage.", () -> {
                throw new IllegalStateException("model file truncated");
            });
        }
    }

    @Test
    void refusesToStartAndPrintsDescriptionAndAction(CapturedOutput output) {
        SpringApplication app = new SpringApplication(StageWithBrokenModels.class);
        app.setWebApplicationType(WebApplicationType.NONE);

        assertThatThrownBy(() -> app.run("--spring.main.banner-mode=off")).hasRootCauseMessage("model file truncated");
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Could not load the test stage's models: IllegalStateException: model file truncated")
                .contains("Rebuild the test stage.");
    }
}

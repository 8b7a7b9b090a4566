package dev.newsflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void describesTheInnermostCauseByClassAndMessage() {
        Exception wrapped = new RuntimeException("listener failed",
                new UncheckedIOException("broker down", new IOException("connection refused")));

        assertThat(Causes.describeRoot(wrapped)).isEqualTo("IOException: connection refused");
    }

    @Test
    void describesAFailureByItsOwnMessageAndItsRootCause() {
        Exception failure = new IOException("bulk request failed", new ConnectException("Connection refused"));

        assertThat(Causes.describe(failure)).isEqualTo("bulk request failed (ConnectException: Connection refused)");
        assertThat(Causes.describe(new IOException("timed out"))).isEqualTo("timed out");
    }

    @Test
    void namesTheClassWhenThereIsNoMessage() {
        assertThat(Causes.describeRoot(new RuntimeException("outer", new NullPointerException())))
                .isEqualTo("NullPointerException: (no message) java.lang.NullPointerException");
        assertThat(Causes.messageOf(new IllegalStateException(" "))).isEqualTo("(no message) java.lang.IllegalStateException");
    }

    @Test
    void stopsAtACauseChainThatLoops() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(Causes.chain(first)).containsExactly(first, second);
        assertThat(Causes.root(first)).isSameAs(second);
    }
}

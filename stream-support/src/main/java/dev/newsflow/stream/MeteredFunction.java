package dev.newsflow.stream;

import static java.util.Objects.requireNonNull;

import dev.newsflow.messaging.PipelineMeters;
import java.util.function.Function;
import org.springframework.messaging.Message;

/**
 * A stage's bound function with its {@code newsflow_*} meters: every record in, every record passed on, and the
 * time each took. A record that throws is not passed on; {@link DeadLetterRouting} counts its dead letter.
 */
public final class MeteredFunction implements Function<Message<byte[]>, Message<byte[]>> {

    private final PipelineMeters meters;
    private final Function<Message<byte[]>, Message<byte[]>> stage;

    public MeteredFunction(PipelineMeters meters, Function<Message<byte[]>, Message<byte[]>> stage) {
        this.meters = requireNonNull(meters, "meters");
        this.stage = requireNonNull(stage, "stage");
    }

    @Override
    public Message<byte[]> apply(Message<byte[]> record) {
        meters.received(1);
        Message<byte[]> result = meters.processing().record(() -> stage.apply(record));
        meters.passedOn(1);
        return result;
    }
}

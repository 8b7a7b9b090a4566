package dev.newsflow.model;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical JSON codec of the event records (Jackson 3, instants as ISO-8601 strings, unknown fields
 * ignored so older readers survive newer writers). Micronaut Serde writes the same JSON; the golden samples
 * in this module's tests hold both to it.
 */
public final class Events {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Events() {
    }

    /** The shared mapper; thread-safe. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** The event as JSON bytes (UTF-8). */
    public static byte[] toJson(Object event) {
        return MAPPER.writeValueAsBytes(event);
    }

    /** The event as a JSON string. */
    public static String toJsonString(Object event) {
        return MAPPER.writeValueAsString(event);
    }

    /** The event as indented JSON, for people. */
    public static String toPrettyJson(Object event) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(event);
    }

    /**
     * Reads an event of {@code type} from JSON.
     *
     * @throws MalformedEventException when the bytes are not JSON of that shape, with the parser's reason
     */
    public static <T> T fromJson(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("not a valid " + type.getSimpleName() + " event: "
                    + firstLine(e.getMessage()), e);
        }
    }

    /** Reads an event of {@code type} from a JSON string. */
    public static <T> T fromJson(String json, Class<T> type) {
        return fromJson(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

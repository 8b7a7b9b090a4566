package dev.newsflow.parser.eval;

import dev.newsflow.model.Events;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads prediction and ground-truth files in the formats the Python reference scorer accepts: a JSON object
 * {@code {id: text}} or {@code {id: {"articleBody": text, ...}}} (optionally wrapped as
 * {@code {"version", "output"}}), or JSON lines.
 */
public final class Predictions {

    private Predictions() {
    }

    /** id -> the record's fields as JSON (a bare string becomes {"articleBody": text}). */
    public static Map<String, JsonNode> read(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode data;
        try {
            data = Events.mapper().readTree(raw);
        } catch (RuntimeException notJson) {
            data = null;
        }
        if (data != null && data.isObject()) {
            if (data.size() == 2 && data.has("version") && data.has("output") && data.get("output").isObject()) {
                data = data.get("output");
            }
            if (data.has("id") && (data.has("articleBody") || data.has("text"))) {
                out.put(data.get("id").asString(""), normalise(data));
                return out;
            }
            for (var e : data.properties()) {
                out.put(e.getKey(), normalise(e.getValue()));
            }
            return out;
        }
        if (data != null && !data.isObject() && raw.strip().startsWith("[")) {
            throw new IOException(file + ": top-level JSON must be an object");
        }
        for (String line : raw.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode rec = Events.mapper().readTree(line);
            if (rec.has("id")) {
                out.put(rec.get("id").asString(""), normalise(rec));
            } else if (rec.size() == 1) {
                var e = rec.properties().iterator().next();
                out.put(e.getKey(), normalise(e.getValue()));
            } else {
                throw new IOException(file + ": JSON lines record without 'id'");
            }
        }
        return out;
    }

    private static JsonNode normalise(JsonNode v) {
        if (v == null || v.isNull()) {
            return Events.mapper().createObjectNode().put("articleBody", "");
        }
        if (v.isString()) {
            return Events.mapper().createObjectNode().put("articleBody", v.asString());
        }
        return v;
    }

    /** The body text of a record, as the reference scorer reads it ("articleBody", else "text"). */
    public static String bodyOf(JsonNode rec) {
        for (String k : new String[] {"articleBody", "text"}) {
            if (rec.has(k)) {
                JsonNode v = rec.get(k);
                return v == null || v.isNull() ? "" : v.asString("");
            }
        }
        return "";
    }

    /** The bodies of a file's records. */
    public static Map<String, String> bodies(Map<String, JsonNode> records) {
        Map<String, String> out = new LinkedHashMap<>();
        records.forEach((id, rec) -> out.put(id, bodyOf(rec)));
        return out;
    }

    /** A string field, or null when absent, null or blank. */
    public static String field(JsonNode rec, String name) {
        if (rec == null || !rec.has(name) || rec.get(name).isNull()) {
            return null;
        }
        String s = rec.get(name).asString("").strip();
        return s.isEmpty() ? null : s;
    }
}

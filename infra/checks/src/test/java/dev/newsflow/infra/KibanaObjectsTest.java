package dev.newsflow.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Events;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * No Kibana runs where the tests run, so the saved objects docker-compose imports (infra/kibana/newsflow.ndjson)
 * are checked offline for what would break them in a real Kibana: a line that is not a saved object, a
 * reference Kibana cannot resolve (the import rejects the object, or a panel shows "could not find"), a Lens
 * column on a field the articles index does not have or cannot aggregate (the panel renders an error), a data
 * view on the wrong index or time field (an empty dashboard), a compose service that imports another file.
 */
class KibanaObjectsTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Path OBJECTS = ROOT.resolve("infra/kibana/newsflow.ndjson");
    private static final Path TEMPLATE = ROOT.resolve("infra/elasticsearch/articles-template.json");

    /** Types this file may hold; a typo here ("index_pattern") would make Kibana reject the line. */
    private static final Set<String> TYPES = Set.of("index-pattern", "search", "dashboard", "lens", "visualization");
    /** Kibana's dashboard grid is 48 columns wide. */
    private static final int GRID_COLUMNS = 48;
    /** Lens's pseudo-field for "count of documents". */
    private static final String RECORDS = "___records___";
    /** Lens's name for a layer's data view reference. */
    private static final String LAYER_REF_PREFIX = "indexpattern-datasource-layer-";

    private static final Set<String> NUMERIC = Set.of("long", "integer", "short", "byte", "double", "float",
            "half_float", "scaled_float", "unsigned_long");
    /** Lens's column dataType for each Elasticsearch field type it can aggregate. */
    private static final Map<String, String> LENS_DATA_TYPE = lensDataTypes();
    /** Elasticsearch field types each Lens operation accepts; an operation missing here fails the test. */
    private static final Map<String, Set<String>> OPERATION_FIELD_TYPES = operationFieldTypes();
    /** Keys of a Lens visualization state that name columns. */
    private static final Pattern ACCESSOR_KEY = Pattern.compile(".*Accessor|accessors|primaryGroups|secondaryGroups|metrics|columnId");

    private record Ref(String type, String id) {
    }

    /** One field of the articles template: its type, whether it can be aggregated or sorted, whether it is inside a nested object. */
    private record Field(String type, boolean aggregatable, boolean inNested) {
    }

    /** Lens attributes and where they are (for messages). */
    private record Lens(String where, JsonNode attributes) {
    }

    @Test
    void everyLineIsASavedObjectOfAKnownTypeWithAUniqueIdAndMigrationVersions() throws IOException {
        List<String> lines = Files.readAllLines(OBJECTS);
        assertThat(lines).isNotEmpty().noneMatch(String::isBlank);
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode object = Events.mapper().readTree(line);
            String id = object.path("id").asString();
            assertThat(object.path("type").asString()).as("type of %s", id).isIn(TYPES);
            assertThat(ids.add(id)).as("id %s is unique", id).isTrue();
            assertThat(object.path("attributes").path("title").asString()).as("title of %s", id).isNotBlank();
            assertThat(object.path("references").isArray()).as("references of %s", id).isTrue();
            // Kibana's import API docs: generated files must carry these so Kibana migrates them from the right version.
            assertThat(object.path("coreMigrationVersion").asString()).as("coreMigrationVersion of %s", id).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(object.path("typeMigrationVersion").asString()).as("typeMigrationVersion of %s", id).matches("\\d+\\.\\d+\\.\\d+");
        }
    }

    @Test
    void everyReferenceResolvesToAnObjectInTheFile() throws IOException {
        Map<Ref, JsonNode> objects = objects();
        List<String> problems = new ArrayList<>();
        for (var entry : objects.entrySet()) {
            for (JsonNode ref : entry.getValue().path("references")) {
                if (!objects.containsKey(ref(ref))) {
                    problems.add(entry.getKey() + " references missing " + ref(ref) + " as " + ref.path("name").asString());
                }
            }
        }
        for (Lens lens : lenses(objects)) {
            for (JsonNode ref : lens.attributes().path("references")) {
                if (!objects.containsKey(ref(ref))) {
                    problems.add(lens.where() + " references missing " + ref(ref));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void savedSearchesReadTheirDataViewThroughANamedReference() throws IOException {
        Map<Ref, JsonNode> objects = objects();
        List<JsonNode> searches = ofType(objects, "search");
        assertThat(searches).isNotEmpty();
        for (JsonNode search : searches) {
            JsonNode source = Events.mapper().readTree(
                    search.path("attributes").path("kibanaSavedObjectMeta").path("searchSourceJSON").asString());
            JsonNode ref = named(search.path("references"), source.path("indexRefName").asString());
            assertThat(ref).as("reference named by indexRefName of %s", search.path("id").asString()).isNotNull();
            assertThat(ref.path("type").asString()).isEqualTo("index-pattern");
        }
    }

    @Test
    void dashboardPanelsFitTheGridAndEachPanelHasItsReferences() throws IOException {
        Map<Ref, JsonNode> objects = objects();
        List<JsonNode> dashboards = ofType(objects, "dashboard");
        assertThat(dashboards).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (JsonNode dashboard : dashboards) {
            String id = dashboard.path("id").asString();
            JsonNode attributes = dashboard.path("attributes");
            Events.mapper().readTree(attributes.path("optionsJSON").asString());
            Events.mapper().readTree(attributes.path("kibanaSavedObjectMeta").path("searchSourceJSON").asString());
            JsonNode panels = Events.mapper().readTree(attributes.path("panelsJSON").asString());
            assertThat(panels.size()).as("panels of %s", id).isPositive();

            Set<String> claimed = new HashSet<>();
            List<int[]> cells = new ArrayList<>();
            Set<String> indices = new HashSet<>();
            for (JsonNode panel : panels) {
                String index = panel.path("panelIndex").asString();
                String where = id + " panel " + index;
                if (index.isEmpty() || index.contains(":") || !indices.add(index)) {
                    problems.add(where + ": panelIndex must be unique, non-empty and without ':'");
                }
                JsonNode grid = panel.path("gridData");
                int x = grid.path("x").asInt(-1), y = grid.path("y").asInt(-1), w = grid.path("w").asInt(0), h = grid.path("h").asInt(0);
                if (!grid.path("i").asString().equals(index)) {
                    problems.add(where + ": gridData.i is not the panelIndex");
                }
                if (x < 0 || y < 0 || w < 1 || h < 1 || x + w > GRID_COLUMNS) {
                    problems.add(where + ": gridData " + grid + " is outside the " + GRID_COLUMNS + "-column grid");
                }
                for (int[] other : cells) {
                    if (x < other[0] + other[2] && other[0] < x + w && y < other[1] + other[3] && other[1] < y + h) {
                        problems.add(where + ": overlaps another panel");
                    }
                }
                cells.add(new int[] {x, y, w, h});

                JsonNode byValue = panel.path("embeddableConfig").path("attributes");
                if (panel.has("panelRefName")) {
                    // by reference: Kibana looks up "<panelIndex>:<panelRefName>" in the dashboard's references
                    String name = index + ":" + panel.path("panelRefName").asString();
                    JsonNode ref = named(dashboard.path("references"), name);
                    if (ref == null || !ref.path("type").asString().equals(panel.path("type").asString())) {
                        problems.add(where + ": no " + panel.path("type").asString() + " reference named " + name);
                    }
                    claimed.add(name);
                } else if (byValue.isObject()) {
                    // by value: each of the Lens attributes' references is also the dashboard's, prefixed "<panelIndex>:"
                    for (JsonNode inner : byValue.path("references")) {
                        String name = index + ":" + inner.path("name").asString();
                        JsonNode ref = named(dashboard.path("references"), name);
                        if (ref == null || !ref(ref).equals(ref(inner))) {
                            problems.add(where + ": dashboard reference " + name + " missing or not " + ref(inner));
                        }
                        claimed.add(name);
                    }
                } else {
                    problems.add(where + ": neither panelRefName nor embeddableConfig.attributes");
                }
            }
            for (JsonNode ref : dashboard.path("references")) {
                if (!claimed.contains(ref.path("name").asString())) {
                    problems.add(id + ": reference " + ref.path("name").asString() + " belongs to no panel");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void lensLayersHaveADataViewAndShowExactlyTheirColumns() throws IOException {
        Map<Ref, JsonNode> objects = objects();
        List<Lens> lenses = lenses(objects);
        assertThat(lenses).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Lens lens : lenses) {
            JsonNode state = lens.attributes().path("state");
            JsonNode layers = state.path("datasourceStates").path("formBased").path("layers");
            if (layers.isEmpty()) {
                problems.add(lens.where() + ": no formBased layer");
            }
            Set<String> columns = new HashSet<>();
            Set<String> usedByColumns = new HashSet<>();
            for (var layer : layers.properties()) {
                JsonNode ref = named(lens.attributes().path("references"), LAYER_REF_PREFIX + layer.getKey());
                if (ref == null || !ref.path("type").asString().equals("index-pattern")) {
                    problems.add(lens.where() + ": layer " + layer.getKey() + " has no data view reference");
                }
                Set<String> names = new HashSet<>(layer.getValue().path("columns").propertyNames());
                Set<String> order = new HashSet<>();
                layer.getValue().path("columnOrder").forEach(c -> order.add(c.asString()));
                if (!order.equals(names)) {
                    problems.add(lens.where() + ": columnOrder " + order + " is not the columns " + names);
                }
                columns.addAll(names);
                layer.getValue().path("columns").forEach(c -> c.path("references").forEach(r -> usedByColumns.add(r.asString())));
                layer.getValue().path("columns").forEach(c -> {
                    JsonNode orderBy = c.path("params").path("orderBy");
                    if (orderBy.path("type").asString().equals("column") && !names.contains(orderBy.path("columnId").asString())) {
                        problems.add(lens.where() + ": terms ordered by missing column " + orderBy.path("columnId").asString());
                    }
                });
            }
            Set<String> shown = new HashSet<>();
            collectAccessors(state.path("visualization"), shown);
            Set<String> layerIds = new HashSet<>();
            collectLayerIds(state.path("visualization"), layerIds);
            if (!layers.propertyNames().containsAll(layerIds) || layerIds.isEmpty()) {
                problems.add(lens.where() + ": visualization layers " + layerIds + " are not the datasource layers " + layers.propertyNames());
            }
            for (String accessor : shown) {
                if (!columns.contains(accessor)) {
                    problems.add(lens.where() + ": visualization shows missing column " + accessor);
                }
            }
            for (String column : columns) {
                if (!shown.contains(column) && !usedByColumns.contains(column)) {
                    problems.add(lens.where() + ": column " + column + " is never shown");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFieldUsedExistsInTheArticlesTemplateWithATypeThatSupportsItsUse() throws IOException {
        Map<String, Field> mapping = articleFields();
        Map<Ref, JsonNode> objects = objects();
        List<String> problems = new ArrayList<>();
        for (Lens lens : lenses(objects)) {
            for (JsonNode layer : lens.attributes().path("state").path("datasourceStates").path("formBased").path("layers")) {
                for (var column : layer.path("columns").properties()) {
                    String where = lens.where() + " column " + column.getKey();
                    JsonNode spec = column.getValue();
                    String operation = spec.path("operationType").asString();
                    String source = spec.path("sourceField").asString();
                    if (operation.equals("count") && source.equals(RECORDS)) {
                        continue;
                    }
                    Set<String> accepted = OPERATION_FIELD_TYPES.get(operation);
                    Field field = mapping.get(source);
                    if (accepted == null) {
                        problems.add(where + ": no rule for Lens operation " + operation + " (add one to this test)");
                    } else if (field == null) {
                        problems.add(where + ": " + operation + " on " + source + ", which articles-template.json does not map");
                    } else if (!accepted.contains(field.type()) || !field.aggregatable() || field.inNested()) {
                        problems.add(where + ": " + operation + " on " + source + " (" + field.type()
                                + (field.inNested() ? ", nested" : "") + (field.aggregatable() ? "" : ", not aggregatable") + ")");
                    } else if (spec.path("isBucketed").asBoolean() && !LENS_DATA_TYPE.get(field.type()).equals(spec.path("dataType").asString())) {
                        problems.add(where + ": dataType " + spec.path("dataType").asString() + " for a " + field.type() + " field");
                    }
                }
            }
        }
        for (JsonNode search : ofType(objects, "search")) {
            String where = "search " + search.path("id").asString();
            for (JsonNode column : search.path("attributes").path("columns")) {
                Field field = mapping.get(column.asString());
                if (field == null || field.inNested() || field.type().equals("object") || field.type().equals("nested")) {
                    problems.add(where + ": column " + column.asString() + " is not a field of articles-template.json");
                }
            }
            for (JsonNode sort : search.path("attributes").path("sort")) {
                Field field = mapping.get(sort.path(0).asString());
                if (field == null || !field.aggregatable() || field.inNested() || !sort.path(1).asString().matches("asc|desc")) {
                    problems.add(where + ": cannot sort on " + sort);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theDataViewIsTheAliasTheIndexerWritesWithADateTimeField() throws IOException {
        Map<Ref, JsonNode> objects = objects();
        List<JsonNode> views = ofType(objects, "index-pattern");
        assertThat(views).hasSize(1);
        JsonNode view = views.getFirst().path("attributes");

        Matcher alias = Pattern.compile("alias: \\$\\{ARTICLES_ALIAS:([^}]+)}").matcher(Files.readString(
                ROOT.resolve("services/indexer/src/main/resources/application.yml")));
        assertThat(alias.find()).as("indexer application.yml reads ARTICLES_ALIAS").isTrue();
        assertThat(view.path("title").asString()).isEqualTo(alias.group(1));
        assertThat(compose().path("services").path("indexer").path("environment").path("ARTICLES_ALIAS").asString())
                .isEqualTo(view.path("title").asString());

        Field time = articleFields().get(view.path("timeFieldName").asString());
        assertThat(time).as("timeFieldName %s in articles-template.json", view.path("timeFieldName").asString()).isNotNull();
        assertThat(time.type()).isEqualTo("date");
    }

    @Test
    void composeImportsThisFileOnceKibanaIsHealthy() throws IOException {
        JsonNode services = compose().path("services");
        JsonNode setup = services.path("kibana-setup");
        assertThat(services.path("kibana").path("healthcheck").path("test").isMissingNode()).isFalse();
        assertThat(setup.path("depends_on").path("kibana").path("condition").asString()).isEqualTo("service_healthy");

        String mountedAt = null;
        for (JsonNode volume : setup.path("volumes")) {
            String[] parts = volume.asString().split(":");
            if (ROOT.resolve(parts[0]).normalize().equals(OBJECTS.getParent())) {
                mountedAt = parts[1];
            }
        }
        assertThat(mountedAt).as("kibana-setup mounts infra/kibana").isNotNull();

        StringBuilder command = new StringBuilder();
        setup.path("entrypoint").forEach(part -> command.append(part.asString()).append(' '));
        setup.path("command").forEach(part -> command.append(part.asString()).append(' '));
        assertThat(command.toString())
                .contains("http://kibana:5601/api/saved_objects/_import?overwrite=true")
                .contains("kbn-xsrf: true")
                .contains("--form file=@" + mountedAt + "/" + OBJECTS.getFileName())
                // _import answers 200 with "success":false when objects fail, so the body must be checked
                .contains("\"success\":true")
                // compose would substitute $NAME itself; a shell variable needs $$
                .doesNotContainPattern("(?<!\\$)\\$(?!\\$)");
    }

    private static Map<Ref, JsonNode> objects() throws IOException {
        Map<Ref, JsonNode> objects = new LinkedHashMap<>();
        for (String line : Files.readAllLines(OBJECTS)) {
            JsonNode object = Events.mapper().readTree(line);
            objects.put(ref(object), object);
        }
        return objects;
    }

    private static List<JsonNode> ofType(Map<Ref, JsonNode> objects, String type) {
        return objects.entrySet().stream().filter(e -> e.getKey().type().equals(type)).map(Map.Entry::getValue).toList();
    }

    /** Lens attributes of the lens objects and of every dashboard's by-value Lens panels. */
    private static List<Lens> lenses(Map<Ref, JsonNode> objects) throws IOException {
        List<Lens> lenses = new ArrayList<>();
        for (JsonNode lens : ofType(objects, "lens")) {
            lenses.add(new Lens("lens " + lens.path("id").asString(), withReferences(lens.path("attributes"), lens.path("references"))));
        }
        for (JsonNode dashboard : ofType(objects, "dashboard")) {
            for (JsonNode panel : Events.mapper().readTree(dashboard.path("attributes").path("panelsJSON").asString())) {
                JsonNode attributes = panel.path("embeddableConfig").path("attributes");
                if (panel.path("type").asString().equals("lens") && attributes.isObject()) {
                    lenses.add(new Lens("dashboard " + dashboard.path("id").asString() + " panel "
                            + panel.path("panelIndex").asString(), attributes));
                }
            }
        }
        return lenses;
    }

    /** A lens object keeps its references beside its attributes; by-value panels keep them inside. */
    private static JsonNode withReferences(JsonNode attributes, JsonNode references) {
        ObjectNode copy = (ObjectNode) attributes.deepCopy();
        copy.set("references", references);
        return copy;
    }

    private static void collectAccessors(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            for (var entry : node.properties()) {
                JsonNode value = entry.getValue();
                if (ACCESSOR_KEY.matcher(entry.getKey()).matches() && value.isString()) {
                    into.add(value.asString());
                } else if (ACCESSOR_KEY.matcher(entry.getKey()).matches() && value.isArray()) {
                    value.forEach(v -> into.add(v.asString()));
                } else {
                    collectAccessors(value, into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectAccessors(child, into));
        }
    }

    private static void collectLayerIds(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            if (node.path("layerId").isString() && !node.path("layerType").asString().equals("annotations")) {
                into.add(node.path("layerId").asString());
            }
            node.forEach(child -> collectLayerIds(child, into));
        } else if (node.isArray()) {
            node.forEach(child -> collectLayerIds(child, into));
        }
    }

    private static JsonNode named(JsonNode references, String name) {
        for (JsonNode ref : references) {
            if (ref.path("name").asString().equals(name)) {
                return ref;
            }
        }
        return null;
    }

    private static Ref ref(JsonNode node) {
        return new Ref(node.path("type").asString(), node.path("id").asString());
    }

    /** Every field of the articles index template by dotted path, multi-fields included ("headline.raw"). */
    private static Map<String, Field> articleFields() throws IOException {
        JsonNode properties = Events.mapper().readTree(Files.readString(TEMPLATE))
                .path("template").path("mappings").path("properties");
        Map<String, Field> fields = new HashMap<>();
        addFields("", properties, false, fields);
        assertThat(fields).as("fields of %s", TEMPLATE).isNotEmpty();
        return fields;
    }

    private static void addFields(String prefix, JsonNode properties, boolean inNested, Map<String, Field> into) {
        for (var entry : properties.properties()) {
            String path = prefix + entry.getKey();
            JsonNode spec = entry.getValue();
            String type = spec.path("type").asString(spec.has("properties") ? "object" : "");
            if (spec.has("properties")) {
                into.put(path, new Field(type, false, inNested));
                addFields(path + ".", spec.path("properties"), inNested || type.equals("nested"), into);
                continue;
            }
            into.put(path, new Field(type, aggregatable(type, spec), inNested));
            for (var sub : spec.path("fields").properties()) {
                String subType = sub.getValue().path("type").asString();
                into.put(path + "." + sub.getKey(), new Field(subType, aggregatable(subType, sub.getValue()), inNested));
            }
        }
    }

    /** Aggregations and sorting need doc values, which text fields never have and a mapping can switch off. */
    private static boolean aggregatable(String type, JsonNode spec) {
        return LENS_DATA_TYPE.containsKey(type) && spec.path("doc_values").asBoolean(true);
    }

    private static Map<String, String> lensDataTypes() {
        Map<String, String> types = new HashMap<>();
        NUMERIC.forEach(t -> types.put(t, "number"));
        types.put("keyword", "string");
        types.put("date", "date");
        types.put("date_nanos", "date");
        types.put("boolean", "boolean");
        types.put("ip", "ip");
        return Map.copyOf(types);
    }

    private static Map<String, Set<String>> operationFieldTypes() {
        Set<String> bucketable = new HashSet<>(NUMERIC);
        bucketable.addAll(Set.of("keyword", "boolean", "ip"));
        Set<String> any = new HashSet<>(LENS_DATA_TYPE.keySet());
        Map<String, Set<String>> rules = new HashMap<>();
        rules.put("terms", Set.copyOf(bucketable));
        rules.put("date_histogram", Set.of("date", "date_nanos"));
        rules.put("count", Set.copyOf(any));
        rules.put("unique_count", Set.copyOf(any));
        for (String metric : List.of("median", "average", "sum", "min", "max", "percentile", "standard_deviation")) {
            rules.put(metric, NUMERIC);
        }
        return Map.copyOf(rules);
    }

    private static JsonNode compose() throws IOException {
        return new YAMLMapper().readTree(Files.readString(ROOT.resolve("docker-compose.yml")));
    }
}

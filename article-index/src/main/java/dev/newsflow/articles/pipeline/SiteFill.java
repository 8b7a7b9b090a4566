package dev.newsflow.articles.pipeline;

import java.util.List;

/**
 * One site's fill rates in the recent and the baseline windows.
 *
 * @param site                   the site, as indexed
 * @param recentArticles         articles indexed in the recent window
 * @param baselineArticles       articles indexed in the baseline window
 * @param recentMeanConfidence   the recent articles' mean extraction confidence, {@code null} when none carries one
 * @param baselineMeanConfidence the baseline's, {@code null} when none carries one
 * @param fields                 each field, in the order of {@link FillDrift#FIELDS}
 * @param driftedFields          the names of the fields that fell, in the same order (empty: none did)
 */
public record SiteFill(String site, long recentArticles, long baselineArticles, Double recentMeanConfidence,
                       Double baselineMeanConfidence, List<FieldFill> fields, List<String> driftedFields) {

    public SiteFill(String site, long recentArticles, long baselineArticles, Double recentMeanConfidence,
                    Double baselineMeanConfidence, List<FieldFill> fields) {
        this(site, recentArticles, baselineArticles, recentMeanConfidence, baselineMeanConfidence, fields,
                fields.stream().filter(FieldFill::drifted).map(FieldFill::field).toList());
    }

    public SiteFill {
        fields = List.copyOf(fields);
        driftedFields = List.copyOf(driftedFields);
    }

    /** Whether any of its fields fell. */
    public boolean drifted() {
        return !driftedFields.isEmpty();
    }

    /** The field named {@code name}. */
    public FieldFill field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name + " in " + fields));
    }
}

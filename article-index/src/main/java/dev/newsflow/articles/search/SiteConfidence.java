package dev.newsflow.articles.search;

/**
 * How far one site's extractions can be trusted, over the matching articles that carry a confidence: a site whose
 * pages the parser reads badly (a redesign, a new template) shows up here with a low mean or many doubtful articles.
 *
 * @param site           the site, as indexed (pass it back as a filter to drill down)
 * @param articles       matching articles of the site that carry a confidence
 * @param meanConfidence their mean confidence, 0 to 1
 * @param doubtful       how many of them fall below {@link #DOUBTFUL}
 */
public record SiteConfidence(String site, long articles, double meanConfidence, long doubtful) {

    /** The confidence below which an extraction counts as doubtful. */
    public static final double DOUBTFUL = 0.5;
}

package dev.newsflow.articles.search;

import java.util.List;

/**
 * The most frequent values among the matching articles, per facet, most frequent first, and their spread over time.
 *
 * @param sites         publications
 * @param sections      section tags (slugs such as {@code world} and {@code world/americas})
 * @param topics        topic slugs
 * @param people        people mentioned, by name as written (kept for older clients: "Obama" and "Barack Obama"
 *                      are two values here; prefer {@code entities})
 * @param organizations organisations mentioned, by name as written (likewise)
 * @param places        places (locations) mentioned, by name as written (likewise)
 * @param authors       bylines
 * @param languages     language codes
 * @param overTime      matching articles per interval of publication time
 * @param siteConfidence the parser's confidence per site, least trusted sites first
 * @param entities      people, organisations, places and other names by stable entity id, with display name and type
 */
public record Facets(List<Bucket> sites, List<Bucket> sections, List<Bucket> topics, List<Bucket> people,
                     List<Bucket> organizations, List<Bucket> places, List<Bucket> authors, List<Bucket> languages,
                     OverTime overTime, List<SiteConfidence> siteConfidence, EntityFacets entities) {
    public Facets {
        sites = List.copyOf(sites);
        sections = List.copyOf(sections);
        topics = List.copyOf(topics);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        authors = List.copyOf(authors);
        languages = List.copyOf(languages);
        siteConfidence = List.copyOf(siteConfidence);
        entities = entities == null ? EntityFacets.NONE : entities;
    }
}

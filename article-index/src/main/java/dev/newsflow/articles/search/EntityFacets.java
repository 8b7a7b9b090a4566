package dev.newsflow.articles.search;

import java.util.List;

/**
 * The entities most matching articles are about, per type, by stable id (so "Obama" and "Barack Obama" resolved to
 * one id make one bucket), most articles first.
 *
 * @param people        people ({@code PERSON})
 * @param organizations organisations ({@code ORGANIZATION})
 * @param places        places ({@code LOCATION})
 * @param misc          other names ({@code MISC}: events, nationalities, works...)
 */
public record EntityFacets(List<EntityBucket> people, List<EntityBucket> organizations, List<EntityBucket> places,
                           List<EntityBucket> misc) {
    public EntityFacets {
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        misc = List.copyOf(misc);
    }

    /** No entities: before the first article, or when none matches. */
    public static final EntityFacets NONE = new EntityFacets(List.of(), List.of(), List.of(), List.of());
}

package dev.newsflow.enricher;

import dev.newsflow.model.EntityType;

/**
 * One tagged mention in a part of an article.
 *
 * @param text   the name as written, without title
 * @param type   the tagged type
 * @param part   where in the article it is
 * @param offset for {@link Part#HEADLINE} and {@link Part#BODY}: character offset of the name in
 *               headline + blank line + body ({@link ArticleEnricher#text}); for the other parts: its offset
 *               in that part's own text
 * @param title  the title written before it ("Mr", "President"), or {@code null}
 */
public record Mention(String text, EntityType type, Part part, int offset, String title) {

    /** The parts of an article that are tagged. */
    public enum Part {
        HEADLINE, DESCRIPTION, CAPTION, ALT_TEXT, BODY;

        /** Whether the offset of a mention in this part is into headline + blank line + body. */
        public boolean inText() {
            return this == HEADLINE || this == BODY;
        }

        /**
         * Whether a mention here counts as one: alt text describes a picture for those who cannot see it and
         * mostly repeats its caption, so it lends names but is not counted.
         */
        public boolean counted() {
            return this != ALT_TEXT;
        }
    }
}

package dev.newsflow.enricher.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The model's words as its training data writes them: GMB and wikigold write the apostrophe as "'" (GMB holds 9,849
 * "'s" and 9 "’s"), news pages mostly as "’", so "Germany’s Bundesbank" reached the model as an unknown word between
 * two names and came back as one place. Tagging reads "’" (right single quotation mark, the typographic
 * apostrophe, which the {@link Tokenizer} splits off as it does "'") as "'"; the names handed back keep the page's
 * own text.
 */
final class TypographicApostrophes {

    private TypographicApostrophes() {
    }

    /** The sentences with every typographic apostrophe written "'"; the same list when there is none. */
    static List<String[]> asTrained(List<String[]> sentences) {
        List<String[]> out = null;
        for (int s = 0; s < sentences.size(); s++) {
            String[] words = sentences.get(s);
            String[] plain = null;
            for (int k = 0; k < words.length; k++) {
                String w = words[k];
                if (w.indexOf('\u2019') >= 0) {
                    if (plain == null) {
                        plain = words.clone();
                    }
                    plain[k] = w.replace('\u2019', '\'');
                }
            }
            if (plain != null && out == null) {
                out = new ArrayList<>(sentences);
            }
            if (plain != null) {
                out.set(s, plain);
            }
        }
        return out == null ? sentences : out;
    }
}

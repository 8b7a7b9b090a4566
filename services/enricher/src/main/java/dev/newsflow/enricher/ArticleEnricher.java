package dev.newsflow.enricher;

import dev.newsflow.enricher.ner.NerTagger;
import dev.newsflow.enricher.ner.Token;
import dev.newsflow.enricher.ner.Tokenizer;
import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds entities, section tags and topics to an article. Plain Java: the enricher service, the CLI and the
 * benchmarks call it alike. Thread-safe once constructed; construction loads the models and fails loudly
 * (with a {@link dev.newsflow.enricher.ner.ModelLoadException}) when they cannot be loaded.
 */
public class ArticleEnricher {

    // Titles kept as a surface form ("Mr Putin") but never part of the name.
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "president", "prime minister",
            "minister", "secretary", "senator", "sen", "gen", "general", "king", "queen", "prince", "princess", "pope",
            "chancellor", "premier", "governor", "gov", "sir", "lord", "lady", "judge", "mayor", "professor", "prof",
            "colonel", "col", "captain", "capt", "sheikh", "ayatollah", "rep", "vice president");

    private final NerTagger tagger;
    private final TopicClassifier topics;

    /** Loads the bundled models. */
    public ArticleEnricher() {
        this(NerTagger.bundled(), new TopicClassifier());
    }

    /** With given models (tests, other trained taggers). */
    public ArticleEnricher(NerTagger tagger, TopicClassifier topics) {
        this.tagger = tagger;
        this.topics = topics;
    }

    /** The article with its entities, section tags and topics. */
    public EnrichedArticle enrich(Article article) {
        String text = text(article);
        int headlineLength = article.headline().length();
        List<Mention> mentions = mentions(text);
        List<Entity> entities = EntityMerger.merge(mentions, text.length(), headlineLength);
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, article, entities, SectionTagger.tags(article),
                topics.classify(article.headline(), article.body()), Instant.now());
    }

    /** The text entity offsets refer to: headline, blank line, body. */
    public static String text(Article article) {
        return article.headline() + "\n\n" + article.body();
    }

    /** The tagged mentions of a text, in order. */
    public List<Mention> mentions(String text) {
        List<List<Token>> sentences = Tokenizer.sentences(text);
        List<String[]> words = new ArrayList<>(sentences.size());
        for (List<Token> s : sentences) {
            words.add(s.stream().map(Token::text).toArray(String[]::new));
        }
        List<String[]> tags = tagger.tagDocument(words);
        List<Mention> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> tokens = sentences.get(si);
            String[] t = tags.get(si);
            int i = 0;
            while (i < t.length) {
                if (t[i].equals("O")) {
                    i++;
                    continue;
                }
                String type = t[i].substring(2);
                int j = i + 1;
                while (j < t.length && t[j].equals("I-" + type)) {
                    j++;
                }
                int start = tokens.get(i).start();
                String name = text.substring(start, tokens.get(j - 1).end());
                EntityType entityType = EntityType.fromTag(type);
                out.add(new Mention(name, entityType, start,
                        entityType == EntityType.PERSON ? title(tokens, i) : null));
                i = j;
            }
        }
        return out;
    }

    /** The title just before a name ("Mr", "President", "Prime Minister"), or null. */
    private static String title(List<Token> tokens, int i) {
        for (int len = 2; len >= 1; len--) {
            if (i - len < 0) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = i - len; k < i; k++) {
                sb.append(k > i - len ? " " : "").append(tokens.get(k).text());
            }
            String candidate = sb.toString();
            String key = candidate.replace(".", "").toLowerCase(java.util.Locale.ROOT);
            if (TITLES.contains(key) && Character.isUpperCase(candidate.charAt(0))) {
                return candidate;
            }
        }
        return null;
    }
}

package dev.newsflow.enricher;

import dev.newsflow.enricher.ner.NerTagger;
import dev.newsflow.enricher.ner.Token;
import dev.newsflow.enricher.ner.Tokenizer;
import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Image;
import dev.newsflow.model.LanguageTags;
import dev.newsflow.model.SkippedStep;
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

    /**
     * Entities and topics are read from at most this much of the body: about 30,000 words, several times the
     * longest feature, so every real article is read whole. A page at the parser's 10 MiB limit (a data dump, a
     * whole archive on one page) would otherwise take the tagger ~1.7 million tokens at once and more heap than
     * the service has (measured: the enricher ran out of its 320 MiB on two such pages at once and stopped
     * consuming). The body itself goes on untouched.
     */
    public static final int TAGGED_BODY_CHARS = 200_000;

    /**
     * The languages the bundled models read: the entity tagger is trained on English news (GMB, wikigold) with
     * English word clusters and name lists, the topic classifier on English text with an English lexicon. On other
     * languages they guess: a German article's capitalised nouns come out as people and places ("Bundesregierung" a
     * person, "Mittwoch" a place), which would fill the facets and the alias table with junk.
     */
    public static final Set<String> MODEL_LANGUAGES = Set.of("en");

    private final NerTagger tagger;
    private final TopicClassifier topics;
    private final EntityAliases aliases;

    /** Loads the bundled models; short names are resolved across the articles this instance enriches. */
    public ArticleEnricher() {
        this(EntityAliases.inMemory());
    }

    /** Loads the bundled models; short names are resolved through {@code aliases} (kept in a file by the service). */
    public ArticleEnricher(EntityAliases aliases) {
        this(NerTagger.bundled(), new TopicClassifier(), aliases);
    }

    /** With given models (tests, other trained taggers). */
    public ArticleEnricher(NerTagger tagger, TopicClassifier topics) {
        this(tagger, topics, EntityAliases.inMemory());
    }

    /** With given models and alias table. */
    public ArticleEnricher(NerTagger tagger, TopicClassifier topics, EntityAliases aliases) {
        this.tagger = tagger;
        this.topics = topics;
        this.aliases = aliases;
    }

    /**
     * The article with its entities, section tags and topics. Headline, standfirst, picture captions and alt
     * text are tagged with the body as one document, so that a name written in full only there ("President
     * Vladimir Putin" under a picture, "Mr Putin" in the text) gives the entity its full name. An article in a
     * language the models do not read ({@link #MODEL_LANGUAGES}) gets its section tags only, and the event says
     * which steps were skipped and why; nothing of it reaches the alias table.
     */
    public EnrichedArticle enrich(Article article) {
        // the parser always states a language it could tell (declared or guessed): an article without one is text
        // handed to the enricher directly, which is read as English, as it always was
        String language = LanguageTags.primarySubtag(article.language());
        if (language != null && !MODEL_LANGUAGES.contains(language)) {
            return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, article, List.of(), SectionTagger.tags(article),
                    List.of(), Instant.now(), skippedFor(language));
        }
        Article tagged = taggedPart(article);
        String text = text(tagged);
        List<Mention> mentions = JunkMentions.clean(mentions(tagged), tagged);
        List<Entity> entities = aliases.learnAndResolve(EntityMerger.merge(mentions, text.length(), leadEnd(tagged)));
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, article, entities, SectionTagger.tags(article),
                topics.classify(tagged.headline(), tagged.body()), Instant.now());
    }

    private static List<SkippedStep> skippedFor(String language) {
        String models = String.join(", ", MODEL_LANGUAGES.stream().sorted().toList());
        return List.of(new SkippedStep(SkippedStep.ENTITIES, "no entity model for language " + language
                        + " (the tagger reads " + models + ")"),
                new SkippedStep(SkippedStep.TOPICS, "no topic model for language " + language
                        + " (the classifier reads " + models + ")"));
    }

    /**
     * The article as the tagger and the classifier read it: whole, or with its body cut at the last blank before
     * {@link #TAGGED_BODY_CHARS}. Entity offsets into the cut text are offsets into the whole one.
     */
    static Article taggedPart(Article a) {
        if (a.body().length() <= TAGGED_BODY_CHARS) {
            return a;
        }
        int cut = TAGGED_BODY_CHARS;
        while (cut > TAGGED_BODY_CHARS / 2 && !Character.isWhitespace(a.body().charAt(cut))) {
            cut--;
        }
        return new Article(a.schemaVersion(), a.id(), a.url(), a.canonicalUrl(), a.site(), a.headline(),
                a.description(), a.authors(), a.publishedAt(), a.modifiedAt(), a.section(), a.language(),
                a.body().substring(0, cut), a.images(), a.lists(), a.relatedLinks(), a.provenance(), a.wordCount(),
                a.parsedAt(), a.confidence());
    }

    /** The text entity offsets refer to: headline, blank line, body. */
    public static String text(Article article) {
        return article.headline() + "\n\n" + article.body();
    }

    /** End offset in {@link #text} of the body's first paragraph (the lead). */
    private static int leadEnd(Article article) {
        int start = article.headline().length() + 2;
        int end = article.body().indexOf("\n\n");
        return start + (end < 0 ? article.body().length() : end);
    }

    /** The tagged mentions of the article's parts: headline, standfirst, captions, alt text, body. */
    public List<Mention> mentions(Article article) {
        List<Mention.Part> parts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Integer> bases = new ArrayList<>();
        add(parts, texts, bases, Mention.Part.HEADLINE, article.headline(), 0);
        add(parts, texts, bases, Mention.Part.DESCRIPTION, article.description(), 0);
        for (Image image : article.images()) {
            add(parts, texts, bases, Mention.Part.CAPTION, image.caption(), 0);
            add(parts, texts, bases, Mention.Part.ALT_TEXT, image.alt(), 0);
        }
        add(parts, texts, bases, Mention.Part.BODY, article.body(), article.headline().length() + 2);
        return mentions(parts, texts, bases);
    }

    private static void add(List<Mention.Part> parts, List<String> texts, List<Integer> bases, Mention.Part part,
                            String text, int base) {
        if (text != null && !text.isBlank()) {
            parts.add(part);
            texts.add(text);
            bases.add(base);
        }
    }

    private List<Mention> mentions(List<Mention.Part> parts, List<String> texts, List<Integer> bases) {
        List<List<Token>> sentences = new ArrayList<>();
        List<Integer> partOf = new ArrayList<>();
        for (int p = 0; p < texts.size(); p++) {
            for (List<Token> s : Tokenizer.sentences(texts.get(p))) {
                sentences.add(s);
                partOf.add(p);
            }
        }
        List<String[]> words = new ArrayList<>(sentences.size());
        for (List<Token> s : sentences) {
            String[] w = new String[s.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = s.get(i).text();
            }
            words.add(w);
        }
        List<String[]> tags = tagger.tagDocument(words);
        List<Mention> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> tokens = sentences.get(si);
            int p = partOf.get(si);
            String partText = texts.get(p);
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
                // a soft hyphen ("Netan\u00adyahu") is a line-break hint, not part of the name
                String name = partText.substring(start, tokens.get(j - 1).end()).replace("\u00ad", "");
                EntityType entityType = EntityType.fromTag(type);
                out.add(new Mention(name, entityType, parts.get(p), bases.get(p) + start,
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

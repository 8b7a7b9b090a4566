package dev.newsflow.parser.extract;

import dev.newsflow.model.Events;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import tools.jackson.databind.JsonNode;

/**
 * A page's JSON-LD: the objects its scripts declare, the article object chosen among them (or a {@code WebPage} with a
 * headline), its authors and publisher with graph references followed, and the page's JSON-LD breadcrumb trail.
 */
final class JsonLd {

    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle"
                    + "|OpinionNewsArticle|ReportageNews|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle"
                    + "|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting"
                    + "|TechArticle|APIReference");
    private static final Pattern REVIEW_TYPE = Pattern.compile("\\b(?:Critic|Employer|Recommendation|User)?Review\\b");
    static final Pattern CDATA = Pattern.compile("^\\s*(?:<!--)?\\s*<!\\[CDATA\\[|\\]\\]>\\s*(?:-->)?\\s*$");

    /** The chosen article object, or null. */
    final JsonNode article;
    /** The names on the JSON-LD breadcrumb trail, in order; empty when there is none. */
    final List<String> breadcrumbs;
    /** The first {@code Review} object, or null: a review page often declares its text there, not in an article. */
    private final JsonNode review;
    /** Nodes by {@code @id}: a graph (Yoast, schema.org plugins) names the author as a reference. */
    private final Map<String, JsonNode> byId;
    /** {@link #authors()}, once asked. */
    private List<String> authors;

    private JsonLd(JsonNode article, List<String> breadcrumbs, Map<String, JsonNode> byId, JsonNode review) {
        this.article = article;
        this.breadcrumbs = breadcrumbs;
        this.byId = byId;
        this.review = review;
    }

    /** Collects the objects of a page's JSON-LD scripts, then chooses among them. */
    static final class Builder {

        private final List<JsonNode> nodes = new ArrayList<>();

        /** Reads one script's text; broken JSON-LD is common and is passed over (the other sources still count). */
        void add(String raw) {
            // saved pages often wrap the JSON in a CDATA section or an HTML comment
            boolean wrapped = raw.contains("<![CDATA[") || raw.contains("]]>");
            String json = (wrapped ? unwrap(raw) : raw).strip();
            if (json.isEmpty()) {
                return;
            }
            try {
                flatten(Events.mapper().readTree(json), nodes, 0);
            } catch (RuntimeException e) {
                // broken JSON-LD: the other sources still count
            }
        }

        /**
         * What {@code CDATA.matcher(raw).replaceAll("")} answers, with the regex tried only where a match can start: at
         * the start (its first branch is anchored there) and at each "]]>" (where its second branch starts), found by
         * indexOf, instead of at every character of what can be a long script. The bounds are not anchoring, so the
         * regex's ^ and $ still mean the script's start and end as they do in the replacement.
         */
        static String unwrap(String raw) {
            Matcher m = CDATA.matcher(raw).useAnchoringBounds(false);
            StringBuilder out = new StringBuilder(raw.length());
            int copied = 0;
            // the next place a match may start: the start first, then each "]]>" from where the last match ended
            int at = 0;
            while (at >= 0) {
                m.region(at, raw.length());
                if (m.lookingAt()) {
                    out.append(raw, copied, at);
                    copied = m.end();
                    // no match is empty, so the next one starts after this one
                    at = raw.indexOf("]]>", copied);
                } else {
                    at = raw.indexOf("]]>", at + 1);
                }
            }
            return out.append(raw, copied, raw.length()).toString();
        }

        /** Picks the article object among the nodes and reads the breadcrumb trail. */
        JsonLd build() {
            Map<String, JsonNode> byId = new HashMap<>();
            List<String> breadcrumbs = new ArrayList<>();
            JsonNode article = null;
            JsonNode webPage = null;
            JsonNode review = null;
            for (JsonNode n : nodes) {
                String id = n.path("@id").asString("");
                if (!id.isEmpty() && n.size() > 1) {
                    byId.putIfAbsent(id, n);
                }
            }
            for (JsonNode n : nodes) {
                String type = typeOf(n);
                if (type == null) {
                    continue;
                }
                if (type.contains("BreadcrumbList") && breadcrumbs.isEmpty()) {
                    JsonNode items = n.get("itemListElement");
                    if (items != null && items.isArray()) {
                        for (JsonNode item : items) {
                            String name = text(item, "name");
                            if (name == null && item.get("item") != null) {
                                name = text(item.get("item"), "name");
                            }
                            if (name != null) {
                                breadcrumbs.add(name);
                            }
                        }
                    }
                } else if (ARTICLE_TYPE.matcher(type).find()) {
                    if (article == null) {
                        article = n;
                    }
                } else if (type.contains("WebPage") && webPage == null && n.get("headline") != null) {
                    webPage = n;
                } else if (REVIEW_TYPE.matcher(type).find() && review == null) {
                    review = n;
                }
            }
            return new JsonLd(article != null ? article : webPage, breadcrumbs, byId, review);
        }

        private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
            if (node == null || depth > 4) {
                return;
            }
            if (node.isArray()) {
                for (JsonNode n : node) {
                    flatten(n, out, depth + 1);
                }
            } else if (node.isObject()) {
                out.add(node);
                flatten(node.get("@graph"), out, depth + 1);
                flatten(node.get("mainEntity"), out, depth + 1);
            }
        }
    }

    /** A text field of the article object (the first of an array), entities decoded; null when absent or blank. */
    String articleText(String field) {
        return text(article, field);
    }

    /**
     * When each entry of a live blog was posted: the {@code datePublished} of the article object's {@code liveBlogUpdate}
     * entries (schema.org's {@code LiveBlogPosting}), as written; empty for any other article.
     */
    List<String> liveBlogUpdateTimes() {
        List<String> times = new ArrayList<>();
        JsonNode updates = article == null ? null : article.get("liveBlogUpdate");
        if (updates == null) {
            return times;
        }
        for (JsonNode update : updates.isArray() ? updates : List.of(updates)) {
            String posted = text(resolve(update), "datePublished");
            if (posted != null) {
                times.add(posted);
            }
        }
        return times;
    }

    /**
     * The article's text as the page states it: the article object's {@code articleBody}, else the first review's
     * {@code reviewBody} (or {@code articleBody}); entities decoded; null when absent. Whether it is the text of the
     * page's article at all is for {@link PublisherBody} to judge (a user's review of a product covers no article).
     */
    String statedBody() {
        String body = text(article, "articleBody");
        if (body == null && review != null) {
            body = text(review, "reviewBody");
            body = body != null ? body : text(review, "articleBody");
        }
        return body;
    }

    /** The publishing organisation's name; a person publishing their own blog is not one. */
    String publisher() {
        JsonNode publisher = article == null ? null : resolve(article.get("publisher"));
        if (publisher == null || "Person".equals(typeOf(publisher))) {
            return null;
        }
        return text(publisher, "name");
    }

    /**
     * The people the article object names as its authors (organisations are not), each byline split: worked out on
     * the first call only (the author rule and the headline rule both ask, and splitting bylines is costly).
     */
    List<String> authors() {
        if (authors == null) {
            authors = article == null ? List.of() : List.copyOf(authors(article.get("author")));
        }
        return authors;
    }

    private List<String> authors(JsonNode reference) {
        List<String> out = new ArrayList<>();
        JsonNode author = resolve(reference);
        if (author == null) {
            return out;
        }
        if (author.isArray()) {
            for (JsonNode a : author) {
                out.addAll(authors(a));
            }
        } else if (author.isObject()) {
            String type = typeOf(author);
            if (type != null && type.contains("Organization")) {
                return out;
            }
            String name = text(author, "name");
            if (name != null) {
                out.addAll(Bylines.split(name));
            }
        } else if (author.isValueNode()) {
            String s = author.asString("");
            if (!s.startsWith("http")) {
                out.addAll(Bylines.split(s));
            }
        }
        return out;
    }

    /** The node a reference such as {@code {"@id": "#/schema/person/1"}} stands for; other nodes as they are. */
    private JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
            return byId.getOrDefault(node.get("@id").asString(""), node);
        }
        return node;
    }

    private static String typeOf(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return null;
        }
        if (t.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode x : t) {
                sb.append(x.asString("")).append(' ');
            }
            return sb.toString();
        }
        return t.asString("");
    }

    private static String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            v = v.isEmpty() ? null : v.get(0);
        }
        if (v == null || !v.isValueNode()) {
            return null;
        }
        String s = Parser.unescapeEntities(v.asString(""), false).strip();
        return s.isEmpty() ? null : s;
    }
}

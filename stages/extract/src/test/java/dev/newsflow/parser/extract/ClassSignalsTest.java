package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassSignalsTest {

    /** The plain definition: each keyword sets its signals wherever it occurs in the lower-cased name. */
    private static int keywordSignals(String classOrId) {
        String s = classOrId.toLowerCase(Locale.ROOT);
        int bits = 0;
        for (Map.Entry<Integer, List<String>> e : ClassSignals.KEYWORDS.entrySet()) {
            for (String keyword : e.getValue()) {
                if (s.contains(keyword)) {
                    bits |= e.getKey();
                }
            }
        }
        // "bio", "timestamp", "datestamp" count only as words of their own
        if (!java.util.regex.Pattern.compile("(?<![a-z])(bio|timestamp|datestamp)(?![a-z])").matcher(s).find()) {
            bits &= ~ClassSignals.ABOUT_THE_ARTICLE;
        }
        // the author words of other languages and "signature" as words of their own ("autor", not "autoresize")
        if (!java.util.regex.Pattern.compile("author|byline|writtenby|(?<![a-z])(?:autor|auteur|firma|signature)(?![a-z])")
                .matcher(s).find()) {
            bits &= ~ClassSignals.AUTHOR;
        }
        // the date words too, between spaces, hyphens or underscores
        if (!java.util.regex.Pattern.compile("(?:^|[\\s_-])(?:date|dateline|timestamp|published|pubdate|posted-on|post-date"
                + "|entry-date)(?:$|[\\s_-])").matcher(s).find()) {
            bits &= ~ClassSignals.DATE;
        }
        return bits;
    }

    @Test
    void findsEveryKeywordAnywhereInTheName() {
        ClassSignals signals = new ClassSignals();
        ClassSignals.KEYWORDS.forEach((bit, words) -> {
            for (String w : words) {
                assertThat(signals.of(w) & bit).as(w).isEqualTo(bit);
                String embedded = "x" + w.toUpperCase(Locale.ROOT) + "9";
                assertThat(signals.of(embedded) & bit).as(w).isEqualTo(keywordSignals(embedded) & bit);
                // one character short of the keyword is not the keyword (only the keywords it holds count)
                String cut = w.substring(0, w.length() - 1);
                if (!cut.isBlank() && !cut.contains("hid") && !cut.contains("share")) {
                    assertThat(signals.of(cut)).as(cut).isEqualTo(keywordSignals(cut));
                }
            }
        });
        assertThat(signals.of("lede pull-quote")).isZero();
    }

    @Test
    void agreesWithThePlainDefinitionOnNamesMadeOfKeywordPieces() {
        List<String> pieces = new ArrayList<>(List.of(" ", "-", "_", "é", "x", "2"));
        ClassSignals.KEYWORDS.values().forEach(words -> words.forEach(w -> {
            pieces.add(w);
            pieces.add(w.substring(0, w.length() / 2));
            pieces.add(w.substring(w.length() / 2));
        }));
        Random random = new Random(7);
        ClassSignals signals = new ClassSignals();
        int compared = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                sb.append(pieces.get(random.nextInt(pieces.size())));
            }
            String name = sb.toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.isBlank() || lower.contains("hid") || lower.contains("share")) {
                continue; // the whole-word rules, tested below
            }
            assertThat(signals.of(name)).as(name).isEqualTo(keywordSignals(name));
            compared++;
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    @Test
    void biosAndTimestampsCountOnlyAsWords() {
        ClassSignals signals = new ClassSignals();
        for (String yes : List.of("author-bio", "post-body-bio has-photo", "bio", "pb-timestamp", "timeStamp", "datestamp")) {
            assertThat(signals.of(yes) & ClassSignals.ABOUT_THE_ARTICLE).as(yes).isNotZero();
        }
        for (String no : List.of("infobox biography vcard", "symbiosis", "storytimestamp", "timestamps-list")) {
            assertThat(signals.of(no) & ClassSignals.ABOUT_THE_ARTICLE).as(no).isZero();
        }
    }

    @Test
    void signatureNamesTheAuthorOnlyAsAWordOfItsOwn() {
        ClassSignals signals = new ClassSignals();
        for (String yes : List.of("signature", "bloc_signature", "c-signature c-signature--left", "signature_article")) {
            assertThat(signals.of(yes) & ClassSignals.AUTHOR).as(yes).isNotZero();
        }
        for (String no : List.of("signatures", "countersignature", "signaturepad")) {
            assertThat(signals.of(no) & ClassSignals.AUTHOR).as(no).isZero();
        }
    }

    @Test
    void hidAndShareCountOnlyAsWholeWords() {
        ClassSignals signals = new ClassSignals();
        assertThat(signals.of("hid") & ClassSignals.NEGATIVE).isNotZero();
        assertThat(signals.of("box hid") & ClassSignals.NEGATIVE).isNotZero();
        assertThat(signals.of("hidden-x") & ClassSignals.NEGATIVE).isNotZero(); // "hidden" is a keyword of its own
        assertThat(signals.of("hide") & ClassSignals.NEGATIVE).isZero();
        assertThat(signals.of("post_share") & ClassSignals.SHARE).isNotZero();
        assertThat(signals.of("sharedaddy sd-block") & ClassSignals.SHARE).isNotZero();
        assertThat(signals.of("shares") & ClassSignals.SHARE).isZero();
    }

    @Test
    void datesCountOnlyAsWordsAndRegionsOfOtherStoriesAnywhere() {
        ClassSignals signals = new ClassSignals();
        for (String yes : List.of("date", "post-date", "entry_date", "Dateline", "pubdate x", "posted-on", "published")) {
            assertThat(signals.of(yes) & ClassSignals.DATE).as(yes).isNotZero();
        }
        for (String no : List.of("update", "candidate", "dates", "unpublished", "posted")) {
            assertThat(signals.of(no) & ClassSignals.DATE).as(no).isZero();
        }
        assertThat(signals.of("story-byline") & ClassSignals.AUTHOR).isNotZero();
        assertThat(signals.of("dateline") & ClassSignals.AUTHOR).isZero(); // a byline to Readability, not an author
        assertThat(signals.of("article-autor") & ClassSignals.AUTHOR).isNotZero();
        assertThat(signals.of("confirmation") & ClassSignals.AUTHOR).isZero();
        assertThat(signals.of("see-also-box") & ClassSignals.RELATED_LINKS).isNotZero();
        assertThat(signals.of("site-breadcrumbs") & ClassSignals.BREADCRUMB).isNotZero();
        assertThat(signals.of("mostPopularTeasers") & ClassSignals.OTHER_STORIES).isNotZero();
        assertThat(signals.of("article-body") & ClassSignals.OTHER_STORIES).isZero();
    }

    @Test
    void classAndIdAskedApartAnswerAsJoined() {
        Element body = Jsoup.parse("""
                <div class="main hid" id="share"></div><div class="story" id="hid"></div><div id="hid"></div>
                <div class="x hid"></div><div class="social" id="comments-area"></div><div class="sr" id="only"></div>
                <div class="post-share" id="a"></div><div class="entry" id="content-main"></div><div></div>
                """).body();
        ClassSignals signals = new ClassSignals();
        for (Element el : body.children()) {
            String joined = el.id().isEmpty() ? el.className() : el.className() + " " + el.id();
            assertThat(signals.of(el)).as(el.outerHtml()).isEqualTo(new ClassSignals().of(joined));
        }
    }
}

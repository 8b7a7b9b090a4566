package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.RawPage;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A live blog's entries (a run of sibling elements that each hold a time of day and prose) keep their titles and times
 * whatever their markup, and the article is the whole run; headers, "timestamp" spans and short links outside such a
 * run are judged as before.
 */
class LiveBlogEntriesTest {

    private static final List<String[]> ENTRIES = List.of(
            new String[] {"09:52", "Power cuts rise to 42,000",
                    "The grid operator says 42,000 homes are now without electricity, most of them in the hill villages north of the town."},
            new String[] {"09:10", "Schools close early",
                    "The county council has told head teachers in the northern districts to send pupils home at noon today."},
            new String[] {"08:44", "Ferry crossings cancelled",
                    "All sailings between the port and the islands are cancelled until tomorrow morning, the ferry company says."},
            new String[] {"08:15", "Red warning extended",
                    "The weather service has extended its red warning for the northern coast until midnight, with gusts of 140 km/h."});

    /** Each entry's text said twice: a page over 500 characters, which the first pass takes as it finds it. */
    private static String prose(String[] entry) {
        return entry[2] + " " + entry[2].replace("The ", "Again, the ");
    }

    private static String body(String article) {
        String html = "<html><head><title>Storm live</title></head><body><div id=\"top\"><a href=\"/\">Home</a> "
                + "<a href=\"/news\">News</a></div><div id=\"wrap\"><h1>Storm live</h1>" + article
                + "</div><div id=\"bottom\"><a href=\"/imprint\">Imprint</a></div></body></html>";
        RawPage raw = RawPage.of("https://live.example/storm", "text/html", html, null, "test");
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.DEFAULTS).extract(raw).body();
    }

    private static String entries(Function<String[], String> entry) {
        return ENTRIES.stream().map(entry).collect(Collectors.joining("\n"));
    }

    @Test
    void keepsAnEntrysTitleSetInItsHeaderBesideTheTime() {
        String out = body("<div class=\"live-body\">" + entries(e -> "<div class=\"block\"><header class=\"block-header\"><time>"
                + e[0] + "</time><h2>" + e[1] + "</h2></header><p>" + prose(e) + "</p></div>") + "</div>");
        for (String[] e : ENTRIES) {
            assertThat(out).contains(e[0] + "\n\n" + e[1] + "\n\n" + e[2]);
        }
    }

    @Test
    void keepsAnEntrysTimeInATimestampSpan() {
        String out = body("<div class=\"feed\">" + entries(e -> "<section class=\"post\"><header><span class=\"timestamp\">"
                + e[0] + "</span><h3>" + e[1] + "</h3></header><p>" + e[2] + "</p></section>") + "</div>");
        for (String[] e : ENTRIES) {
            assertThat(out).contains(e[0] + "\n\n" + e[1] + "\n\n" + e[2]);
        }
    }

    @Test
    void keepsAnEntrysTimeLinkedToTheEntry() {
        String out = body("<ul class=\"entries\">" + entries(e -> "<li class=\"entry\"><div class=\"entry-header\"><a href=\"#"
                + e[0] + "\"><time>" + e[0] + "</time></a></div><div class=\"entry-content\"><p>" + e[2] + "</p></div></li>")
                + "</ul>");
        for (String[] e : ENTRIES) {
            assertThat(out).contains(e[0] + "\n\n" + e[2]);
        }
    }

    @Test
    void takesEveryEntryOfTheRunWhenOneEntryScoresBest() {
        // each post is an <article> alone in its <li>: the best-scoring one has no siblings of its own
        String out = body("<ol class=\"stream\">" + entries(e -> "<li class=\"post\"><article><header><span>" + e[0]
                + "</span><h3>" + e[1] + "</h3></header><div class=\"post-body\"><p>" + e[2] + "</p>"
                + (e[0].equals("09:10") ? "<p>Buses will leave at a quarter to twelve, an hour earlier than usual, and parents"
                + " are asked to collect younger children, the council says.</p><p>Secondary schools will set work online,"
                + " and exams planned for this afternoon, in science, history and French, move to next week.</p>" : "")
                + "</div><footer><a href=\"/share\">Share this post</a></footer></article></li>") + "</ol>");
        for (String[] e : ENTRIES) {
            assertThat(out).contains(e[1]).contains(e[2]);
        }
    }

    @Test
    void twoTimedPostsAreNoRunAndTheirHeadersStayUnlikely() {
        String out = body("<div class=\"live-body\">" + ENTRIES.subList(0, 2).stream().map(e -> "<div class=\"block\">"
                + "<header class=\"block-header\"><time>" + e[0] + "</time><h2>" + e[1] + "</h2></header><p>" + e[2]
                + " " + e[2] + " " + e[2] + "</p></div>").collect(Collectors.joining()) + "</div>");
        assertThat(out).contains(ENTRIES.get(0)[2]).doesNotContain(ENTRIES.get(0)[1]);
    }

    @Test
    void aPagesHeaderWithLinksAndATimeIsStillDropped() {
        String out = body("<div class=\"site-header\"><a href=\"/\">Coast Echo</a> <span>Updated 10:42</span></div>"
                + "<div class=\"live-body\">" + entries(e -> "<div class=\"block\"><header class=\"block-header\"><time>"
                + e[0] + "</time><h2>" + e[1] + "</h2></header><p>" + e[2] + "</p></div>") + "</div>");
        assertThat(out).doesNotContain("Coast Echo").doesNotContain("Updated");
    }

    @Test
    void anArticlesPublicationTimestampStillGoes() {
        String out = body("<article><span class=\"timestamp\">10:42</span><p>" + ENTRIES.get(0)[2] + "</p><p>"
                + ENTRIES.get(1)[2] + "</p><h2>What happens next</h2><p>" + ENTRIES.get(2)[2] + "</p></article>");
        assertThat(out).doesNotContain("10:42").contains("What happens next");
    }

    @Test
    void readsATimeOfDayInSeveralLanguages() {
        assertThat(List.of("10:42", "18:05 Uhr", "6.15pm", "à 18h30", "22 h 10", "14.32 Uhr", "10:42 GMT"))
                .allMatch(LiveBlogEntries::isTimeOfDay);
        assertThat(List.of("Updated 10:42", "12 March 2026", "£3.99", "10:42 on Tuesday 12 March", ""))
                .noneMatch(LiveBlogEntries::isTimeOfDay);
    }
}

package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The counts of nested elements from one walk ({@link SubtreeStatsIndex}) equal {@link SubtreeStats#of}, field by field. */
class SubtreeStatsIndexTest {

    private static void assertSameAsOneAtATime(Element root) {
        SubtreeStatsIndex index = new SubtreeStatsIndex(root);
        for (Element el : root.getAllElements()) {
            assertSame(index.of(el), SubtreeStats.of(el), el.cssSelector());
        }
    }

    private static void assertSame(SubtreeStats got, SubtreeStats want, String where) {
        assertThat(got.textLength).as("text of " + where).isEqualTo(want.textLength);
        // the same terms added in the same order: equal to the last bit, not merely close
        assertThat(got.linkLength).as("link text of " + where).isEqualTo(want.linkLength);
        assertThat(got.listTextLength).as("list text of " + where).isEqualTo(want.listTextLength);
        assertThat(got.headingTextLength).as("heading text of " + where).isEqualTo(want.headingTextLength);
        assertThat(got.commas).as("commas of " + where).isEqualTo(want.commas);
        assertThat(got.paragraphs).as("paragraphs of " + where).isEqualTo(want.paragraphs);
        assertThat(got.images).as("images of " + where).isEqualTo(want.images);
        assertThat(got.listItems).as("list items of " + where).isEqualTo(want.listItems);
        assertThat(got.inputs).as("inputs of " + where).isEqualTo(want.inputs);
        assertThat(got.embeds).as("embeds of " + where).isEqualTo(want.embeds);
    }

    @Test
    void agreesWithOneElementAtATimeWhereWhitespaceMeetsElementEdges() {
        assertSameAsOneAtATime(Jsoup.parse("<div id=a> lead <p> Some text, with <a href=\"/x\"> a link </a>inside.</p>"
                + "<div id=b>\n<p>More <a href=\"#f\">fragment link</a>, and <a href=\"/y\"> <b>bold link</b></a>.</p></div>"
                + "<ul><li> one <ol><li>two, </li></ol></li></ul><h2> Heading <span>part</span> </h2>"
                + "<a href=\"#n\"> <div id=c><p>All linked，</p> </div></a><img src=x><input>"
                + "<iframe src=\"https://www.youtube.com/embed/x\"></iframe><embed src=\"https://ads.example/x\">"
                + "<pre>  keep   spaces </pre>&nbsp; trailing &nbsp;</div>").body());
    }

    @Test
    void agreesWithOneElementAtATimeOnRandomTrees() {
        Random random = new Random(16);
        String[] texts = {" ", "  ", "word", " lead", "trail ", " both ", "a,b", "\n", "\u00A0x", "x\u00A0", "，", ""};
        String[] tags = {"div", "p", "span", "a href=\"/l\"", "a href=\"#f\"", "ul", "ol", "li", "h2", "h3", "b", "section"};
        for (int round = 0; round < 300; round++) {
            StringBuilder html = new StringBuilder();
            int open = 0;
            for (int i = 0; i < 60; i++) {
                int r = random.nextInt(10);
                if (r < 4) {
                    html.append(texts[random.nextInt(texts.length)]);
                } else if (r < 7 || open == 0) {
                    html.append('<').append(tags[random.nextInt(tags.length)]).append('>');
                    open++;
                } else if (r < 8) {
                    html.append("<img src=i>");
                } else {
                    html.append("</").append(tags[random.nextInt(tags.length)].split(" ")[0]).append('>');
                }
            }
            Element body = Jsoup.parse(html.toString()).body();
            assertSameAsOneAtATime(body);
            // and after removals it was told of, innermost last as the cleaning removes them
            SubtreeStatsIndex index = new SubtreeStatsIndex(body);
            List<Element> all = body.getAllElements();
            for (int i = all.size() - 1; i > 0; i--) {
                Element el = all.get(i);
                if (el.parent() != null && Ancestors.isWithin(el, body) && random.nextInt(4) == 0) {
                    index.removing(el);
                    el.remove();
                }
            }
            for (Element el : body.getAllElements()) {
                assertSame(index.of(el), SubtreeStats.of(el), el.cssSelector());
            }
        }
    }

    @Test
    void agreesWithOneElementAtATimeOnTheStressPages() throws IOException {
        Path stress = Path.of("src/test/resources/stress");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(stress)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(20);
        for (Path page : pages) {
            assertSameAsOneAtATime(Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).body());
        }
    }

    @Test
    void answersForTheTreeAsItIsAfterARemovalItWasToldOf() {
        Element body = Jsoup.parse("<div id=a><p>Kept text, here.</p><div id=b><p>Gone <a href=\"/x\">link</a></p>"
                + "</div><div id=c><p>Also kept</p></div></div>").body();
        SubtreeStatsIndex index = new SubtreeStatsIndex(body);
        Element gone = body.selectFirst("#b");
        index.removing(gone);
        gone.remove();
        for (Element el : body.getAllElements()) {
            assertSame(index.of(el), SubtreeStats.of(el), el.cssSelector());
        }
        assertThat(index.of(body.selectFirst("#a")).linkLength).isZero();
    }
}

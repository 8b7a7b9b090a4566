package dev.newsflow.parser.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Events;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MetadataScorerTest {

    private static JsonNode json(String s) {
        return Events.mapper().readTree(s);
    }

    @Test
    void headlinesDifferingOnlyByTheSiteNameAreTheSameHeadline() {
        assertThat(MetadataScorer.sameHeadline("How to Build a Terrarium | eHow", "How to Build a Terrarium", List.of("eHow"))).isTrue();
        assertThat(MetadataScorer.sameHeadline("Friday Facts #282 | Factorio", "Friday Facts #282", List.of("Factorio.com"))).isTrue();
        assertThat(MetadataScorer.sameHeadline("How to Build a Terrarium | eHow", "How to Build a Fence", List.of("eHow"))).isFalse();
        assertThat(MetadataScorer.sameHeadline("Brexit - the aftermath", "Brexit", List.of("eHow"))).isFalse();
        // a name with a parenthesised aside on either side is still the name
        assertThat(MetadataScorer.sameHeadline("On Recent Events - Bradley M. Kuhn ( Brad ) ( bkuhn )", "On Recent Events",
                List.of("Bradley M. Kuhn (http://ebb.org/bkuhn/)"))).isTrue();
    }

    @Test
    void referenceBylinesNameThePeopleWithoutDatesRolesOrLinks() {
        assertThat(MetadataScorer.referencePeople("By Nathan Willis\n   March 25, 2015", null)).isEqualTo(Set.of("nathan", "willis"));
        assertThat(MetadataScorer.referencePeople("by Lucas Nolan22 Dec 2016651", null)).isEqualTo(Set.of("lucas", "nolan"));
        assertThat(MetadataScorer.referencePeople("By Brenda  Goodman, MA\n   WebMD Health News", null)).isEqualTo(Set.of("brenda", "goodman"));
        assertThat(MetadataScorer.referencePeople("Bradley M. Kuhn (http://ebb.org/bkuhn/)", null)).isEqualTo(Set.of("bradley", "m", "kuhn"));
        // "June" is a name here, not a month
        assertThat(MetadataScorer.referencePeople("Laura June Topolsky", null)).isEqualTo(Set.of("laura", "june", "topolsky"));
        // no person: dates only, the site itself, an organisation
        assertThat(MetadataScorer.referencePeople("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm", null)).isEmpty();
        assertThat(MetadataScorer.referencePeople("BBC News", "BBC News")).isEmpty();
        assertThat(MetadataScorer.referencePeople("Contributors to Wikimedia projects", null)).isEmpty();
        assertThat(MetadataScorer.referencePeople("Follow Author", null)).isEmpty();
    }

    @Test
    void countsExactAndFairFigures() {
        Map<String, JsonNode> truth = Map.of(
                "a", json("{\"title\": \"How to Build a Terrarium | eHow\", \"siteName\": \"eHow\", \"byline\": \"By Jane Doe\\n March 1, 2020\"}"),
                "b", json("{\"title\": \"Other story\", \"byline\": \"BBC News\", \"siteName\": \"BBC News\","
                        + " \"publishedTime\": \"2015-07-24T05:36:09+01:00\"}"));
        Map<String, JsonNode> predicted = Map.of(
                "a", json("{\"title\": \"How to Build a Terrarium\", \"byline\": \"Jane Doe\"}"),
                "b", json("{\"title\": \"Other story\", \"publishedTime\": \"2015-07-24T04:36:09Z\"}"));
        MetadataScorer.Result r = MetadataScorer.evaluate(truth, predicted);
        assertThat(r.headline().matched()).isEqualTo(1);
        assertThat(r.headline().misses()).containsExactly("a");
        assertThat(r.headline().details()).containsExactly(
                new MetadataScorer.Miss("a", "How to Build a Terrarium | eHow", "How to Build a Terrarium"));
        assertThat(r.headlineFair().matched()).isEqualTo(2);
        assertThat(r.byline().declared()).isEqualTo(2);
        assertThat(r.byline().matched()).isZero();
        assertThat(r.bylineFair().declared()).isEqualTo(1);
        assertThat(r.bylineFair().matched()).isEqualTo(1);
        assertThat(r.date().matched()).isEqualTo(1);
    }
}

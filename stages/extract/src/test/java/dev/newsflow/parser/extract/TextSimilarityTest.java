package dev.newsflow.parser.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    /** Readability's textSimilarity as first written here (split at \W+): the words without a regex must agree. */
    private static double byRegex(String a, String b) {
        Pattern nonWord = Pattern.compile("\\W+");
        List<String> wa = new ArrayList<>();
        List<String> wb = new ArrayList<>();
        for (String w : nonWord.split(a.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                wa.add(w);
            }
        }
        for (String w : nonWord.split(b.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                wb.add(w);
            }
        }
        Set<String> ta = Set.copyOf(wa);
        if (ta.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        int uniq = 0;
        int total = 0;
        for (String w : wb) {
            total += w.length() + 1;
            if (!ta.contains(w)) {
                uniq += w.length() + 1;
            }
        }
        return 1 - (double) uniq / total;
    }

    @Test
    void agreesWithSplittingAtNonWordCharacters() {
        // letters that lower-case into ASCII (dotted capital I, Kelvin sign), accents, digits, underscores, punctuation
        String[] pieces = {"Price", "price", "İ", "\u212A", "é", "Café", "2026", "_", "a_b", " ", "  ", "-", "'", ",", "\u00A0",
            "数", "\uD83D\uDE00", "rise", "RISE"};
        Random random = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            String a = randomText(random, pieces);
            String b = randomText(random, pieces);
            assertEquals(byRegex(a, b), TextSimilarity.of(a, b), () -> "for \"" + a + "\" and \"" + b + "\"");
        }
    }

    @Test
    void sharesOfTheSecondTextsWordsByLength() {
        // "é" is not a word character (as in Readability's JavaScript \W): "Café" is the word "caf", so "cafe" is new
        assertEquals(1 - 5.0 / 12, TextSimilarity.of("Café prices rise", "cafe prices"), 1e-9);
        assertEquals(1.0, TextSimilarity.of("Prices rise in town", "prices RISE"));
        assertEquals(0.0, TextSimilarity.of("Prices rise", "Snow falls"));
    }

    private static String randomText(Random random, String[] pieces) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(8);
        for (int p = 0; p < n; p++) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }
}

package dev.newsflow.parser.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article's body as the page's own JSON-LD states it ({@code articleBody}), as a boundary: where that statement
 * covers the extracted text, the content's blocks it leaves out (galleries, prices and scores, captions, promos, "read
 * also" lines, embeds) are not the article. A teaser, a truncated paywall body or a summary covers too little of the
 * extraction, or leaves out a paragraph of prose, and then changes nothing.
 *
 * <p>Blocks are compared by word n-grams, so markup, whitespace, quotation marks, dashes and case in the statement do
 * not matter: a word is a run of letters, digits and marks, split where a lower-case letter meets a capital (a statement
 * that glues a heading to the next paragraph, "BusinessesVidyard", reads as two words, and so does every "iPhone" on
 * both sides alike); in scripts written without spaces each character is a word.
 */
final class PublisherBody {

    /** Share of the extraction's word trigrams the statement must hold before it is trusted: a teaser holds far less. */
    static final double MIN_COVERAGE = 0.8;
    /** A block whose trigrams the statement holds less than this share of is one it leaves out. */
    static final double MAX_LEFT_OUT_SHARE = 0.3;
    /**
     * Most of the content's text the rule may take: a trusted statement covers {@link #MIN_COVERAGE} of the trigrams,
     * so what it leaves out is about a fifth at most; more means the blocks and the statement disagree (many short
     * blocks it lacks), and then nothing goes.
     */
    static final double MAX_REMOVED_SHARE = 0.25;
    /**
     * A paragraph of prose this long that the statement leaves out says the statement is not the whole article (a
     * truncated body that still covers most of the text, an update added after the JSON-LD was written): nothing goes.
     * Furniture is shorter: the longest block the stress tune pages' statements leave out has 74 characters. (Set
     * before the dev pages were run; engadget's verdict box, which its statement leaves out, has 246.)
     */
    static final int LONG_PROSE_CHARS = 250;
    /** An HTML tag in a statement written as HTML. */
    private static final Pattern TAG = Pattern.compile("<[^>]{0,500}>");
    private static final long UNIGRAM = 0x1L;
    private static final long BIGRAM = 0x2L;
    private static final long TRIGRAM = 0x3L;

    /**
     * Every unigram, bigram and trigram of the statement's words, hashed, sorted and without repeats: a binary search
     * answers membership without boxing each hash into a {@code Long} as a hash set of them did.
     */
    private final long[] ngrams;

    private PublisherBody(long[] ngrams) {
        this.ngrams = ngrams;
    }

    /** The statement of a page's JSON-LD ({@code articleBody}, entities decoded), or null when there is none. */
    static PublisherBody of(String articleBody) {
        if (articleBody == null || articleBody.isBlank()) {
            return null;
        }
        String text = articleBody;
        if (text.indexOf('<') >= 0) {
            // a body written as HTML: its tags part words as blocks do; entities inside it were escaped once more
            text = TAG.matcher(text).replaceAll(" ");
            if (text.indexOf('&') >= 0) {
                text = Parser.unescapeEntities(text, false);
            }
        }
        int[] words = words(text);
        if (words.length == 0) {
            return null;
        }
        long[] ngrams = new long[3 * words.length];
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            ngrams[n++] = unigram(words, i);
            if (i >= 1) {
                ngrams[n++] = bigram(words, i - 1);
            }
            if (i >= 2) {
                ngrams[n++] = trigram(words, i - 2);
            }
        }
        Arrays.sort(ngrams, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || ngrams[i] != ngrams[distinct - 1]) {
                ngrams[distinct++] = ngrams[i];
            }
        }
        return new PublisherBody(Arrays.copyOf(ngrams, distinct));
    }

    /**
     * Removes the blocks the statement leaves out, when it covers the extraction: never a block that holds an image or
     * sits in a figure (an image's, which {@link ImageCaptions} judges) or a table (statements flatten or drop tables),
     * never a heading between two blocks the statement holds (publishers drop subheadings from it), and nothing at all
     * when it covers less than {@link #MIN_COVERAGE}, leaves out a long paragraph of prose, or would take more than
     * {@link #MAX_REMOVED_SHARE} of the text. Answers the blocks left.
     */
    List<Element> removeLeftOut(Element content, List<Element> blocks, Function<Element, String> textOf) {
        int n = blocks.size();
        boolean[] leftOut = new boolean[n];
        long trigrams = 0;
        long held = 0;
        long chars = 0;
        int firstHeld = -1;
        int lastHeld = -1;
        for (int i = 0; i < n; i++) {
            String text = textOf.apply(blocks.get(i));
            chars += text.length();
            int[] words = words(text);
            if (words.length == 0) {
                continue;
            }
            boolean holds;
            if (words.length < 3) {
                // one or two words: held only as they stand together in the statement
                holds = holds(words.length == 1 ? unigram(words, 0) : bigram(words, 0));
            } else {
                int hits = 0;
                for (int w = 0; w + 2 < words.length; w++) {
                    if (holds(trigram(words, w))) {
                        hits++;
                    }
                }
                trigrams += words.length - 2;
                held += hits;
                holds = hits >= MAX_LEFT_OUT_SHARE * (words.length - 2);
            }
            leftOut[i] = !holds;
            if (holds) {
                firstHeld = firstHeld < 0 ? i : firstHeld;
                lastHeld = i;
            }
        }
        if (trigrams == 0 || held < MIN_COVERAGE * trigrams) {
            return blocks;
        }
        List<Element> gone = new ArrayList<>();
        long goneChars = 0;
        for (int i = 0; i < n; i++) {
            if (!leftOut[i]) {
                continue;
            }
            Element block = blocks.get(i);
            String text = textOf.apply(block);
            if (text.length() > LONG_PROSE_CHARS && JunkBlocks.endsSentence(text)) {
                return blocks;
            }
            if (block.selectFirst("img") != null || Ancestors.has(block, "figure", -1)
                    || Ancestors.has(block, "table", -1)
                    || (HeaderLines.isHeading(block) && i > firstHeld && i + 1 < n && !leftOut[i + 1])) {
                continue;
            }
            gone.add(block);
            goneChars += text.length();
        }
        if (gone.isEmpty() || goneChars > MAX_REMOVED_SHARE * chars) {
            return blocks;
        }
        Set<Element> removed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element block : gone) {
            JunkBlocks.removeWithEmptyParents(block, content);
            removed.add(block);
        }
        List<Element> kept = new ArrayList<>(n - gone.size());
        for (Element block : blocks) {
            if (!removed.contains(block)) {
                kept.add(block);
            }
        }
        return kept;
    }

    /**
     * A text's words, each as the hash of its lower-cased form: runs of letters, digits and marks, split where a
     * lower-case letter meets a capital; a character of a script written without spaces is a word of its own.
     */
    static int[] words(String raw) {
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        int[] out = new int[16];
        int count = 0;
        StringBuilder word = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean part = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            boolean single = part && c >= 0x0E00 && withoutSpaces(c);
            if (word.length() > 0 && (!part || single || (Character.isUpperCase(c) && Character.isLowerCase(previous)))) {
                out = add(out, count++, word);
                word.setLength(0);
            }
            if (single) {
                word.appendCodePoint(c);
                out = add(out, count++, word);
                word.setLength(0);
            } else if (part) {
                word.appendCodePoint(c);
            }
            previous = c;
        }
        if (word.length() > 0) {
            out = add(out, count++, word);
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** Thai, Lao, Myanmar, Khmer, Han, kana and other CJK letters: scripts whose words no space parts. */
    private static boolean withoutSpaces(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case THAI, LAO, MYANMAR, KHMER, HAN, HIRAGANA, KATAKANA, BOPOMOFO, YI -> true;
            default -> false;
        };
    }

    private static int[] add(int[] out, int at, StringBuilder word) {
        int[] o = at == out.length ? java.util.Arrays.copyOf(out, out.length * 2) : out;
        o[at] = word.toString().toLowerCase(Locale.ROOT).hashCode();
        return o;
    }

    private boolean holds(long ngram) {
        return Arrays.binarySearch(ngrams, ngram) >= 0;
    }

    private static long unigram(int[] w, int i) {
        return mix(UNIGRAM, w[i]);
    }

    private static long bigram(int[] w, int i) {
        return mix(mix(BIGRAM, w[i]), w[i + 1]);
    }

    private static long trigram(int[] w, int i) {
        return mix(mix(mix(TRIGRAM, w[i]), w[i + 1]), w[i + 2]);
    }

    private static long mix(long h, int word) {
        long x = (h ^ (word & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }
}

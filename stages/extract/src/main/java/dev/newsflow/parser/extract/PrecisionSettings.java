package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The switches and thresholds of the precision rules ({@link JunkBlocks}), one per rule, kept apart so that the
 * evaluation can judge each rule on its own (its leave-one-site-out cost on the dev pages, the dev blocks it removes,
 * its gain on the stress pages' check half: {@code eval extract --rules}) and choose thresholds on some sites while
 * scoring them on others.
 *
 * @param teaserLinkDensity  teaser lists: a list or a block of three or more repeated items whose text is linked above
 *                           this share is a "more from" or related-stories list, not the article; above 1: off
 * @param labelledFurniture  short blocks anywhere in the content that say what they are (share and "read more" lines,
 *                           newsletter and subscription promos, comment counts, photo credits, the outlet's standing
 *                           notices of {@link OutletNotices}: ad and player lines, tip and contact lines, donation and
 *                           membership appeals, licence and republication notes, newsletter platforms' referral and
 *                           forwarded lines, cookie and consent notices) go, and a byline set as the content's first line, or anywhere when it is
 *                           the page's declared author's ({@link AuthorLines}); never a block that holds an image;
 *                           and pull quotes that repeat the body, reader polls, galleries and author boxes
 *                           ({@link InBodyWidgets})
 * @param endMarkers         from the last block backwards, lines that say the article is over (copyright, tags,
 *                           "follow us", an author's bio, a news scheme's notice) go; and from its first heading, a
 *                           press release's boilerplate or a research story's service section (references, contacts,
 *                           citation, funding) after the text
 * @param trailingBlockChars boundary: from the last block backwards, the run of blocks that are not prose goes, up to
 *                           the last prose paragraph: blocks shorter than this without a sentence end or mostly a link
 *                           (but not a list item without a link: an article may end on a list of its own), and longer
 *                           blocks that are mostly links; 0: off
 * @param imageCaptions      a short block right after an image that credits it (or a figure's caption) is the image's
 *                           caption: it goes to the article's image and out of the body
 * @param headerLines        the lines above the article's first paragraph that are not its text (date, "updated" and
 *                           reading-time lines, bylines with roles and outlets, a place and date, "listen to this
 *                           article", share and link bars: {@link HeaderLines}) go
 * @param socialEmbeds       posts embedded from a social network by its own markup (a Twitter/X, Instagram, TikTok,
 *                           Threads, Bluesky or Reddit blockquote, a Facebook post), or left as plain text with its
 *                           signature line ({@link InBodyWidgets}): someone else's words, not the article's, however
 *                           the journalist tells of them in the prose around them
 * @param standfirst         the summary set under the headline, apart from the article's paragraphs (a standfirst,
 *                           dek or subtitle), is the article's description and not its body
 * @param publisherBody      where the page's own JSON-LD states the article's body ({@code articleBody}) and that
 *                           statement covers the extracted text, the blocks it leaves out are not the article
 * @param serviceLinks       a short block whose links all go to the outlet's services ({@link ServiceLinks}: its own
 *                           profiles and channels, its app in the stores, its subscription, newsletter, account,
 *                           donation and contact pages, its own address) is a promo or service line, whatever its
 *                           language
 */
public record PrecisionSettings(double teaserLinkDensity, boolean labelledFurniture, boolean endMarkers,
                                int trailingBlockChars, boolean imageCaptions, boolean headerLines,
                                boolean socialEmbeds, boolean standfirst, boolean publisherBody,
                                boolean serviceLinks) {

    /** Every rule off: the extraction as before these rules. */
    public static final PrecisionSettings OFF = new PrecisionSettings(1.01, false, false, 0, false, false, false, false, false, false);

    /** Every rule on: what the stress pages' tune half was built to need; {@code eval extract --precision strict}. */
    public static final PrecisionSettings STRICT = new PrecisionSettings(0.9, true, true, 80, true, true, true, true, true, true);

    /**
     * The rules in use, chosen one by one by the criterion {@link #CRITERION} from the figures {@code eval extract
     * --rules} prints (BENCHMARKS.md, "Precision rules", has them with the date and command): every rule gains on the
     * stress check half; labelled furniture, end markers, the trailing boundary and image captions each cost at most
     * 0.001 dev F1, and teaser lists cost 0.0014, taking out tables of contents, related-story and sponsor lists that the
     * reference kept, and three pages' short list items of article text (firefox-nightly-blog's bug list,
     * mozilla-1's and wikipedia-2's one-word lists). The publisher body costs 0.0002 dev F1 (engadget's gallery headings,
     * price, score, pros and cons and verdict box, and one "... contributed." credit line) and gains 0.037 on the check
     * half; the standfirst costs 0.0002 dev F1 alone, taking three pages' deks that the reference kept (ars-1,
     * citylab-1, nytimes-4). Service links cost 0.0002 dev F1 alone, taking two lines the reference kept, both
     * furniture (mozilla-1's "See what it can do for you" link to its help site, nytimes-3's newsletter promo), and
     * gain 0.013 on the check half. All on, so the same as {@link #STRICT}.
     */
    public static final PrecisionSettings DEFAULTS = STRICT;

    /** How a rule earns its place in {@link #DEFAULTS}; {@code eval extract --rules} prints it beside the figures. */
    public static final String CRITERION = "a rule is on by default when it gains on the stress pages' check half and,"
            + " on the dev pages, either its cost is at most 0.001 F1 (a fixed rule's cost there is its leave-one-site-out"
            + " cost) or the lines it removes there are junk on inspection, all but a handful named in BENCHMARKS.md"
            + " (the dev reference is Readability's output, which keeps such junk)";

    /** The names {@link #named} takes: what {@code eval extract --precision} and the parser's PARSER_PRECISION accept. */
    public static final List<String> NAMES = List.of("defaults", "strict", "off");

    /**
     * A setting by name, so the CLI and the parser service read the same words: {@code defaults} ({@link #DEFAULTS}),
     * {@code strict} ({@link #STRICT}) or {@code off} ({@link #OFF}: the extraction as before the rules, for a site
     * where they take out text they should not).
     *
     * @throws IllegalArgumentException for any other name, saying which ones there are
     */
    public static PrecisionSettings named(String name) {
        return switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case "defaults" -> DEFAULTS;
            case "strict" -> STRICT;
            case "off" -> OFF;
            default -> throw new IllegalArgumentException(
                    "the precision rules' setting must be one of " + NAMES + ", not '" + name + "'");
        };
    }

    public PrecisionSettings {
        if (teaserLinkDensity < 0 || trailingBlockChars < 0) {
            throw new IllegalArgumentException("thresholds must not be negative");
        }
    }

    /** Each rule alone, at its {@link #STRICT} setting, by name: what {@code eval extract --rules} judges. */
    public static Map<String, PrecisionSettings> eachRuleAlone() {
        Map<String, PrecisionSettings> out = new LinkedHashMap<>();
        out.put("teaser-lists", new PrecisionSettings(STRICT.teaserLinkDensity, false, false, 0, false, false, false,
                false, false, false));
        out.put("labelled-furniture", new PrecisionSettings(1.01, true, false, 0, false, false, false, false, false, false));
        out.put("end-markers", new PrecisionSettings(1.01, false, true, 0, false, false, false, false, false, false));
        out.put("trailing-boundary", new PrecisionSettings(1.01, false, false, STRICT.trailingBlockChars, false, false,
                false, false, false, false));
        out.put("image-captions", new PrecisionSettings(1.01, false, false, 0, true, false, false, false, false, false));
        out.put("header-lines", new PrecisionSettings(1.01, false, false, 0, false, true, false, false, false, false));
        out.put("social-embeds", new PrecisionSettings(1.01, false, false, 0, false, false, true, false, false, false));
        out.put("standfirst", new PrecisionSettings(1.01, false, false, 0, false, false, false, true, false, false));
        out.put("publisher-body", new PrecisionSettings(1.01, false, false, 0, false, false, false, false, true, false));
        out.put("service-links", new PrecisionSettings(1.01, false, false, 0, false, false, false, false, false, true));
        return out;
    }

    /** The candidate settings cross-validation chooses from: a few values of each threshold, the switches on and off. */
    public static List<PrecisionSettings> grid() {
        List<PrecisionSettings> out = new ArrayList<>();
        for (double ld : new double[] {0.7, 0.9, 1.01}) {
            for (int chars : new int[] {0, 80}) {
                for (boolean labelled : new boolean[] {true, false}) {
                    out.add(new PrecisionSettings(ld, labelled, labelled, chars, labelled, labelled, labelled, labelled,
                            labelled, labelled));
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "teaserLinkDensity=%s labelledFurniture=%s endMarkers=%s trailingBlockChars=%d"
                        + " imageCaptions=%s headerLines=%s socialEmbeds=%s standfirst=%s publisherBody=%s serviceLinks=%s",
                teaserLinkDensity > 1 ? "off" : String.format(Locale.ROOT, "%.2f", teaserLinkDensity),
                onOff(labelledFurniture), onOff(endMarkers), trailingBlockChars, onOff(imageCaptions), onOff(headerLines),
                onOff(socialEmbeds), onOff(standfirst), onOff(publisherBody), onOff(serviceLinks));
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}

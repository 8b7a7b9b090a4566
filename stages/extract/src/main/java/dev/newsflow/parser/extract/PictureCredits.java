package dev.newsflow.parser.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Credits for a page's pictures and videos: "Foto: Jonas Ekström", "Photo: Jane Doe/Reuters", "Kuva: Lehtikuva",
 * "Getty Images". What the body cleaning takes out as furniture ({@link JunkBlocks}) and what the author rule passes
 * over: a photographer named in a caption is not the article's author, even in an element classed "byline" (a
 * picture box's "image-box__byline"); and what ends a caption set beside a picture ({@link ImageCaptions}). One place
 * for all three, so that a credit word or an agency learnt for one is known to the others.
 */
final class PictureCredits {

    /**
     * A credit's label, in the languages read: "Photo", "Photographs", "Image credit", "Video", "Foto", "Fotografía",
     * "Bild", "Bilde", "Billede", "Kuva", "Imagen", "Immagine", "Crédit photo", "Credito fotografico", "Fotocredit". The one
     * list of credit words for the body's credit lines, the byline rule and the captions ({@link ImageCaptions}).
     */
    private static final String LABEL = "(?:photo(?:graph)?s?|images?|pictures?|illustrations?|videos?"
            + "|foto(?:s|grafie|graf[ií]as?)?|bild(?:er|e)?|billede|kuva|imagen|immagine|fotocredit"
            + "|cr[ée]dits?(?: photos?)?|credito(?: fotografico)?|crediti fotografici)(?: credits?)?";
    /**
     * A credit's label and then who: "Photo: ...", "Image credit: ...", "Credit: ...", "Photos by ...", and the same
     * labels in the other languages read ("Foto: Patrick Seeger/dpa", "Bild: Keystone", "Crédit photo : AFP", "Kuva:
     * ...", "Billede: ..."). The whole text of a short block, in any case.
     */
    private static final String LABELLED = "\\(?" + LABEL + "\\s?:.{0,120}"
            + "|\\(?(?:photo|image|picture)s? (?:by|courtesy(?: of)?) .{0,120}";
    /** A credit alone. */
    private static final Pattern LABELLED_CREDIT = Pattern.compile("(?iu)^(?:" + LABELLED + ")$");
    /** The picture agencies a credit names. */
    private static final String AGENCY = "(?:getty images|afp|ap|reuters|shutterstock|epa|alamy|ap photo|dpa|picture alliance"
            + "|keystone|ansa|efe|anp|apa|ntb|tt|ritzau scanpix|scanpix|lehtikuva|imago)";
    /**
     * A credit that ends in an agency after a slash ("Jane Doe/Getty Images", "(Photo: J. Smith/AFP)"). Kept apart from
     * {@link #LABELLED} because its open start is tried at every length up to 120 characters, so it is asked only of a
     * block with a slash in it; and only of the body's blocks: a byline "Jane Doe/AFP" names a writer and her agency.
     */
    private static final Pattern AGENCY_AFTER_SLASH = Pattern.compile("(?iu)^.{0,120}/ ?" + AGENCY + "\\)?$");
    /** An agency as a byline's only content ("Getty Images", "AFP / dpa"): a picture's credit, not a writer. */
    private static final Pattern AGENCY_ALONE = Pattern.compile("(?iu)^\\(?(?:©\\s*)?" + AGENCY + "(?:\\s*/\\s*" + AGENCY + ")*\\)?$");
    /**
     * A credit at the end of a caption: "... on Monday. Photo: Stefan Kurz/dpa", "... floors. Image: Holm Architects",
     * "... – Foto: AFP", "Photo © Ana Ruiz", or an agency after a slash ("Die Ringstraße. Stefan Kurz/dpa"). Looser than
     * a credit line of the body ({@link #isCreditLine(String)}), which must be a credit alone: a caption is asked only
     * when it already sits beside a picture, so its credit may follow the caption's own sentence, be marked by "by" or
     * "©" as well as a colon, and end in any agency of {@link #AGENCY}.
     */
    private static final Pattern CREDIT_AT_END = Pattern.compile("(?iu)(?:(?:^|[.!?)]\\s+|\\s[|–—-]\\s*|\\()" + LABEL
            + "\\s*(?:by\\s+|:\\s*|©\\s*)[^.!?]{1,80}|^.{1,150}/ ?" + AGENCY + "\\)?)$");
    /** Where a picture's credit sits. */
    private static final Evaluator IN_A_PICTURE = QueryParser.parse("figure, figcaption");

    private PictureCredits() {
    }

    /** Whether a short block of the body is a credit alone, by its label or its agency after a slash. */
    static boolean isCreditLine(String text) {
        return LABELLED_CREDIT.matcher(text).matches() || text.indexOf('/') >= 0 && AGENCY_AFTER_SLASH.matcher(text).matches();
    }

    /** Whether a caption beside a picture ends in its credit ({@link #CREDIT_AT_END}). */
    static boolean endsInCredit(String captionText) {
        return CREDIT_AT_END.matcher(captionText).find();
    }

    /** Whether a byline candidate's text is a picture's credit: a credit's label, or a picture agency alone. */
    static boolean isCredit(String bylineText) {
        String text = bylineText.strip();
        return LABELLED_CREDIT.matcher(text).matches() || AGENCY_ALONE.matcher(text).matches();
    }

    /**
     * Whether a byline element is a picture's credit rather than the article's byline: it sits in a picture's figure
     * or caption, or its text is a credit ({@link #isCredit(String)}).
     */
    static boolean isCredit(Element bylineElement) {
        return bylineElement.closest(IN_A_PICTURE) != null || isCredit(bylineElement.text());
    }
}

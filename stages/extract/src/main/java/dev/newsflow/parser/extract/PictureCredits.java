package dev.newsflow.parser.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Credits for a page's pictures and videos: "Foto: Jonas Ekström", "Photo: Jane Doe/Reuters", "Kuva: Lehtikuva",
 * "Getty Images". What the body cleaning takes out as furniture ({@link JunkBlocks}) and what the author rule passes
 * over: a photographer named in a caption is not the article's author, even in an element classed "byline" (a
 * picture box's "image-box__byline"). One place for both, so that a credit word learnt for one is known to the other.
 */
final class PictureCredits {

    /**
     * A credit's label and then who: "Photo: ...", "Image credit: ...", "Credit: ...", "Photos by ...", and the same
     * labels in the other languages read ("Foto: Patrick Seeger/dpa", "Bild: Keystone", "Crédit photo : AFP", "Kuva:
     * ...", "Billede: ..."). The whole text of a short block, in any case.
     */
    private static final String LABELLED = "\\(?(?:photo|image|picture|photograph|illustration|video)s?(?: credit)?s?:.{0,120}"
            + "|\\(?credit:.{0,120}"
            + "|\\(?(?:fotos?|bild(?:er)?|bilde|billede|kuva|fotograf[ií]as?|imagen|immagine|cr[ée]dits? photos?|cr[ée]dit photo"
            + "|credito fotografico|crediti fotografici|fotocredit)\\s?:.{0,120}"
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
     * Its agencies are the body rule's older, shorter list, not {@link #AGENCY}: widening it changes the body's output,
     * a precision change to be judged on the stress and dev pages of its own, not done with the byline rule.
     */
    private static final Pattern AGENCY_AFTER_SLASH = Pattern.compile(
            "(?iu)^.{0,120}/ ?(?:getty images|afp|ap|reuters|shutterstock|epa|alamy|ap photo)\\)?$");
    /** An agency as a byline's only content ("Getty Images", "AFP / dpa"): a picture's credit, not a writer. */
    private static final Pattern AGENCY_ALONE = Pattern.compile("(?iu)^\\(?(?:©\\s*)?" + AGENCY + "(?:\\s*/\\s*" + AGENCY + ")*\\)?$");
    /** Where a picture's credit sits. */
    private static final Evaluator IN_A_PICTURE = QueryParser.parse("figure, figcaption");

    private PictureCredits() {
    }

    /** Whether a short block of the body is a credit alone, by its label or its agency after a slash. */
    static boolean isCreditLine(String text) {
        return LABELLED_CREDIT.matcher(text).matches() || text.indexOf('/') >= 0 && AGENCY_AFTER_SLASH.matcher(text).matches();
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

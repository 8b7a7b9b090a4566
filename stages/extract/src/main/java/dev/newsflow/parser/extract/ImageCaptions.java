package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Captions and photo credits that a page sets as plain text beside an image instead of in a {@code <figcaption>}: a
 * short block right after a block that holds only an image, or a short block made of an image and elements of text,
 * when the text is set apart the way captions are (all of it in inline elements such as {@code <em>} or
 * {@code <small>}, in brackets, with a copyright sign, or ending on a credit, "Photo: ...", ".../dpa", as
 * {@link PictureCredits#endsInCredit(String)} knows them): a paragraph that merely follows a picture stays; and the
 * short text a picture's {@code <figure>} holds beside its caption (a credit in a {@code <span>}, a caption set in a
 * {@code <p>}). They are rewritten as a {@code <figure>} with a {@code <figcaption>}, the markup that says what they
 * are, so the body text leaves them out ({@link TextRenderer} skips captions) and the article's image carries them (the
 * extractor reads a figure's caption). Judged by structure only, in every language alike; the length limit keeps
 * paragraphs out.
 */
final class ImageCaptions {

    /** Longest text taken for a caption: a paragraph of the article is longer, a caption and credit rarely are. */
    static final int MAX_CAPTION_CHARS = 200;
    // parsed once: jsoup parses a selector string again at every call
    private static final Evaluator FIGURE = QueryParser.parse("figure");
    private static final Evaluator IMG = QueryParser.parse("img");

    private static final Evaluator PICTURE = QueryParser.parse("img, picture, video");
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
    /** A figure's text that is a quotation, a listing, a table or a list item: the article's text, never a caption. */
    private static final Evaluator TEXT_SET_AS_FIGURE = QueryParser.parse("blockquote, pre, table, li");
    /** Blocks inside a figure that are not its caption: a quotation or a listing set as a figure is text. */
    private static final java.util.Set<String> FIGURE_TEXT = java.util.Set.of("blockquote", "pre", "table", "tr", "li", "ul",
            "ol", "code");
    /** Inline elements a caption is set in. */
    private static final java.util.Set<String> CAPTION_STYLES = java.util.Set.of("em", "i", "small", "span", "cite", "font", "sub");

    private ImageCaptions() {
    }

    /**
     * Rewrites the caption blocks among {@code blocks} (the content's text blocks in document order; {@code inFigures}:
     * those inside a {@code <figure>}) as figures and answers the blocks that are still body text. {@code textOf} gives a block's stripped text (the caller's, cached).
     */
    static List<Element> moveIntoFigures(List<Element> blocks, java.util.Set<Element> inFigures, Function<Element, String> textOf) {
        List<Element[]> afterImage = new ArrayList<>(); // {image, caption}
        List<Element> withImage = new ArrayList<>();
        int captionText = 0;
        List<Element> inFigure = new ArrayList<>();
        for (Element block : blocks) {
            // the structure first, which rules out almost every block without reading its text
            Element figure = inFigures.contains(block) ? block.closest(FIGURE) : null;
            if (figure != null) {
                // text in a picture's figure that its own caption does not hold: a credit or a caption set in a <p>
                if (block.closest(FIGCAPTION) == null && !FIGURE_TEXT.contains(block.normalName())
                        && figure.selectFirst(PICTURE) != null && block.closest(TEXT_SET_AS_FIGURE) == null) {
                    int length = textOutsideCaptions(block).length();
                    if (length > 0 && length <= MAX_CAPTION_CHARS) {
                        captionText += length;
                        inFigure.add(block);
                    }
                }
                continue;
            }
            Element image = imageOnlyBefore(block);
            boolean beside = image == null && imageThenText(block);
            if ((image == null && !beside) || block.parent() == null || HeaderLines.isHeading(block)) {
                // a heading after a picture opens a section, it is no caption
                continue;
            }
            String text = textOf.apply(block);
            if (text.isEmpty() || text.length() > MAX_CAPTION_CHARS || !setApart(block, text)) {
                continue;
            }
            captionText += text.length();
            if (image != null) {
                afterImage.add(new Element[] {image, block});
            } else {
                withImage.add(block);
            }
        }
        if (captionText == 0) {
            return blocks;
        }
        int allText = 0;
        for (Element block : blocks) {
            allText += textOf.apply(block).length();
        }
        if (captionText * 3 > allText) {
            // a page told in captions (a photo story, a gallery with a line under each picture): they are its text
            return blocks;
        }
        java.util.Set<Element> captions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element block : inFigure) {
            if (block.normalName().equals("figure")) {
                // the figure's own text beside its image and caption: into a caption of its own
                Element caption = new Element("figcaption");
                for (Node child : new ArrayList<>(block.childNodes())) {
                    if (!(child instanceof Element el && (el.normalName().equals("figcaption") || el.selectFirst(PICTURE) != null
                            || PICTURE.matches(el, el) || TextRenderer.PARAGRAPH_BLOCKS.contains(el.normalName())))) {
                        caption.appendChild(child);
                    }
                }
                block.appendChild(caption);
            } else {
                block.tagName("figcaption");
            }
            captions.add(block);
        }
        for (Element[] pair : afterImage) {
            Element image = pair[0];
            Element block = pair[1];
            Element figure = new Element("figure");
            image.before(figure);
            figure.appendChild(image);
            block.tagName("figcaption");
            figure.appendChild(block);
            captions.add(block);
        }
        for (Element block : withImage) {
            Element caption = new Element("figcaption");
            for (Node child : new ArrayList<>(block.childNodes())) {
                if (!(child instanceof Element el && el.normalName().equals("img"))) {
                    caption.appendChild(child);
                }
            }
            block.appendChild(caption);
            block.tagName("figure");
            captions.add(block);
        }
        List<Element> kept = new ArrayList<>(blocks.size());
        for (Element block : blocks) {
            if (!captions.contains(block)) {
                kept.add(block);
            }
        }
        return kept;
    }

    /**
     * The block's previous element sibling when it is an image or a block holding an image and no text; else null.
     * Found through the previous nodes (each knows its index) rather than {@link Element#previousElementSibling()},
     * which searches the parent's children for the block and so costs a pass over them per block.
     */
    private static Element imageOnlyBefore(Element block) {
        Node node = block.previousSibling();
        while (node != null && !(node instanceof Element)) {
            node = node.previousSibling();
        }
        Element previous = (Element) node;
        if (previous == null || previous.hasText()) {
            return null;
        }
        return previous.normalName().equals("img") || previous.selectFirst(IMG) != null ? previous : null;
    }

    /** Text styled or marked as a caption: in one inline element of its own, in brackets, or with a copyright sign. */
    private static boolean setApart(Element block, String text) {
        if (text.indexOf('©') >= 0 || (text.startsWith("(") && text.endsWith(")")) || PictureCredits.endsInCredit(text)) {
            return true;
        }
        boolean inline = false;
        for (Node child : block.childNodes()) {
            if (child instanceof Element el && !el.normalName().equals("img") && el.hasText()) {
                if (!CAPTION_STYLES.contains(el.normalName())) {
                    return false;
                }
                inline = true;
            } else if (child instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return inline;
    }

    /** A block's text that no caption of its figure holds yet (a figure's own: beside its figcaption). */
    private static String textOutsideCaptions(Element block) {
        if (!block.normalName().equals("figure")) {
            return block.text().strip();
        }
        StringBuilder text = new StringBuilder();
        for (Node child : block.childNodes()) {
            if (child instanceof org.jsoup.nodes.TextNode t) {
                text.append(t.text());
            } else if (child instanceof Element el && !el.normalName().equals("figcaption")
                    && !TextRenderer.PARAGRAPH_BLOCKS.contains(el.normalName())) {
                text.append(el.text());
            }
        }
        return text.toString().strip();
    }

    /**
     * A block whose children are an image (not linked: a linked thumbnail belongs to a teaser) and then elements of
     * text, nothing else: an image with its caption (and its credit) set beside it.
     */
    private static boolean imageThenText(Element block) {
        List<Node> children = new ArrayList<>();
        for (Node child : block.childNodes()) {
            if (!(child instanceof org.jsoup.nodes.TextNode t && t.isBlank())) {
                children.add(child);
            }
        }
        if (children.size() < 2 || !(children.get(0) instanceof Element img && img.normalName().equals("img"))) {
            return false;
        }
        for (Node child : children.subList(1, children.size())) {
            if (!(child instanceof Element text && text.hasText())) {
                return false;
            }
        }
        return true;
    }
}

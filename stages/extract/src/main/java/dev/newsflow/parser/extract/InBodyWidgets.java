package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Widgets a page sets inside the article's body that neither say what they are in a label of their own nor keep a class
 * the cleaning reads (the stress pages' twelfth group):
 * <ul>
 *   <li>a post embedded from a social network whose embed code left it as plain text (no {@code twitter-tweet} or
 *   {@code instagram-media} blockquote, which {@link JunkBlocks}' social-embeds rule takes): known by its signature
 *   line, the network's own form in any language: "— Ana Lopes (@analopes) March 1, 2026" (a dash, a name, a handle in
 *   brackets, a date), or a line that ends on the handle ("A post shared by Harbour Pilots (@harbourpilots)", "Uma
 *   publicação compartilhada por ..."). The post goes with its frame: the largest element above the signature,
 *   below the content, that is still a small part of the content (the embed's {@code div} or {@code figure}); where the post's lines stand bare among the paragraphs,
 *   only the signature goes;</li>
 *   <li>a pull quote: a block set apart as a quotation or a display quote (a {@code blockquote}, {@code aside} or
 *   {@code figure} without a picture, or an element whose class names a quote) whose words all stand, in order, in another block of the
 *   body: the article's own sentence repeated for display, perhaps without its quotation marks, in capitals or
 *   shortened with an ellipsis. The copy goes, with its wrapper's attribution line; the sentence in the prose stays. A
 *   quotation the prose repeats only a part of is the article's (a letter quoted whole, then one sentence of it);</li>
 *   <li>a reader poll: a line of the poll's own (a call to vote, a link to its results, a count of votes, in seven
 *   languages) below a question and at most a few short answer lines; the question, its answers and the poll's lines
 *   go, with the poll's wrapper when it holds nothing else (a "Poll" or "Sondage" heading). A survey the story reports
 *   on (a question under a subheading, its results in a list) has no line of the poll's own and stays;</li>
 *   <li>an author box set inside the column: its title, the block's whole text ("About the author", "Über die
 *   Autorin", "À propos de l'auteure"), takes the largest frame above it that is a small part of the content (the
 *   box's bio and links). A title standing bare among the paragraphs goes alone: what follows it may be the
 *   article's.</li>
 * </ul>
 * Posts are asked under the social-embeds switch, pull quotes and polls under the labelled-furniture switch
 * ({@link PrecisionSettings}). Mutates the content.
 */
final class InBodyWidgets {

    /** Longest block that can be a post's signature line. */
    private static final int MAX_SIGNATURE_CHARS = 160;
    /**
     * A post's signature: a dash, the author's name, the handle in brackets and the date with a digit in it
     * ("— Ana Lopes (@analopes) March 1, 2026", "— Julien Marchand (@julienmarchand) 3 mars 2026"); or a short line that
     * ends on the handle ("A post shared by Name (@handle)" in any language). A sentence that names a handle goes on
     * after it, or ends with a full stop.
     */
    private static final Pattern SIGNATURE = Pattern.compile("^(?:[—–-]\\s*[^()]{1,80}\\(@[\\p{L}\\p{N}_.]{1,40}\\)\\s+\\S.{0,40}"
            + "|[^()]{1,100}\\(@[\\p{L}\\p{N}_.]{1,40}\\))$");
    /** Most of the content's text a widget's frame (a post's wrapper, a gallery's) may hold: more is the article. */
    private static final double MAX_FRAME_SHARE = 0.5;
    /** Most characters a post's wrapper holds (a long Instagram caption and its frame). */
    private static final int MAX_POST_CHARS = 1200;

    /** A class that names a display quote: "pull-quote", "wp-block-pullquote", "zitat-box", "cita-destacada". */
    private static final Pattern QUOTE_CLASS = Pattern.compile("(?i)quote|zitat|cita|pull");
    /** {@link #displayQuote}'s mark for an element with no display quote around it. */
    private static final Element NO_QUOTE = new Element("none");
    /** A picture: a display element that holds one is a figure and its caption, never a pull quote. */
    private static final Evaluator IMAGE = QueryParser.parse("img");
    /** Longest block that can be a pull quote: a display quote is a sentence or two. */
    private static final int MAX_PULL_QUOTE_CHARS = 300;
    /**
     * Fewest words a pull quote has: a shorter repeat (a speaker's name and title, "Michael Shadlen, Ph.D.", a phrase)
     * is no copy of a sentence.
     */
    private static final int MIN_PULL_QUOTE_WORDS = 5;
    /** Most characters a pull quote's wrapper may hold beside the copy: an attribution ("Tom Hendry, ferryman"). */
    private static final int MAX_ATTRIBUTION_CHARS = 60;
    /** An ellipsis where a pull quote leaves words of the sentence out. */
    private static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\.\\.|\\[…]|\\[\\.\\.\\.]|\\(…\\)|\\(\\.\\.\\.\\)");

    /** Longest block that can be a gallery's counter ("Bild 12 von 140"). */
    private static final int MAX_GALLERY_COUNTER_CHARS = 24;
    /**
     * A gallery's counter, the block's whole text: perhaps a word for a picture, the picture's number, a slash or the
     * word for "of" (English, German, the Scandinavian languages, French, Spanish, Italian, Dutch), the count.
     */
    private static final Pattern GALLERY_COUNTER = Pattern.compile(
            "(?iu)(?:\\p{L}{1,8}\\s+)?(\\d{1,3})\\s*(?:/|\\s(?:of|von|av|af|sur|de|di|van)\\s)\\s*(\\d{1,3})");
    /** Most characters a gallery's frame holds: its title, a caption, a credit, the counter. */
    private static final int MAX_GALLERY_CHARS = 400;

    /** Longest block that can be a poll's own line. */
    private static final int MAX_POLL_LINE_CHARS = 40;
    /**
     * A poll's own line, the block's whole text: a call to vote, a link to the results, a count of the votes, in English,
     * German, French, Spanish, Italian, Portuguese and Dutch. "Results" alone is not one (a sports story's heading).
     */
    private static final Pattern POLL_LINE = Pattern.compile("(?iu)^(?:"
            + "vote(?: now)?|cast your vote|submit(?: your)? vote|(?:view|see|show)(?: the)? results?"
            + "|(?:jetzt )?abstimmen|stimme abgeben|ergebnis(?:se)?(?: anzeigen| ansehen| zeigen)"
            + "|voter|je vote|(?:voir|afficher) (?:les )?résultats"
            + "|votar|vota(?: ahora| ora)?|ver (?:los |os )?resultados|vedi (?:i )?risultati"
            + "|stem(?: nu)?|bekijk (?:de )?resultaten|stemmen"
            // a count: "Total Votes: 1,482", "2.317 Stimmen", "Total de votos: 845", "1 204 votes"
            + "|(?:total(?: de)?|nombre de|anzahl der|totale) (?:votes?|votos|stimmen|voti|stemmen)\\s*:?\\s*\\d[\\d.,\\s]*"
            + "|(?:votes?|votos|stimmen|voti|stemmen)\\s*:\\s*\\d[\\d.,\\s]*"
            + "|\\d[\\d.,\\s]* (?:votes?|votos|stimmen|voti|stemmen)"
            + ")\\W{0,3}$");
    /** Most answer lines between a poll's question and its own lines. */
    private static final int MAX_ANSWERS = 8;
    /** Longest answer line ("Yes, if services stay the same No Not sure", three answers a line). */
    private static final int MAX_ANSWER_CHARS = 80;
    /** Longest question a poll asks. */
    private static final int MAX_QUESTION_CHARS = 250;
    /** What ends a poll's question, perhaps inside a closing quote. */
    private static final Pattern QUESTION_END = Pattern.compile("\\?[\"'”’»)]*$");
    /** Most characters a poll's wrapper may hold beside its question, answers and own lines (a "Poll" heading). */
    private static final int MAX_POLL_LABEL_CHARS = 30;

    /**
     * An author box's title, the block's whole text, in the languages of the stress pages and Polish: "About the
     * author", "Über die Autorin", "À propos de l'auteure", "Sobre la autora", "Over de auteur", "O autorze".
     */
    private static final Pattern AUTHOR_BOX_TITLE = Pattern.compile("(?iu)(?:about the (?:author|authors|writer|reporter)"
            + "|über (?:die autorin|den autor|die autoren|die autorinnen)|zur autorin|zum autor"
            + "|à propos de l['’] ?(?:auteur|auteure|autrice)|a propos de l['’] ?(?:auteur|auteure|autrice)"
            + "|sobre (?:el autor|la autora|los autores|o autor|a autora)|(?:sull['’] ?autore|sull['’] ?autrice|l['’]autore|l['’]autrice)"
            + "|over de (?:auteur|schrijver)|o autorze|o autorce)\\W{0,3}");
    /** Longest author box's title ("über die autorinnen:", 20). */
    private static final int MAX_AUTHOR_BOX_TITLE_CHARS = 24;
    /** Most characters an author box's frame holds: its title, a short bio, a link to the author's page. */
    private static final int MAX_AUTHOR_BOX_CHARS = 400;

    private InBodyWidgets() {
    }

    /** Longest label of a review's box. */
    private static final int MAX_REVIEW_LABEL_CHARS = 40;
    /** Longest point in a pros or cons list: a few words, not the reviewer's paragraph. */
    private static final int MAX_POINT_CHARS = 120;
    /** The labels of a review's good points and bad points, the block's whole text. */
    private static final Pattern PROS_LABEL = Pattern.compile("(?iu)(?:pros|pro|plus(?:es)?|for|likes|we like|the good"
            + "|good|positives?|strengths|vorteile|pluspunkte|ventajas|a favor|lo mejor|points? forts?|on aime|les plus"
            + "|pregi|punti di forza|voordelen|pluspunten|prós|pontos positivos)\\W{0,3}");
    private static final Pattern CONS_LABEL = Pattern.compile("(?iu)(?:cons|contra|minus(?:es)?|against|dislikes"
            + "|we don['’]t like|we do not like|the bad|bad|negatives?|weaknesses|nachteile|minuspunkte|desventajas"
            + "|inconvenientes|en contra|lo peor|points? faibles?|on n['’]aime pas|les moins|difetti|punti deboli|nadelen"
            + "|minpunten|contras|pontos negativos)\\W{0,3}");
    /** The label of a review's spec sheet, the block's whole text. */
    private static final Pattern SPECS_LABEL = Pattern.compile("(?iu)(?:(?:key |tech(?:nical)? |full )?spec(?:ification)?s?"
            + "|technische daten|datenblatt|ausstattung|ficha técnica|especificaciones(?: técnicas)?|características(?: técnicas)?"
            + "|caractéristiques(?: techniques)?|fiche technique|specifiche(?: tecniche)?|scheda tecnica|specificaties"
            + "|especificações(?: técnicas)?)\\W{0,3}");
    /** Longest quote card: a name, a ticker, a price and its change. */
    private static final int MAX_QUOTE_CARD_CHARS = 120;
    /** A signed change in per cent: "-14.00%", "(+0.05%)", "-9,34 %". */
    private static final Pattern SIGNED_CHANGE = Pattern.compile("[-+−]\\d{1,3}(?:[.,]\\d{1,2})?\\s?%");
    /** A price or a level beside it: a number with decimals, or a currency sign by a number. */
    private static final Pattern PRICE = Pattern.compile("\\d[.,]\\d{2}(?!\\s?%)|[$€£¥]\\s?\\d|\\d\\s?[$€£¥]");

    /**
     * Removes the posts left as text (when {@code posts}), the pull quotes and polls (when {@code quotesAndPolls}) from
     * the content; answers the blocks left, in order.
     */
    static List<Element> remove(Element content, List<Element> blocks, Function<Element, String> textOf,
                                boolean posts, boolean quotesAndPolls) {
        // the blocks left are listed again only after a removal: most pages have none of these widgets
        List<Element> left = blocks;
        if (posts && removePosts(content, left, textOf)) {
            left = stillIn(content, left);
        }
        if (quotesAndPolls && removePolls(content, left, textOf)) {
            left = stillIn(content, left);
        }
        if (quotesAndPolls && removeGalleries(content, left, textOf)) {
            left = stillIn(content, left);
        }
        if (quotesAndPolls && removePullQuotes(content, left, textOf)) {
            left = stillIn(content, left);
        }
        if (quotesAndPolls && removeAuthorBoxes(content, left, textOf)) {
            left = stillIn(content, left);
        }
        if (quotesAndPolls && removeReviewBoxes(content, left, textOf)) {
            left = stillIn(content, left);
        }
        if (quotesAndPolls && removeQuoteCards(content, left, textOf)) {
            left = stillIn(content, left);
        }
        return left;
    }

    /**
     * A review's boxes: the pros and cons (a list of short points under each of two labels, "Pros" and "Cons", "Vorteile"
     * and "Nachteile", "Ventajas" and "Inconvenientes", "Points forts" and "Points faibles"; both must be on the page),
     * and the spec sheet (a table of names and values under or captioned by a specs label: "Specifications", "Tech
     * specs", "Technische Daten", "Ficha técnica", "Caractéristiques"). Each label goes with its list or table. The
     * reviewer's prose under "What's good" or "What we don't like" is paragraphs, not a list of points, and stays; a
     * table of figures without a specs label stays.
     */
    private static boolean removeReviewBoxes(Element content, List<Element> blocks, Function<Element, String> textOf) {
        List<Element> pros = new ArrayList<>();
        List<Element> cons = new ArrayList<>();
        List<Element> specs = new ArrayList<>();
        for (Element block : blocks) {
            String text = textOf.apply(block);
            if (text.length() > MAX_REVIEW_LABEL_CHARS) {
                continue;
            }
            // the markup first: most short blocks have no list or table right after them
            if (pointsAfter(block) != null) {
                if (PROS_LABEL.matcher(text).matches()) {
                    pros.add(block);
                } else if (CONS_LABEL.matcher(text).matches()) {
                    cons.add(block);
                }
            } else if (specTable(block) != null && SPECS_LABEL.matcher(text).matches()) {
                specs.add(block);
            }
        }
        boolean any = false;
        if (!pros.isEmpty() && !cons.isEmpty()) {
            for (Element label : pros) {
                removeWithItsBox(content, label, pointsAfter(label));
            }
            for (Element label : cons) {
                removeWithItsBox(content, label, pointsAfter(label));
            }
            any = true;
        }
        for (Element label : specs) {
            Element table = specTable(label);
            if (table != null) {
                removeWithItsBox(content, label, table);
                any = true;
            }
        }
        return any;
    }

    private static void removeWithItsBox(Element content, Element label, Element box) {
        if (box != null) {
            JunkBlocks.removeWithEmptyParents(box, content);
        }
        JunkBlocks.removeWithEmptyParents(label, content);
    }

    /** The list of short points right after a label (its next sibling), or null. */
    private static Element pointsAfter(Element label) {
        Element list = JunkBlocks.listAfter(label);
        if (list == null) {
            return null;
        }
        for (Element item : list.children()) {
            if (item.text().length() > MAX_POINT_CHARS) {
                return null;
            }
        }
        return list;
    }

    /** The table a specs label captions or heads (the table itself, or its next sibling), when it is names and values. */
    private static Element specTable(Element label) {
        Element table = label.normalName().equals("caption") ? label.parent() : label.nextElementSibling();
        if (table != null && table.normalName().equals("tbody")) {
            table = table.parent();
        }
        if (table == null || !(table.normalName().equals("table") || table.normalName().equals("dl"))) {
            return null;
        }
        if (table.normalName().equals("table")) {
            for (Element row : table.select("tr")) {
                if (row.children().size() != 2) {
                    // a table of figures has a column per period or item
                    return null;
                }
            }
        }
        return table;
    }

    /**
     * A stock's quote card set in the text: a short block, not a sentence, that holds a signed change in per cent
     * ("-8.36 (-14.00%)", "-9,34 %") beside a price, as a market-data widget prints it. Not a table's cell (a table of
     * figures is the article's) nor a list's item (a story may list the day's moves), and never a block that ends as a
     * sentence ("Shares fell 14% (-8.36)." is prose).
     */
    private static boolean removeQuoteCards(Element content, List<Element> blocks, Function<Element, String> textOf) {
        boolean any = false;
        for (Element block : blocks) {
            String text = textOf.apply(block);
            if (text.length() > MAX_QUOTE_CARD_CHARS || text.indexOf('%') < 0 || JunkBlocks.endsSentence(text)
                    || Ancestors.has(block, "table", -1) || block.normalName().equals("tr") || HeaderLines.isHeading(block)
                    || block.normalName().equals("li")
                    || !SIGNED_CHANGE.matcher(text).find() || !PRICE.matcher(text).find()) {
                continue;
            }
            JunkBlocks.removeWithEmptyParents(block, content);
            any = true;
        }
        return any;
    }

    /** The blocks still in the content, in order. */
    private static List<Element> stillIn(Element content, List<Element> blocks) {
        List<Element> kept = new ArrayList<>(blocks.size());
        for (Element block : blocks) {
            if (Ancestors.isWithin(block, content)) {
                kept.add(block);
            }
        }
        return kept;
    }

    /** Each post's signature line, and the wrapper that holds the post when there is one ({@link #frame}). */
    private static boolean removePosts(Element content, List<Element> blocks, Function<Element, String> textOf) {
        return removeFramed(content, blocks, textOf, text -> text.length() <= MAX_SIGNATURE_CHARS
                && text.indexOf("(@") >= 0 && SIGNATURE.matcher(text).matches(), MAX_POST_CHARS);
    }

    /**
     * Each block still in the content that marks a box of furniture (a post's signature, a gallery's counter, an
     * author box's title) goes with the box's frame ({@link #frame}, at most {@code maxFrameChars}). Whether any went.
     */
    private static boolean removeFramed(Element content, List<Element> blocks, Function<Element, String> textOf,
                                        Predicate<String> marksABox, int maxFrameChars) {
        int contentChars = -1;
        for (Element block : blocks) {
            if (!marksABox.test(textOf.apply(block)) || !Ancestors.isWithin(block, content)) {
                continue;
            }
            if (contentChars < 0) {
                contentChars = content.text().length();
            }
            JunkBlocks.removeWithEmptyParents(frame(block, content, contentChars, maxFrameChars), content);
        }
        return contentChars >= 0;
    }

    /**
     * Each picture gallery set in the body, by its counter ("1 von 12", "1 of 12", "Bild 3/20": {@link #GALLERY_COUNTER}):
     * the gallery goes with its frame, the largest element above the counter, below the content, that is a small part
     * of the content and holds at most {@link #MAX_GALLERY_CHARS} (its title, the picture's caption and credit).
     */
    private static boolean removeGalleries(Element content, List<Element> blocks, Function<Element, String> textOf) {
        // a counter ends on its count: most short blocks are spared the pattern
        return removeFramed(content, blocks, textOf, text -> text.length() <= MAX_GALLERY_COUNTER_CHARS
                && !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1)) && isGalleryCounter(text),
                MAX_GALLERY_CHARS);
    }

    /**
     * Each author box set in the body, by its title ({@link #AUTHOR_BOX_TITLE}): the box goes with its frame, the largest
     * element above the title, below the content, that is a small part of the content and holds at most
     * {@link #MAX_AUTHOR_BOX_CHARS}.
     */
    private static boolean removeAuthorBoxes(Element content, List<Element> blocks, Function<Element, String> textOf) {
        return removeFramed(content, blocks, textOf, text -> text.length() <= MAX_AUTHOR_BOX_TITLE_CHARS
                && text.length() >= 8 && AUTHOR_BOX_TITLE.matcher(text).matches(), MAX_AUTHOR_BOX_CHARS);
    }

    /** Whether the text is a gallery's counter: the picture's number, a word or slash, the count (at least two). */
    private static boolean isGalleryCounter(String text) {
        var m = GALLERY_COUNTER.matcher(text);
        if (!m.matches()) {
            return false;
        }
        int at = Integer.parseInt(m.group(1));
        int of = Integer.parseInt(m.group(2));
        return at >= 1 && of >= 2 && at <= of;
    }

    /**
     * The largest element from a widget's block up, below the content, that holds at most {@code maxChars} and a small
     * part of the content: a post's frame (a {@code div} or {@code figure} the embed code left) or a gallery's, or the
     * block alone when it stands among the article's paragraphs.
     */
    private static Element frame(Element block, Element content, int contentChars, int maxChars) {
        Element frame = block;
        for (Element up = block.parent(); up != null && up != content; up = up.parent()) {
            int chars = up.text().length();
            if (chars > maxChars || chars > contentChars * MAX_FRAME_SHARE) {
                break;
            }
            frame = up;
        }
        return frame;
    }

    /**
     * Each poll: from a poll's own line ({@link #POLL_LINE}) back over at most {@link #MAX_ANSWERS} short answer lines
     * to a question; the question, the answers and the poll's lines after it go, or the wrapper that holds them all
     * when it holds little else.
     */
    private static boolean removePolls(Element content, List<Element> blocks, Function<Element, String> textOf) {
        boolean removed = false;
        for (int i = 0; i < blocks.size(); i++) {
            String text = textOf.apply(blocks.get(i));
            if (!isPollLine(text)) {
                continue;
            }
            int question = questionAbove(blocks, i, textOf);
            if (question < 0) {
                continue;
            }
            int last = i;
            while (last + 1 < blocks.size() && isPollLine(textOf.apply(blocks.get(last + 1)))) {
                last++;
            }
            List<Element> poll = blocks.subList(question, last + 1);
            int pollChars = 0;
            for (Element block : poll) {
                pollChars += textOf.apply(block).length();
            }
            Element wrapper = commonAncestor(poll.getFirst(), poll.getLast());
            if (wrapper != null && wrapper != content && Ancestors.isWithin(wrapper, content)
                    && wrapper.text().length() <= pollChars + poll.size() + MAX_POLL_LABEL_CHARS) {
                JunkBlocks.removeWithEmptyParents(wrapper, content);
            } else {
                for (Element block : poll) {
                    JunkBlocks.removeWithEmptyParents(block, content);
                }
            }
            removed = true;
            i = last;
        }
        return removed;
    }

    /**
     * A poll's own line ({@link #POLL_LINE}); the pattern is asked only of a short block that holds a stem of its words
     * (most short blocks are headings and list items that hold none).
     */
    private static boolean isPollLine(String text) {
        if (text.length() > MAX_POLL_LINE_CHARS) {
            return false;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return (lower.contains("vot") || lower.contains("stim") || lower.contains("stem") || lower.contains("result")
                || lower.contains("résultat") || lower.contains("risultat") || lower.contains("ergebnis"))
                && POLL_LINE.matcher(text).matches();
    }

    /**
     * The index of the poll's question above its own line at {@code at}: the first block above that ends with a question
     * mark, with only short answer lines (no sentence end, at least one) or other poll lines between; or -1.
     */
    private static int questionAbove(List<Element> blocks, int at, Function<Element, String> textOf) {
        int answers = 0;
        for (int j = at - 1; j >= 0 && at - j <= MAX_ANSWERS + 1; j--) {
            String text = textOf.apply(blocks.get(j));
            if (text.length() <= MAX_QUESTION_CHARS && QUESTION_END.matcher(text).find()) {
                return answers > 0 ? j : -1;
            }
            if (isPollLine(text)) {
                continue;
            }
            if (text.length() > MAX_ANSWER_CHARS || JunkBlocks.endsSentence(text)) {
                return -1;
            }
            answers++;
        }
        return -1;
    }

    /** The lowest element that holds both, or null. */
    private static Element commonAncestor(Element a, Element b) {
        Set<Element> above = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element p = a; p != null; p = p.parent()) {
            above.add(p);
        }
        for (Element p = b; p != null; p = p.parent()) {
            if (above.contains(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Each display quote ({@link #isDisplayQuote}, the outermost such element below the content) whose blocks all stand,
     * word for word, in blocks of the body outside it, but for an attribution line: the copy goes whole. A quotation
     * with more of its own (a quote the prose does not repeat, then its speaker's name) stays whole.
     */
    private static boolean removePullQuotes(Element content, List<Element> blocks, Function<Element, String> textOf) {
        // each display quote's blocks, and the other blocks; an element's outermost display quote is found once, by
        // climbing from the blocks (a select over the content would ask every inline element's class)
        java.util.Map<Element, Element> outermost = new java.util.IdentityHashMap<>();
        java.util.Map<Element, List<Element>> quotes = new java.util.LinkedHashMap<>();
        List<Element> others = new ArrayList<>();
        Set<Element> pictures = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean copyLike = false;
        for (Element block : blocks) {
            Element quote = displayQuote(block, content, outermost);
            if (quote == null) {
                others.add(block);
                continue;
            }
            if (pictures.contains(quote)) {
                continue;
            }
            List<Element> its = quotes.get(quote);
            if (its == null) {
                // a figure of a picture and its caption (the most common display element) is never a pull quote
                if (quote.selectFirst(IMAGE) != null) {
                    pictures.add(quote);
                    continue;
                }
                its = new ArrayList<>();
                quotes.put(quote, its);
            }
            its.add(block);
            copyLike |= mayBeACopy(block, textOf.apply(block));
        }
        if (!copyLike) {
            // no display quote holds a block that may be a copy: no words to compare
            return false;
        }
        List<String> otherWords = new ArrayList<>(others.size());
        for (Element block : others) {
            otherWords.add(" " + words(textOf.apply(block)) + " ");
        }
        boolean removed = false;
        for (java.util.Map.Entry<Element, List<Element>> quote : quotes.entrySet()) {
            if (isPullQuote(quote.getKey(), quote.getValue(), others, otherWords, textOf)) {
                JunkBlocks.removeWithEmptyParents(quote.getKey(), content);
                removed = true;
            }
        }
        return removed;
    }

    /** A block in a display quote that can be a copy of the body's sentence: short, with words, no image nor caption. */
    private static boolean mayBeACopy(Element block, String text) {
        return text.length() <= MAX_PULL_QUOTE_CHARS && spaces(text) >= MIN_PULL_QUOTE_WORDS - 1
                && !block.normalName().equals("figcaption") && !Ancestors.has(block, "figcaption", -1)
                && block.selectFirst(IMAGE) == null;
    }

    /** How many spaces a text holds: one fewer than its words, at most (a cheap bound before the words are read). */
    private static int spaces(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a display quote's blocks repeat the body: one of them or more does ({@link #repeatsTheBody}), in another
     * block that does not hold the quote (a block with text of its own around a nested quotation holds its words too),
     * and the rest is at most an attribution line. Never a figure's caption or a block with an image.
     */
    private static boolean isPullQuote(Element quote, List<Element> quoteBlocks, List<Element> others,
                                       List<String> otherWords, Function<Element, String> textOf) {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            if (!Ancestors.isWithin(quote, others.get(i))) {
                candidates.add(otherWords.get(i));
            }
        }
        boolean repeats = false;
        // the quote's text but the repeated blocks' (a block that holds a nested one, a blockquote around its
        // paragraph and its cite, holds the copy's words and the attribution both)
        String rest = quote.text();
        for (Element block : quoteBlocks) {
            String text = textOf.apply(block);
            if (block.normalName().equals("figcaption") || Ancestors.has(block, "figcaption", -1)
                    || block.selectFirst(IMAGE) != null) {
                return false;
            }
            if (mayBeACopy(block, text) && repeatsTheBody(text, candidates)) {
                repeats = true;
                rest = rest.replace(text, " ");
            }
        }
        String attribution = rest.strip();
        return repeats && attribution.length() <= MAX_ATTRIBUTION_CHARS
                && (attribution.isEmpty() || !JunkBlocks.endsSentence(attribution));
    }

    /**
     * The outermost display quote ({@link #isDisplayQuote}) below the content that holds the element or is it, or null;
     * remembered per element in {@code outermost} ({@link #NO_QUOTE} for none), so shared ancestors are asked once.
     */
    private static Element displayQuote(Element el, Element content, java.util.Map<Element, Element> outermost) {
        if (el == null || el == content) {
            return null;
        }
        Element known = outermost.get(el);
        if (known != null) {
            return known == NO_QUOTE ? null : known;
        }
        Element above = displayQuote(el.parent(), content, outermost);
        Element quote = above != null ? above : isDisplayQuote(el) ? el : null;
        outermost.put(el, quote == null ? NO_QUOTE : quote);
        return quote;
    }

    /** A {@code blockquote}, {@code aside} or {@code figure}, or an element whose class names a quote. */
    private static boolean isDisplayQuote(Element el) {
        String tag = el.normalName();
        if (tag.equals("blockquote") || tag.equals("aside") || tag.equals("figure")) {
            return true;
        }
        String classes = el.className();
        return !classes.isEmpty() && QUOTE_CLASS.matcher(classes).find();
    }

    /**
     * Whether every part of a quote (split at its ellipses) stands, word for word and in order, in one of the other
     * blocks, and the quote has {@link #MIN_PULL_QUOTE_WORDS} words or more.
     */
    private static boolean repeatsTheBody(String quote, List<String> prose) {
        List<String> parts = new ArrayList<>();
        int words = 0;
        for (String part : ELLIPSIS.split(quote)) {
            String w = words(part);
            if (!w.isEmpty()) {
                parts.add(" " + w + " ");
                words += w.split(" ").length;
            }
        }
        if (words < MIN_PULL_QUOTE_WORDS) {
            return false;
        }
        for (String block : prose) {
            boolean all = true;
            int from = 0;
            for (String part : parts) {
                int at = block.indexOf(part, from);
                if (at < 0) {
                    all = false;
                    break;
                }
                from = at + part.length() - 1;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** A text's words, lower-cased, one space between them. */
    static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            char ch = text.charAt(i);
            int c;
            boolean word;
            if (ch < 0x80) {
                // ASCII, most of any page's text: its letters and digits without the Unicode tables
                i++;
                c = ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch;
                word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            } else {
                c = text.codePointAt(i);
                i += Character.charCount(c);
                word = Character.isLetterOrDigit(c);
                c = Character.toLowerCase(c);
            }
            if (word) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}

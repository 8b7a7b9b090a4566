package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The author rule: people, not organisations. JSON-LD {@code author}, then the author meta tags (Dublin Core first;
 * every value of a repeated tag), microdata {@code itemprop=author}, {@code rel=author} links and finally a visible
 * byline outside other stories; never a picture's credit ({@link PictureCredits}), so the next candidate wins. Read
 * after the site, which it needs to tell the publisher from a person.
 */
final class AuthorRule {

    /** The author meta keys, strongest first, with the provenance each gives. */
    private static final String[][] META_SOURCES = {{"dc:creator", "dublin-core"}, {"dcterm:creator", "dublin-core"},
            {"author", "meta"}, {"article:author", "opengraph"}, {"parsely-author", "meta"}, {"sailthru.author", "meta"},
            {"byl", "meta"}, {"citation_author", "meta"}};
    /** Longest text of an element that is a byline rather than a block that happens to be named for its author. */
    static final int MAX_BYLINE_CHARS = 100;
    /** Parsed once: jsoup parses a selector string again at every call. */
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");
    /** An e-mail address, a telephone number or a web address: a sign-off's contact details, never a byline's. */
    private static final Pattern CONTACT = Pattern.compile(
            "(?iu)\\S+@\\S+\\.\\S+|https?://|www\\.|\\b(?:t[ée]l(?:[ée]phone)?|phone|fax|mobile?|portable)\\b\\s*[.:]?\\s*\\+?\\d");
    private static final Evaluator LINE_BREAK = QueryParser.parse("br");
    /** The parts of a newsroom's signature block that name its place, agency or date, not a person. */
    private static final Evaluator NEWSROOM_PART = QueryParser.parse(
            "[class~=(?i)signature[_-]+(?:location|place|city|agency|source|date|time)]");

    private AuthorRule() {
    }

    static void read(MetadataCandidates page, ArticleDraft d) {
        // Once a source has named the authors the weaker ones cannot change them: they are not read at all (splitting
        // bylines is costly).
        String publisher = page.jsonLd.publisher();
        set(d, "json-ld", page.jsonLd.authors(), publisher);
        for (String[] s : META_SOURCES) {
            if (d.has("authors")) {
                return;
            }
            List<String> names = new ArrayList<>();
            for (String value : page.metaValues(s[0])) {
                List<String> people = value.startsWith("http") || value.startsWith("@") ? List.of() : Bylines.split(value);
                // "Mac & i" (the site) is not a person; "Haki Benita" on hakibenita.com is
                if (!SiteNames.isSiteOrPublisher(value, d.site, publisher) || people.equals(List.of(value.strip()))) {
                    names.addAll(people);
                }
            }
            set(d, s[1], names, publisher);
        }
        if (d.has("authors")) {
            return;
        }
        List<String> micro = new ArrayList<>();
        for (Element el : page.microdataAuthors) {
            if (el.attr("itemtype").contains("Organization") || PictureCredits.isCredit(el)) {
                continue;
            }
            Element name = el.selectFirst(ITEMPROP_NAME);
            String value = name != null ? MetadataCandidates.valueOf(name) : MetadataCandidates.valueOf(el);
            micro.addAll(Bylines.split(value));
        }
        set(d, "microdata", micro, publisher);
        if (d.has("authors")) {
            return;
        }
        List<String> rel = new ArrayList<>();
        for (Element a : page.relAuthors) {
            if (!page.otherStories.contain(a) && !PictureCredits.isCredit(a)) {
                rel.addAll(Bylines.split(a.text()));
            }
        }
        set(d, "visible", rel, publisher);
        if (d.has("authors")) {
            return;
        }
        for (Element el : page.authorElements) {
            String t = el.text();
            boolean bySignature = ClassSignals.namesAuthorOnlyBySignature(el);
            if (t.isBlank() || t.length() > MAX_BYLINE_CHARS || page.otherStories.contain(el)
                    || PictureCredits.isCredit(el) || bySignature && signsForNoOne(el)) {
                continue;
            }
            List<String> names = Bylines.split(t);
            if (bySignature) {
                // a newsroom's signature names the paper ("Le Monde | 04.05.2015 à 13h36"), which set() lets through
                // when it is more than one word: a person's byline never is the site's whole name
                names.removeIf(name -> SiteNames.isSiteOrPublisher(name, d.site, publisher));
            }
            if (!names.isEmpty()) {
                set(d, "visible", names, publisher);
                break;
            }
        }
    }

    /**
     * Whether a block classed "signature" is no writer's byline: an e-mail's or a letter's sign-off, known by its
     * contact details (an e-mail or web address, a labelled telephone number) or its lines ("Jane Doe<br>Press
     * office<br>jane@example.org"), or a newsroom's line of where and from which agency ("c-signature__location": "São
     * Paulo", "c-signature__agency": "UOL", as Folha's pages set them). A newsroom by name ("La rédaction", "Le Monde")
     * is left to {@link Bylines} and to the site's name, as for any byline.
     */
    private static boolean signsForNoOne(Element signature) {
        return CONTACT.matcher(signature.text()).find() || signature.select(LINE_BREAK).size() >= 2
                || signature.is(NEWSROOM_PART) || signature.selectFirst(NEWSROOM_PART) != null;
    }

    /** Sets the authors from the first source that names a person, passing over the publisher or site itself. */
    private static void set(ArticleDraft d, String source, List<String> names, String publisher) {
        if (d.has("authors") || names.isEmpty()) {
            return;
        }
        List<String> site = new ArrayList<>();
        if (publisher != null) {
            site.add(publisher);
        }
        if (d.site != null) {
            site.add(d.site);
        }
        List<String> people = new ArrayList<>();
        for (String n : names) {
            if (!n.contains(" ") && n.codePoints().allMatch(c -> c < 0x250) && SiteNames.isNameOf(n, site)) {
                continue; // the publisher ("Spiceworks" of "Spiceworks Inc") is not an author; a blogger may be both
            }
            if (!people.contains(n)) {
                people.add(n);
            }
        }
        if (!people.isEmpty() && d.claim("authors", source)) {
            d.authors = people;
        }
    }
}

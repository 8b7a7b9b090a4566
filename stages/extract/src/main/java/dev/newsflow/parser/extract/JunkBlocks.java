package dev.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The precision rules applied once to the chosen content, after Readability's cleaning: what a page puts among or after
 * the article's paragraphs without naming it in its classes. Teaser lists (three or more repeated, mostly linked items),
 * short blocks that say what they are (share and "read more" lines, newsletter and subscription promos, comment
 * counts, photo credits, a byline set as the first line), and, where the article ends, the trailing blocks that are
 * not prose (an author's bio, a copyright or republication line, a heading with nothing under it); captions set as
 * text beside an image become the image's
 * ({@link ImageCaptions}); the summary under the headline, which becomes the article's description
 * ({@link Standfirst}); promos and service lines known by where their links go ({@link ServiceLinks}); and, where the
 * page's JSON-LD states the article's body and that statement covers the text, the blocks it leaves out
 * ({@link PublisherBody}). Each rule has its switch in {@link PrecisionSettings}. Mutates the content.
 */
final class JunkBlocks {

    /** Blocks a text line belongs to; the same as the renderer's, so a "block" here is a block in the body text. */
    private static final Set<String> BLOCKS = union(TextRenderer.PARAGRAPH_BLOCKS, TextRenderer.LINE_BLOCKS);
    /** Longest block a phrase rule judges: a longer one holds more than a label. */
    private static final int MAX_LABEL_CHARS = 200;
    /** The elements a teaser list is: a list, or a block of cards. */
    private static final Set<String> TEASER_TAGS = Set.of("ul", "ol", "div", "section");
    /** Fewest repeated items that make a teaser list. */
    private static final int MIN_TEASERS = 3;
    /** What may follow a share label: the networks it offers, after "on"/"via", a colon or a bar, or their names. */
    private static final String SHARE_TAIL = "(?:\\s*(?:on|via|auf|sur|en|su|op|no|em)\\s.{0,60}|\\s*[:|].{0,60}"
            + "|\\s+(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|reddit|pinterest|telegram|threads|bluesky)\\b.{0,60})?";
    /**
     * "Read more" and "see also" labels, in the languages of the stress pages and their neighbours. A block that starts
     * with one is furniture when it links elsewhere or is the label alone ("Read more:"), not when it is prose that
     * happens to start so ("Read more, scroll less.", a list item "Read more about insurance before you need it").
     */
    private static final Pattern READ_ALSO = Pattern.compile("(?iu)^\\[?(?:(?:read|see|learn) (?:more|also)|lees (?:ook|meer)"
            // "[Read: <a headline>]", "Learn more: <a headline>"
            + "|read(?=\\s*:)"
            // "Related: <a headline>", never prose that starts with the word ("Related charges were dropped")
            + "|related(?: (?:stories|articles|coverage|content|reading|links|posts))?(?=\\s*:)"
            + "|lesen sie (?:auch|mehr)|(?:à )?lire (?:aussi|également)|voir aussi"
            + "|lea (?:también|más)|lee también|ver también|leggi anche|vedi anche|leia também|veja também)\\b(.{0,120})$");
    /**
     * The label of a line that points to another story, in many languages, for {@link #linkToAnotherStory} when the
     * label's form does not say it (no separator after it, not in bold): "관련기사 <a>...</a>", "Baca juga <a>...</a>",
     * and "More: <a>Section</a>", whose link is not a headline; alone, or as a link's whole text, it is a "read more"
     * line too ("Veja mais", "<a>Leia mais</a>").
     */
    private static final Pattern OTHER_STORY_LABEL = Pattern.compile("(?iu)(?:also read|read (?:also|more|next)|read|more"
            + "|see also|related|recommended|baca juga|baca selengkapnya|citește și|citeste si|läs också|läs mer|lue myös"
            + "|lue lisää|olvassa el|διαβάστε επίσης|διαβάστε ακόμα|ayrıca okuyun|ilgili haber|관련기사|관련 기사"
            + "|leia também|leia mais|veja mais|veja também|saiba mais|lesen sie auch|lesen sie mehr|mehr zum thema|weiterlesen"
            + "|mehr|lire aussi|à lire aussi|lire la suite|en savoir plus|voir aussi|plus|lea también|lee también|leer más"
            + "|ver também|más|mais|leggi anche|vedi anche|lees ook|lees meer|czytaj też|czytaj także|czytaj również|czytaj więcej"
            + "|zobacz też|zobacz także|zobacz również|читайте также)\\W{0,3}");
    /** Longer than any text {@link #OTHER_STORY_LABEL} matches alone ("zobacz również", "baca selengkapnya", 17, and three marks after it). */
    private static final int MAX_OTHER_STORY_LABEL_CHARS = 24;
    /**
     * How a byline opens, case-sensitive ({@link #LEADING_BYLINE}, {@link #BYLINE_WORD}): perhaps "Posted" or
     * "Written", then the byline word of one of the languages read ("By", "Door", "Von", "Par", "Por", "Di", "Av", "Af").
     */
    private static final String BYLINE_OPENING = "(?:[Pp]osted\\s+|[Ww]ritten\\s+)?"
            + "(?:[Bb]y|BY|[Dd]oor|[Vv]on|VON|[Pp]ar|[Pp]or|[Dd]i|[Aa]v|[Aa]f)";
    /**
     * The start of a byline among the paragraphs, its byline word first (no date: that is a header line's form), so
     * that {@link #LEADING_BYLINE} is asked only of the few short blocks that start so.
     */
    private static final Pattern BYLINE_WORD = Pattern.compile(BYLINE_OPENING + "\\s+\\p{Lu}");
    /** A separator a label ends with before its link: "Also Read:", "READ |", "Baca Juga »", "Veja mais –". */
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("[:|»>–—/-]$");
    /**
     * A label that names the article's sources, not another story: "Source: <a>Annual returns 2021</a>", "Quellen:
     * ...", "Fuente: ...". The documents a story rests on are its own, however their titles read.
     */
    private static final Pattern SOURCES_LABEL = Pattern.compile("(?iu)(?:sources?|quellen?|fuentes?|fontes?|sources?"
            + "|r[ée]f[ée]rences?|referencias|referências|data|daten|datos|dados|download|documents?|dokumente?|documentos?)\\b");
    /** What may stand between the links of one "read also" line: "Also read: <a>...</a> | <a>...</a>". */
    private static final Pattern BETWEEN_LINKS = Pattern.compile("[\\s|•·,;/»–—-]*");
    /** Most links one "read also" line holds; more are a list of links, which the teaser and boundary rules judge. */
    private static final int MAX_STORY_LINKS = 3;
    /** Most words a label before a link to another story has ("Lesen Sie auch:", "À lire aussi :"). */
    private static final int MAX_LABEL_WORDS = 4;
    /**
     * A credit line set among the paragraphs: who reported, wrote or edited the story, or the agencies it draws on:
     * "Reporting by Tom Ashby; editing by Clare Moyes", "With agencies", "(Con información de agencias)", "Redacción:
     * Pablo Ortega", "Mit Material von dpa". Only a short block that is the line alone, and a name after "by" ("Reporting
     * by the agency showed ..." is prose).
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^[(\\[]?(?:"
            + "(?:additional |with additional )?(?:reporting|writing|editing|research|translation|graphics|production)"
            + " by (?-i:\\p{Lu}).{0,120}"
            + "|(?:edited|written|compiled|translated|produced) by (?-i:\\p{Lu}).{0,120}"
            + "|with (?:inputs? from|reporting from|agencies|agency inputs|wires|wire services|afp|ap|reuters|pti|ians|dpa|efe)\\b.{0,60}"
            + "|(?:con|avec|mit|com|cu|met|dengan) (?:información de |informações d[aeo]s? |material (?:von|der|aus) |des |de |d'|)"
            + "(?:agencias|agencia|agences?|agências|agencies|agenturen|dpa|afp|efe|ap|reuters|ansa|europa press)\\b.{0,60}"
            + "|(?:redacci[oó]n|edici[oó]n|rédaction|édition|edição|redação|redaktion|mitarbeit|reportagem|reporting|editing)\\s*:.{1,120}"
            // an agency alone, or two: "— AFP", "(Reuters)", "Agencies", "dpa/AFP"
            + "|[-–—]?\\s*(?:agencies|agencias|agências|agences|agenturen|afp|ap|reuters|dpa|efe|ians|pti|ani|ansa|xinhua)"
            + "(?:\\s*[/,&]\\s*(?:afp|ap|reuters|dpa|efe|ians|pti|ani|ansa|xinhua))*"
            + ")[)\\].]?$");
    /**
     * A date as a dateline writes it, with an optional weekday before and a time after: "2/26/2015 7:11 AM PST",
     * "Tuesday 15 October 2019", "Sept. 14, 2016", "22 Dec, 2016", "2019-02-15". Loose on purpose (any word stands for a
     * month): it is only read at the start of a short block that is otherwise a byline or nothing.
     */
    private static final String DATE = "(?:\\p{L}+,?\\s+)?(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}\\.?\\s+\\p{L}+\\.?,?\\s+\\d{4}"
            + "|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+\\p{Lu}{2,4})?)?";
    /**
     * A line at the start that is only a date, or two ("22 Dec, 2016 22 Dec, 2016"), perhaps said to be when the
     * article was posted or updated: "Last updated September 14, 2016".
     */
    private static final Pattern LEADING_DATE = Pattern.compile("(?iu)^(?:(?:last\\s+)?(?:updated|modified|published|posted)"
            + "(?:\\s+on)?:?\\s+)?" + DATE + "(?:\\s*[|·–—-]?\\s*" + DATE + ")?$");
    /**
     * A byline set as the article's first line: "By Sarah Lane, Education Editor", "Door Sanne Smit", "Von Julia Weber",
     * perhaps after a date or "Posted" ("Tuesday 15 October 2019 by Bradley M. Kuhn", "Posted by Andrew Hayden"): a
     * byline word and capitalised names, then at most a short role, with no sentence end. Case-sensitive on purpose,
     * so that "\\p{Lu}" means a capital ("By now the council..." is prose).
     */
    private static final Pattern LEADING_BYLINE = Pattern.compile("^(?:" + DATE + "\\s+)?" + BYLINE_OPENING
            + "\\s+\\p{Lu}[\\p{L}.'’-]*(?:(?:\\s+|\\s*,\\s*|\\s+(?:and|und|en|et|y|e|&)\\s+)(?:(?:van|von|de|der|den|da|di|del|la|le)\\s+)?"
            + "\\p{Lu}[\\p{L}.'’-]*){1,6}(?:\\s*[,|·–—-]\\s*[^.!?]{1,60})?$");
    /** What may follow a "read more" label that stands alone: a colon, an arrow. */
    private static final Pattern LABEL_ALONE = Pattern.compile("\\W{0,3}");
    /** Longest block that can be a leading byline; the first block longer than a prose paragraph's start ends the search. */
    private static final int MAX_BYLINE_CHARS = 100;
    /**
     * The heading of a box of other stories: "Most read", "Recommended for you", "Trending now", "You may also like".
     * As a heading of the article it stays ({@link #headsTheArticlesOwnText}).
     */
    private static final String TEASER_HEADING = "(?:you (?:may|might) (?:also )?like|recommended(?: for you)?"
            + "|most (?:read|popular|viewed|shared)|trending(?: now)?)\\b.{0,40}";
    private static final Pattern TEASER_HEADING_ALONE = Pattern.compile("(?iu)^(?:" + TEASER_HEADING + ")$");
    /** How many blocks after such a heading are read for the article's prose before the heading is let go. */
    private static final int MAX_BLOCKS_TO_PROSE = 5;
    /** A short block that is one of these, whole, anywhere in the content: it names itself as furniture. */
    private static final Pattern FURNITURE = Pattern.compile("(?iu)^(?:"
            // sharing
            // a share label, alone or before the networks' names: "Share your photos with us." is an invitation, not a bar
            + "share this(?: article| story| post| page)?(?:\\W.{0,60})?|share(?: (?:article|story|post|page))?" + SHARE_TAIL
            + "|(?:(?:diesen |den )?artikel teilen|teilen|partager(?: cet article| l'article)?|compartir(?: (?:esta noticia|este art[ií]culo))?"
            + "|condividi(?: questo articolo)?|deel (?:dit|het) (?:artikel|bericht)|delen|compartilhe|partilhar)" + SHARE_TAIL
            + "|tweet(?: this)?|email this(?: article| story)?"
            + "|print(?: this)?(?: article| story| page)?"
            // "read more" and teaser headings
            + "|continue reading\\b.{0,80}|read the full (?:story|article)\\b.{0,80}"
            + "|more (?:from|on|about|stories|news)\\b.{0,60}|related(?: (?:stories|articles|content|coverage|reading|links|posts))?:?"
            + "|" + TEASER_HEADING
            // newsletter and subscription promos
            + "|(?:sign up|subscribe|register)\\b.{0,150}(?:newsletter|inbox|email|subscri\\w*|free|today|now)\\W{0,3}"
            + "|(?:get|join) (?:our|the) .{0,60}newsletter\\b.{0,100}|already (?:a subscriber|have an account)\\b.{0,60}"
            + "|(?:become a (?:member|subscriber)|support (?:our|independent|quality) journalism)\\b.{0,120}"
            // a media player's or a figure's label alone, a reading time
            + "|(?:image|photo|picture|video|audio|graphic|gallery|play video|view (?:photos?|gallery|video)|watch(?: the)? video)"
            + "|\\d+ min(?:ute)?s? read"
            // comment counts
            + "|\\d[\\d,]* comments?|comments? \\(\\d+\\)|(?:view|show|read|load|leave|add|post|see) (?:all )?(?:\\d+ )?(?:comments?|a comment|replies)\\b.{0,20}"
            + "|join the (?:conversation|discussion)\\b.{0,40}"
            // (photo credits: PictureCredits, which the author rule asks too)
            // a player's caption: "WATCH: Flames rise above the warehouse", "Regardez : ...", "Sehen Sie hier: ..."
            + "|(?:watch|regardez|mira|vea|assista|guarda|bekijk|tonton|izle|katso|titta|sehen sie|schauen sie|δείτε|video|vídeo|vidéo)"
            + "(?: (?:the |la |el |o )?(?:video|vidéo|vídeo|here|live|now|hier|aqui|aquí|ici))?\\s*[:|–—].{0,150}"
            // a player's caption as a broadcaster labels it: "Media caption, The moment the roof gave way"
            + "|(?:media|video) caption\\s*[,:].{0,150}"
            + ")$");
    /**
     * {@link #FURNITURE}'s comment counts, comment prompts and "may interest you" teaser headings in the other languages
     * read: "Komentarze (7)", "12 Kommentare", "Dodaj komentarz.", "Laisser un commentaire", "Das könnte Sie auch
     * interessieren", "Te puede interesar". Kept apart so that only a block holding one of their stems
     * ({@link #namesACommentOrInterest}) is asked: every short block is.
     */
    private static final Pattern OTHER_LANGUAGES_FURNITURE = Pattern.compile("(?iu)^(?:"
            + "(?:das könnte (?:sie|dich) (?:auch |ebenfalls )?interessieren|(?:ça|cela|ceci) (?:pourrait|peut) (?:aussi |également )?vous intéresser"
            + "|(?:también )?(?:te|le) (?:puede|podría) interesar|(?:ti )?potrebbe (?:anche )?interessarti|(?:dit )?vind je misschien ook interessant"
            + "|(?:você )?(?:também )?pode (?:se )?interessar|może cię (?:też |także |również )?zainteresować)\\W{0,3}"
            + "|(?:kommentare?|kommentarer|commentaires?|comentarios?|commenti|reacties|comentários|komentarze?|komentarzy)\\s*\\(\\d+\\)"
            + "|\\d[\\d.,]* (?:kommentare?|kommentarer|commentaires?|comentarios?|commenti|reacties|comentários|komentarze?|komentarzy)"
            + "|(?:kommentar (?:schreiben|verfassen|abgeben)|(?:ajouter|laisser|écrire|rédiger) un commentaire|(?:añadir|añade|dejar|deja|escribe|escribir) (?:un )?comentario"
            + "|(?:aggiungi|lascia|scrivi) un commento|(?:schrijf|plaats) een reactie|(?:deixe|adicione|escreva) (?:um |seu )?comentário"
            + "|(?:dodaj|napisz) komentarz|skomentuj)\\b.{0,60}"
            + ")$");
    /**
     * The invitation of a promo in the outlet's own voice, which {@link #OWN_PRODUCT} must find too: an invitation (sign up, download, join, follow, get, receive, in the languages of
     * the stress pages) and "our" before the product it offers (newsletter, briefing, app, podcast, WhatsApp channel,
     * alerts): "Get our free app for breaking news alerts", "Téléchargez notre application", "Folgen Sie unserem
     * WhatsApp-Kanal". An article says "the app" or "its newsletter"; only the outlet says "our newsletter" to its reader.
     * Found anywhere in a short block without a quotation (a quoted spokesperson may say "our app").
     */
    private static final Pattern INVITATION = Pattern.compile("(?iu)\\b(?:sign(?:ing)? up|subscribe|download|install|join|follow"
            + "|get|receive|listen|want|abonn|inscri|recev|télécharg|telecharg|rejoi|suiv|herunterlad|lade|abonnier|folg|meld|erhalt|hol"
            + "|suscr[ií]b|descarg|recib|únete|unete|sigue|iscriv|scaric|ricev|segui|unisciti|downloaden|volg|ontvang|abonneer"
            + "|assin|baix|receb|siga)");
    /** "Our" before an outlet's product, for {@link #INVITATION}: "our free app", "notre chaîne WhatsApp". */
    private static final Pattern OWN_PRODUCT = Pattern.compile("(?iu)\\b(?:our|unser(?:e[mnrs]?)?|notre|nos|nuestr[oa]s?|nostr[aeio]|onze|noss[oa]s?)\\s+(?:[\\p{L}-]+\\s+){0,2}"
            + "(?:newsletter|briefing|app\\b|apps\\b|application|aplicaci[oó]n|applicazione|aplicativo|podcast|whatsapp|telegram"
            + "|alert|push|bolet[ií]n|nieuwsbrief|cha[iî]ne|canal|canale|kanal|channel|inbox|e-?mail|notification)");
    /** Quotation marks: a promo, a notice ({@link OutletNotices}) or a byline ({@link AuthorLines}) is not a quotation. */
    static final Pattern QUOTATION = Pattern.compile("[“”„«»\"]");
    /**
     * A press release's boilerplate after its news, each section under its heading: "About Acme", forward-looking
     * statements, media contacts, in the languages of the stress pages and their neighbours. The heading and all that
     * follows it go ({@link #cutPressReleaseBoilerplate}).
     */
    private static final Pattern BOILERPLATE_HEADING = Pattern.compile("(?u)^(?:"
            + "(?:About|ABOUT|Über|ÜBER|À propos d[e'’]|A propos d[e'’]|Acerca de|Sobre|Informazioni su|Chi è) (?:the |die |der |das |la |le |el |l[’'])?\\p{Lu}[^.!?]{0,60}"
            + "|(?iu:forward[- ]looking statements?|cautionary (?:note|statement)s?(?: regarding forward[- ]looking statements?)?"
            + "|safe harbou?r statement|zukunftsgerichtete aussagen|zukunftsbezogene aussagen|déclarations prospectives"
            + "|declaraciones (?:prospectivas|sobre el futuro)|dichiarazioni previsionali|toekomstgerichte verklaringen"
            + "|(?:media|press|investor|investors)(?: and (?:media|investor|analyst))? (?:contacts?|relations|inquiries|enquiries)"
            + "|(?:presse|medien)kontakte?|kontakt für (?:medien|presse|journalisten)|contacts? (?:presse|médias?)"
            + "|contactos? (?:de prensa|para medios|con los medios)|contatt[oi] stampa|perscontact|contato(?: para| de)? imprensa)"
            + ")\\W{0,3}$");
    /** The first words of {@link #BOILERPLATE_HEADING}'s headings: most blocks fail it at their first letters. */
    private static final Pattern BOILERPLATE_START = Pattern.compile("(?iu)(?:about|über|à propos|a propos|acerca|sobre"
            + "|informazioni|chi è|forward|cautionary|safe harbo|zukunfts|déclarations|declaraciones|dichiarazioni|toekomst"
            + "|media|press|investor|medien|kontakt|contact|contatt|perscontact|contato)");
    /**
     * The labels of a research story's service section, set after its text by science-news services and university
     * press offices: where to read more, the paper, the journal, how to cite the story, its funding, whom to ask, in
     * the languages of the stress pages and Polish. "Source(s)" is not one: the documents a story rests on are its own
     * ({@link #SOURCES_LABEL}). Unlike a press release's headings, these labels are everyday words, so a section they
     * open goes only when it is all service lines ({@link #serviceSectionFrom}).
     */
    private static final String SERVICE_LABELS = "(?:more|further|additional) information|for more information"
            + "|journal (?:information|references?)|original (?:publication|paper|article|study)|references?|bibliography"
            + "|citation|cite this (?:article|story|page)|how to cite|funding|financial support|(?:scientific|expert|research) contacts?"
            + "|contacts?|media contacts?"
            + "|weitere informationen|mehr informationen|weiterführende informationen|originalpublikation|originalveröffentlichung"
            + "|originalarbeit|originalstudie|publikation|literatur|zitiervorschlag|förderung|finanzierung"
            + "|wissenschaftliche (?:ansprechpartner(?:in|innen)?|kontakte?)|ansprechpartner(?:in|innen)?|kontakt"
            + "|plus d['’]informations?|pour en savoir plus|informations complémentaires|publication originale|références?"
            + "|bibliographie|financement|contacts? scientifiques?"
            + "|más información|para más información|publicación original|referencias?|bibliografía|financiación|financiamiento"
            + "|contacto|maggiori informazioni|ulteriori informazioni|per saperne di più|pubblicazione originale|riferimenti"
            + "|riferimento bibliografico|bibliografia|finanziamento|contatti|meer informatie|oorspronkelijke publicatie|publicatie"
            + "|referenties?|literatuur|financiering|mais informações|publicação original|referências?|financiamento|contato"
            + "|więcej informacji|publikacja|bibliografia|finansowanie";
    /** A service section's label set as a heading: the label alone, perhaps with its colon ("Originalpublikation:"). */
    private static final Pattern SERVICE_HEADING = Pattern.compile("(?iu)(?:" + SERVICE_LABELS + ")\\s*:?");
    /**
     * A line of a service section: its label and a colon before the line's own text ("Citation: ... retrieved ...
     * from", "Journal information: ..."), or the partner that provided the story ("Provided by University of X").
     */
    private static final Pattern SERVICE_LINE = Pattern.compile("(?iu)^(?:(?:" + SERVICE_LABELS + ")\\s*:"
            + "|provided by|bereitgestellt von|fourni par|proporcionado por|fornito da)\\s");
    /**
     * What a service section's other lines hold: a DOI, a web address, an e-mail address, a telephone number; or a
     * notice of its own: a copyright notice or the research's funding ("The study was funded by ...", "Die Studie wurde
     * von der DFG ... gefördert").
     */
    private static final Pattern SERVICE_CONTENT = Pattern.compile("(?iu)\\bdoi\\s*:|\\b10\\.\\d{4,}/|https?://|www\\.|[\\w.+-]+@[\\w-]+\\.\\w"
            + "|\\+?\\d[\\d ()/-]{7,}\\d|subject to copyright|all rights reserved|©"
            + "|\\b(?:funded|supported|financed) by\\b|\\bgefördert\\b|\\bfinanc[ée]e? par\\b|\\bfinanciad[oa] por\\b|\\bfinanziat[oa] da\\b"
            + "|\\bgefinancierd door\\b|\\bfinanciad[oa] pel[oa]\\b|\\bfinansowan[yea]\\b|förderkennzeichen|grant (?:no|number)");
    /**
     * A block that opens with one of {@link #SERVICE_LABELS}: only such a block is asked how it is set (a walk of its
     * elements), since most blocks after the story's first 40 % are its paragraphs.
     */
    private static final Pattern SERVICE_OPENING = Pattern.compile("(?iu)(?:" + SERVICE_LABELS + ")\\b");
    // parsed once: jsoup parses a selector string again at every call
    /**
     * A post embedded from a social network, by the markup the network's embed code writes: someone else's words set in
     * the article, which its prose may tell of but does not hold. The quotations first ({@link #isSocialEmbed} asks
     * only blockquotes), then Facebook's blocks (only divs with an "fb-" class).
     */
    private static final org.jsoup.select.Evaluator SOCIAL_QUOTE = org.jsoup.select.QueryParser.parse(
            "blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed,"
            + " blockquote.text-post-media, blockquote.bluesky-embed, blockquote.reddit-embed-bq, blockquote.mastodon-embed,"
            // the same embed once its script's class is gone: a quotation that links to the post it quotes
            + " blockquote:has(a[href~=(?:twitter|x)\\.com/[^/]+/status/|instagram\\.com/(?:p|reel)/|tiktok\\.com/@[^/]+/video/])");
    private static final org.jsoup.select.Evaluator FACEBOOK_EMBED = org.jsoup.select.QueryParser.parse(
            ".fb-post, .fb-video, .fb-comment-embed");
    private static final org.jsoup.select.Evaluator LINK = org.jsoup.select.QueryParser.parse("a[href]");
    private static final org.jsoup.select.Evaluator BOLD = org.jsoup.select.QueryParser.parse("b, strong");
    private static final org.jsoup.select.Evaluator LINE_BREAK = org.jsoup.select.QueryParser.parse("br");
    /** Share of the content's text a press release's news must hold before its boilerplate may start. */
    private static final double BOILERPLATE_AFTER_SHARE = 0.4;
    /** Where the article has ended: a copyright or "follow us" line, tags, an author's bio after the last paragraph. */
    private static final Pattern AFTER_THE_END = Pattern.compile("(?iu)^(?:(?:©|copyright|\\(c\\))\\s.{0,200}|.{0,200}all rights reserved\\W{0,3}"
            + "|follow (?:us|@?\\w+(?: \\w+)?) on (?:twitter|facebook|instagram|x|linkedin|threads|bluesky)\\b.{0,120}"
            + "|(?:tags|topics|filed under|categories):.{0,200}"
            // a wire's source line under a press release: "SOURCE Acme Corp" (capitals: "Source of the leak ..." is prose)
            + "|(?-i:SOURCE) \\p{Lu}.{0,80}"
            // a republication note: "This article is republished from The Conversation under a Creative Commons license."
            + "|this (?:article|story|post|piece) (?:is|was|has been) (?:republished|originally published|first published"
            + "|published in partnership|produced in partnership)\\b.{0,300}"
            // "This article originally appeared on …", "This story was reprinted in …", and the print edition's note:
            // "A version of this article appears in print on …, on Page A22 of the New York edition …"
            + "|this (?:article|story|post|piece) (?:(?:originally |first )?appeared|(?:was|has been) reprinted) (?:on|in|at|by|with)\\b.{0,300}"
            + "|an? (?:version|edition) of this (?:article|story|review|column|piece) (?:appears|appeared|was published|ran) in print\\b.{0,300}"
            // the news scheme or agency that supplied the story, describing itself: "The Local Democracy Reporting Service
            // is a public service news agency funded by ...", "X is a nonprofit news service that ..."; a name, then what
            // it is, and a news agency's or reporting scheme's name for it (a charity or a company in the story is none)
            + "|(?:the )?(?-i:\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,6}) (?:is|are) (?:an?|the) (?:[\\p{L}-]+ ){0,5}"
            + "(?:news agency|news service|newswire|wire service|news partnership|reporting (?:service|scheme|partnership|initiative|project)"
            + "|journalism (?:partnership|initiative|project|programme|program|scheme))\\b.{0,300}"
            + "|\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3} (?:is|was) an? (?:[\\p{L}-]+ ){0,4}(?:reporter|writer|correspondent|editor|journalist"
            + "|contributor|columnist|author|producer|critic)\\b.{0,300}"
            // "Jane Doe covers education for the Echo.": a bio names its beat and its paper, not the story
            + "|\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3} (?:covers|writes about|writes for|reports on|reports for) .{0,120}"
            + "\\b(?:for|at) (?:the )?\\p{Lu}.{0,300}"
            // "Dan Brooks has covered local government in Riverside since 2011.": a career told in the perfect
            + "|\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){1,3} has (?:covered|reported on|reported for|written about|written for"
            + "|been (?:covering|reporting|writing)) .{0,120}\\bsince (?:\\d{4}|the \\d{4}s)\\b.{0,300}"
            // the same bio in other languages, in the present tense and naming a journalist's role within four words:
            // "Lena Hartmann ist Redakteurin im Ressort Wirtschaft ...", "Marco Bellini è giornalista del ...", "Sanne de
            // Wit is verslaggever bij ..." ("Sabine Krüger ist Bürgermeisterin ..." is the story's)
            + "|(?-i:\\p{Lu}[\\p{L}.'’-]+(?:\\s+(?:(?:de|van|von|da|di|del|della|la|le|der|den|dos|das|du|ten|ter)\\s+)?\\p{Lu}[\\p{L}.'’-]+){1,3})"
            + "\\s+(?:ist|est|es|è|is|é|jest|är)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:redakteurin|redakteur|reporterin|korrespondentin|korrespondent"
            + "|journalistin|kolumnistin|kolumnist|volontärin|volontär|journaliste|rédactrice|rédacteur|correspondante|correspondant"
            + "|chroniqueuse|chroniqueur|periodista|redactora|redactor|corresponsal|reportera|reportero|columnista|giornalista"
            + "|redattrice|redattore|corrispondente|inviata|inviato|verslaggever|verslaggeefster|redacteur|correspondent|columnist"
            + "|jornalista|repórter|redatora|redator|correspondente|colunista|dziennikarka|dziennikarz|reporterka|redaktorka"
            + "|redaktor|korespondentka|korespondent|redaktör|reporter|journalist)\\b.{0,300}"
            + ")$");
    /** What ends a sentence (Latin or CJK stops), possibly inside closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;。！？][\"'”’」』)\\]）]*$");

    private final PrecisionSettings settings;
    /** The article's body as the page's JSON-LD states it, or null ({@link PublisherBody}). */
    private final String statedBody;
    /** The outlet's services, by which its promos and service lines are known ({@link ServiceLinks}), or null. */
    private final ServiceLinks serviceLinks;
    /** Bylines known by the page's declared author, asked with the labelled furniture; null when none is declared. */
    private final AuthorLines authorLines;

    JunkBlocks(PrecisionSettings settings) {
        this(settings, null, null, null);
    }

    /**
     * @param statedBody   the page's JSON-LD {@code articleBody}, read when {@link PrecisionSettings#publisherBody} is on
     * @param serviceLinks the page's outlet, when {@link PrecisionSettings#serviceLinks} is on
     * @param authorLines  the page's declared authors, for the labelled furniture's bylines; or null
     */
    JunkBlocks(PrecisionSettings settings, String statedBody, ServiceLinks serviceLinks, AuthorLines authorLines) {
        this.settings = settings;
        this.statedBody = statedBody;
        this.serviceLinks = serviceLinks;
        this.authorLines = authorLines;
    }

    /**
     * Removes the junk from the content in place. {@code description}: the page's declared description, or null.
     * Answers the standfirst it removed ({@link Standfirst}), the article's description, or null.
     */
    String clean(Element content, String description) {
        if (settings.teaserLinkDensity() <= 1) {
            removeTeaserLists(content, countText(content));
        }
        if (!settings.labelledFurniture() && !settings.endMarkers() && settings.trailingBlockChars() == 0
                && !settings.imageCaptions() && !settings.headerLines() && !settings.socialEmbeds()
                && !settings.standfirst() && !(settings.publisherBody() && statedBody != null) && serviceLinks == null) {
            return null;
        }
        java.util.Set<Element> inFigures = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        // the social embeds are found by the blocks' walk (one walk fewer), which leaves their blocks out
        List<Element> embeds = settings.socialEmbeds() ? new ArrayList<>() : null;
        List<Element> blocks = textBlocks(content, inFigures, embeds);
        if (embeds != null) {
            embeds.forEach(Element::remove);
        }
        // a block's text, read once for all the rules (moving a caption into a figure changes no block's text)
        Map<Element, String> texts = new IdentityHashMap<>();
        java.util.function.Function<Element, String> textOf = b -> texts.computeIfAbsent(b, k -> k.text().strip());
        if (settings.imageCaptions()) {
            blocks = ImageCaptions.moveIntoFigures(blocks, inFigures, textOf);
        }
        if (settings.headerLines()) {
            blocks = removeHeaderLines(content, blocks, textOf);
        }
        String standfirst = null;
        if (settings.standfirst()) {
            Element found = Standfirst.find(blocks, textOf, description);
            if (found != null) {
                if (blocks.contains(found)) {
                    // a box of key points is no block of its own, and no description of the article
                    standfirst = textOf.apply(found);
                }
                removeWithEmptyParents(found, content);
                blocks.removeIf(b -> Ancestors.isWithin(b, found));
            }
        }
        if (settings.labelledFurniture()) {
            List<Element> kept = new ArrayList<>(blocks.size());
            boolean beforeProse = true;
            // a live blog's entries are looked for only where a block shows a time of day (most pages have none)
            boolean entries = LiveBlogEntries.mayHoldEntries(blocks, textOf);
            // whether a "read also" label took the list of headlines under it, whose items are blocks still listed
            boolean tookAList = false;
            for (int i = 0; i < blocks.size(); i++) {
                Element block = blocks.get(i);
                if (tookAList && !Ancestors.isWithin(block, content)) {
                    continue;
                }
                String text = textOf.apply(block);
                if (entries && LiveBlogEntries.removeAuthorBesideTime(block, text)) {
                    texts.remove(block);
                    text = textOf.apply(block);
                }
                if (entries && LiveBlogEntries.isEntryLabel(block, text)) {
                    removeWithEmptyParents(block, content);
                    continue;
                }
                if (beforeProse && text.length() <= MAX_BYLINE_CHARS
                        && (LEADING_BYLINE.matcher(text).matches() || LEADING_DATE.matcher(text).matches())
                        && !holdsAnImage(block)) {
                    removeWithEmptyParents(block, content);
                    continue;
                }
                beforeProse &= text.length() <= MAX_BYLINE_CHARS;
                if ((text.length() <= MAX_LABEL_CHARS && (isFurniture(text) && !headsTheArticlesOwnText(blocks, i, textOf)
                        || readAlso(block, text)
                        || ownPromo(text) || CREDIT_LINE.matcher(text).matches()
                        || bylineAmongParagraphs(block, text, kept.isEmpty() ? null : kept.getLast(), textOf)
                        || linkToAnotherStory(block, text) || labelAlone(text)) || OutletNotices.is(text)
                        || ((OutletNotices.isAdLabel(text) || OutletNotices.isLabelledAd(text))
                        && !HeaderLines.isHeading(block)))
                        && !holdsAnImage(block)) {
                    Element headlines = labelAlone(text) ? headlinesAfter(block) : null;
                    removeWithEmptyParents(block, content);
                    if (headlines != null) {
                        removeWithEmptyParents(headlines, content);
                        tookAList = true;
                    }
                } else {
                    kept.add(block);
                }
            }
            blocks = entries ? LiveBlogEntries.removeControls(content, kept, textOf) : kept;
        }
        if (settings.socialEmbeds() || settings.labelledFurniture()) {
            // posts left as text, pull quotes, polls: widgets known by their form, not by a label of their own
            blocks = InBodyWidgets.remove(content, blocks, textOf, settings.socialEmbeds(), settings.labelledFurniture());
        }
        if (serviceLinks != null) {
            blocks = serviceLinks.remove(content, blocks, textOf);
        }
        if (settings.endMarkers()) {
            blocks = cutPressReleaseBoilerplate(content, blocks, textOf);
        }
        PublisherBody stated = settings.publisherBody() ? PublisherBody.of(statedBody) : null;
        if (stated != null) {
            blocks = stated.removeLeftOut(content, blocks, textOf);
        }
        if (settings.labelledFurniture() && authorLines != null) {
            // after the press-release and publisher-body cuts, which a contact line ("Media contact:<br>Dana Reyes")
            // may open: taken first, it would leave the boilerplate after it in the body
            blocks = removeAuthorLines(content, blocks, textOf);
        }
        trimAfterTheEnd(content, blocks);
        return standfirst;
    }

    /**
     * The header lines above the article's first paragraph of prose ({@link HeaderLines}): from the first block on, each
     * header line goes; headings, kickers and images between them are passed over; the first block of prose ends the
     * search. Never a block that holds an image, nor a table's row (a table of figures may open an article).
     */
    private static List<Element> removeHeaderLines(Element content, List<Element> blocks,
                                                   java.util.function.Function<Element, String> textOf) {
        List<Element> kept = new ArrayList<>(blocks.size());
        boolean aboveTheText = true;
        for (Element block : blocks) {
            if (aboveTheText) {
                String text = textOf.apply(block);
                if (!holdsAnImage(block) && !Ancestors.has(block, "table", -1)
                        && HeaderLines.isHeaderLine(block, text)) {
                    removeWithEmptyParents(block, content);
                    continue;
                }
                aboveTheText = !HeaderLines.isProse(text);
            }
            kept.add(block);
        }
        return kept;
    }

    /**
     * A short block that names itself as furniture ({@link #FURNITURE}, {@link #OTHER_LANGUAGES_FURNITURE}) or is a
     * picture's credit ({@link PictureCredits}).
     */
    private static boolean isFurniture(String text) {
        return FURNITURE.matcher(text).matches() || PictureCredits.isCreditLine(text)
                || namesACommentOrInterest(text) && OTHER_LANGUAGES_FURNITURE.matcher(text).matches();
    }

    /**
     * Whether the block at {@code index} is a heading of the article that merely reads like a box's ("Most read" over
     * the library's list of its most borrowed books): a {@link #TEASER_HEADING} set as a heading among the article's
     * blocks, whose next blocks are its siblings and hold no link until a paragraph of prose comes. A box of other
     * stories lists links under its heading, in a container of its own: once an earlier rule has taken the links,
     * the heading is left alone in the box, and the prose after it is not the heading's.
     */
    private static boolean headsTheArticlesOwnText(List<Element> blocks, int index,
                                                   java.util.function.Function<Element, String> textOf) {
        Element heading = blocks.get(index);
        if (!HeaderLines.isHeading(heading) || !TEASER_HEADING_ALONE.matcher(textOf.apply(heading)).matches()) {
            return false;
        }
        for (int i = index + 1; i < blocks.size() && i <= index + MAX_BLOCKS_TO_PROSE; i++) {
            Element next = blocks.get(i);
            if (next.parent() != heading.parent() || next.selectFirst(LINK) != null || HeaderLines.isHeading(next)) {
                return false;
            }
            if (HeaderLines.isProse(textOf.apply(next))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds a stem every {@link #OTHER_LANGUAGES_FURNITURE} wording holds, past its first letter so
     * that case does not matter: "(k)omment", "(c)oment", "(r)eactie", "(i)nteres", "(i)ntéres". A plain substring search.
     */
    private static boolean namesACommentOrInterest(String text) {
        return text.contains("omment") || text.contains("oment") || text.contains("eactie") || text.contains("nteres")
                || text.contains("ntéres");
    }

    /** An outlet's promo for its own newsletter, app or channel ({@link #INVITATION}, {@link #OWN_PRODUCT}). */
    private static boolean ownPromo(String text) {
        return ownProduct(text) && INVITATION.matcher(text).find() && !QUOTATION.matcher(text).find();
    }

    /**
     * Whether {@link #OWN_PRODUCT} starts at a word of the text. Tried only where a word starts with the first letter of
     * one of its possessives (o, u, n): most blocks are asked, and an unanchored search would try every position.
     */
    private static boolean ownProduct(String text) {
        Matcher m = null;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if ((c == 'o' || c == 'u' || c == 'n') && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                if (m == null) {
                    m = OWN_PRODUCT.matcher(text);
                }
                if (m.region(i, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A press release's boilerplate: from the first heading of one of its sections ({@link #BOILERPLATE_HEADING}: a
     * heading element, a line set in bold, or a label ending in a colon) that comes after the news (at least
     * {@link #BOILERPLATE_AFTER_SHARE} of the text before it), every block to the end goes. The share keeps an article's
     * early "About the study" alone; the heading's form keeps prose that starts with "About". A research story's service
     * section ({@link #serviceSectionFrom}) is cut the same way, from its first label.
     */
    private static List<Element> cutPressReleaseBoilerplate(Element content, List<Element> blocks,
                                                            java.util.function.Function<Element, String> textOf) {
        int all = 0;
        for (Element block : blocks) {
            all += textOf.apply(block).length();
        }
        int before = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Element block = blocks.get(i);
            String text = textOf.apply(block);
            if (i > 0 && before >= all * BOILERPLATE_AFTER_SHARE && ((BOILERPLATE_START.matcher(text).lookingAt()
                    && setAsHeading(block, text) && BOILERPLATE_HEADING.matcher(firstLine(block, text)).matches())
                    || serviceSectionFrom(blocks, i, textOf))) {
                for (Element rest : blocks.subList(i, blocks.size())) {
                    removeWithEmptyParents(rest, content);
                }
                return new ArrayList<>(blocks.subList(0, i));
            }
            before += text.length();
        }
        return blocks;
    }

    /**
     * Whether a research story's service section starts at block {@code at}: the block is set as one of its labels
     * ({@link #SERVICE_HEADING}: a heading, a bold line, a first line ending in a colon, or a bold label with a colon
     * opening the block: "<strong>More information:</strong> A. Okonjo et al, ... DOI: ..."), and it and every block
     * after it are service lines ({@link #serviceLine}). Label, position (after the story's text, which the caller
     * asks) and shape together: "More information about the vaccine's safety will come from a trial ..." has no
     * colon after the label, and a "Contact:" line with the article's paragraphs after it is the article's.
     */
    private static boolean serviceSectionFrom(List<Element> blocks, int at,
                                              java.util.function.Function<Element, String> textOf) {
        Element block = blocks.get(at);
        String text = textOf.apply(block);
        if (!SERVICE_OPENING.matcher(text).lookingAt()) {
            return false;
        }
        String label = setAsHeading(block, text) ? firstLine(block, text) : leadingBoldLabel(block);
        if (label == null || !SERVICE_HEADING.matcher(label).matches()) {
            return false;
        }
        for (int i = at + 1; i < blocks.size(); i++) {
            if (!serviceLine(blocks.get(i), textOf.apply(blocks.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line of a service section: opened by one of its labels ({@link #SERVICE_LINE}) or set as one, holding a
     * reference's or a contact's parts or a notice of its own ({@link #SERVICE_CONTENT}), or a short line that is no
     * sentence (a name, an affiliation, a journal's title). A paragraph of the story is none of these.
     */
    private static boolean serviceLine(Element block, String text) {
        return (text.length() <= HeaderLines.MAX_HEADER_LINE_CHARS && !endsSentence(text))
                || SERVICE_LINE.matcher(text).lookingAt() || SERVICE_CONTENT.matcher(text).find()
                || (setAsHeading(block, text) && SERVICE_HEADING.matcher(firstLine(block, text)).matches());
    }

    /**
     * The bold label a block opens with, without its colon, when a colon ends it or follows it ("<b>Citation</b>: ...",
     * "<strong>More information:</strong> ..."); else null.
     */
    private static String leadingBoldLabel(Element block) {
        for (Node n : block.childNodes()) {
            if (n instanceof TextNode t && t.isBlank()) {
                continue;
            }
            if (!(n instanceof Element bold) || !(bold.normalName().equals("b") || bold.normalName().equals("strong"))) {
                return null;
            }
            String label = bold.text().strip();
            if (label.endsWith(":")) {
                return label;
            }
            Node next = bold.nextSibling();
            return next instanceof TextNode t && t.text().stripLeading().startsWith(":") ? label : null;
        }
        return null;
    }

    /** A heading element, a block whose text is all bold, or one whose first line ends in a colon ("Media contact:"). */
    private static boolean setAsHeading(Element block, String text) {
        if (HeaderLines.isHeading(block)) {
            return true;
        }
        Element bold = block.selectFirst(BOLD);
        if (bold != null && bold.text().strip().equals(text)) {
            return true;
        }
        return firstLine(block, text).endsWith(":");
    }

    /** The block's text up to its first line break ("Media contact:" of "Media contact:<br>Eva Strand"). */
    private static String firstLine(Element block, String text) {
        Element br = block.selectFirst(LINE_BREAK);
        if (br == null) {
            return text;
        }
        StringBuilder first = new StringBuilder();
        for (Node n : block.childNodes()) {
            if (n == br) {
                break;
            }
            first.append(n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "");
        }
        return first.toString().strip();
    }

    /**
     * A credit in the same block as its image ("<div><img> Foto: LA NACION</div>") is the image's caption: removing
     * the block as furniture would take the image with it.
     */
    private static boolean holdsAnImage(Element block) {
        return block.selectFirst("img") != null;
    }

    /** Removes the bylines of the page's declared author ({@link AuthorLines}); answers the blocks left. */
    private List<Element> removeAuthorLines(Element content, List<Element> blocks,
                                            java.util.function.Function<Element, String> textOf) {
        List<Element> kept = new ArrayList<>(blocks.size());
        for (Element block : blocks) {
            if (authorLines.is(textOf.apply(block)) && !holdsAnImage(block)) {
                removeWithEmptyParents(block, content);
            } else {
                kept.add(block);
            }
        }
        return kept;
    }

    /** A "read more" or "see also" line: the label alone, or the label leading to a link. */
    private static boolean readAlso(Element block, String text) {
        Matcher m = READ_ALSO.matcher(text);
        return m.matches() && (LABEL_ALONE.matcher(m.group(1)).matches() || block.selectFirst("a[href]") != null);
    }

    /** A post embedded from a social network ({@link #SOCIAL_QUOTE}, {@link #FACEBOOK_EMBED}): only blockquotes and divs. */
    private static boolean isSocialEmbed(Element el) {
        String tag = el.normalName();
        return tag.equals("blockquote") ? el.is(SOCIAL_QUOTE)
                : tag.equals("div") && el.className().contains("fb-") && el.is(FACEBOOK_EMBED);
    }

    /**
     * A byline set among the paragraphs rather than above them ("By Harriet Cole, Environment Reporter", "Por Lucía
     * Martín"): the same form as a leading byline, in a short block that is not a heading ("By The Numbers"), right
     * after a paragraph of prose. After a heading or a short line it is the article's: a review's book ("<h3>Pride and
     * Prejudice</h3><p>By Jane Austen</p>"), a poem's author, a list of names.
     */
    private static boolean bylineAmongParagraphs(Element block, String text, Element previous,
                                                 java.util.function.Function<Element, String> textOf) {
        return text.length() <= MAX_BYLINE_CHARS && BYLINE_WORD.matcher(text).lookingAt() && previous != null
                && !HeaderLines.isHeading(block) && !HeaderLines.isHeading(previous)
                && HeaderLines.isProse(textOf.apply(previous)) && LEADING_BYLINE.matcher(text).matches();
    }

    /** A "read also" label alone ({@link #OTHER_STORY_LABEL}), asked only of a text as short as the longest label. */
    private static boolean labelAlone(String text) {
        return text.length() <= MAX_OTHER_STORY_LABEL_CHARS && OTHER_STORY_LABEL.matcher(text).matches();
    }

    /**
     * A short block among the paragraphs that is one link to another story (or up to {@link #MAX_STORY_LINKS} after a
     * label, with only separators between them), told by its form in any language: the links are all the block but a
     * short label before them (at most {@link #MAX_LABEL_WORDS} words ending in a separator,
     * set in bold, or a "read also" label of {@link #OTHER_STORY_LABEL}), and their text reads as a headline (three words
     * or more, starting with a capital or a digit, no full stop at the end) unless the label says what it is ("More:
     * <a>Cidade</a>"). Never a heading, a table's cell, a quotation, nor an item of a list of several (a list of sources
     * is the article's); a sentence with a link in it has words after the link, or a long lead before it.
     */
    private static boolean linkToAnotherStory(Element block, String text) {
        if (block.selectFirst(LINK) == null || HeaderLines.isHeading(block) || block.normalName().equals("blockquote")
                || Ancestors.has(block, "blockquote", -1) || Ancestors.has(block, "table", -1)
                || (block.normalName().equals("li") && !onlyItem(block))) {
            return false;
        }
        List<Element> links = block.select(LINK);
        if (links.size() > MAX_STORY_LINKS) {
            return false;
        }
        // the text is a label, then the links with only separators between them and after the last
        int labelEnd = -1;
        int from = 0;
        boolean headlines = true;
        for (Element link : links) {
            String href = link.attr("href").strip();
            String linkText = link.text().strip();
            int at = linkText.isEmpty() ? -1 : text.indexOf(linkText, from);
            if (at < 0 || href.isEmpty() || href.startsWith("#") || href.startsWith("mailto:")
                    || href.startsWith("javascript:") || href.startsWith("tel:")
                    || (labelEnd >= 0 && !BETWEEN_LINKS.matcher(text.substring(from, at)).matches())) {
                return false;
            }
            labelEnd = labelEnd < 0 ? at : labelEnd;
            from = at + linkText.length();
            headlines &= readsAsHeadline(linkText);
        }
        if (!LABEL_ALONE.matcher(text.substring(from)).matches()) {
            return false;
        }
        String label = text.substring(0, labelEnd).strip();
        if (label.isEmpty()) {
            // one headline, or "<a>Read more</a>", "<a>Veja mais</a>": the label is the link; several bare links are a
            // line of the page's own links (a breadcrumb, a list of sections), which other rules judge
            return links.size() == 1 && (headlines || OTHER_STORY_LABEL.matcher(text).matches());
        }
        if (label.split("\\s+").length > MAX_LABEL_WORDS || SOURCES_LABEL.matcher(label).lookingAt()) {
            return false;
        }
        if (OTHER_STORY_LABEL.matcher(label).matches()) {
            return true;
        }
        return (LABEL_SEPARATOR.matcher(label).find() || labelInBold(block, label)) && headlines;
    }

    /**
     * The list right after a "read also" label ("Read More", "Lesen Sie auch", "Te puede interesar") whose every item is
     * one link that reads as another story's headline, and nothing else, the two alone in a box of their own: the
     * label's stories, which go with it. A list under the label with an item of prose, or a link among other words, is
     * not the label's; nor is a list under a section heading among the article's own sections (an encyclopedia's "See
     * also", which the dev pages' reference keeps).
     */
    private static Element headlinesAfter(Element label) {
        if (label.parent() == null || label.parent().childrenSize() != 2) {
            return null;
        }
        Element list = listAfter(label);
        if (list == null) {
            return null;
        }
        for (Element item : list.children()) {
            List<Element> links = item.select(LINK);
            if (links.size() != 1 || !links.getFirst().hasAttr("href")) {
                return null;
            }
            String linkText = links.getFirst().text().strip();
            if (linkText.isEmpty() || !linkText.equals(item.text().strip()) || !readsAsHeadline(linkText)) {
                return null;
            }
        }
        return list;
    }

    /** The list (ul or ol, one item at least) right after a label, its next sibling; or null. */
    static Element listAfter(Element label) {
        Element list = label.nextElementSibling();
        boolean isList = list != null && (list.normalName().equals("ul") || list.normalName().equals("ol"));
        return isList && list.childrenSize() > 0 ? list : null;
    }

    /** Whether a list item is its list's only item with text: a list of one link is a pointer, not a list. */
    private static boolean onlyItem(Element item) {
        Element list = item.parent();
        if (list == null) {
            return false;
        }
        for (Element sibling : list.children()) {
            if (sibling != item && sibling.hasText()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a label is set in bold ("<strong>Also Read</strong>"). */
    private static boolean labelInBold(Element block, String label) {
        Element bold = block.selectFirst(BOLD);
        return bold != null && bold.selectFirst(LINK) == null && bold.text().strip().equals(label);
    }

    /**
     * A link's text that reads as another story's headline: three words or more (or, in a script without spaces, eight
     * characters), starting with a capital, a digit or a letter without case, and not ending a sentence with a full
     * stop (a headline may ask or exclaim).
     */
    static boolean readsAsHeadline(String linkText) {
        int first = linkText.codePointAt(0);
        if (Character.isLowerCase(first) || linkText.endsWith(".") || linkText.endsWith("…") || linkText.endsWith(":")) {
            return false;
        }
        boolean caseless = Character.isLetter(first) && !Character.isUpperCase(first) && !Character.isLowerCase(first);
        return linkText.split("\\s+").length >= 3 || (caseless && linkText.indexOf(' ') < 0 && linkText.length() >= 8);
    }

    /**
     * Lists, and blocks of three or more children of one tag, whose text is linked above the threshold: the "more
     * from" and related-story lists a page sets beside or after the article. Innermost first, so a teaser list inside an
     * article block goes without the block.
     */
    private void removeTeaserLists(Element content, Map<Element, int[]> counts) {
        List<Element> all = content.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element el = all.get(i);
            if (el == content || !TEASER_TAGS.contains(el.normalName()) || el.parent() == null
                    || !Ancestors.isWithin(el, content)) {
                continue;
            }
            int[] c = counts.get(el);
            if (c == null || c[0] == 0 || (double) c[1] / c[0] <= settings.teaserLinkDensity()) {
                continue;
            }
            if (repeatedItems(el) >= MIN_TEASERS) {
                el.remove();
            }
        }
    }

    /** How many of an element's children with text share the most common tag (list items, or teaser cards). */
    private static int repeatedItems(Element el) {
        Map<String, Integer> byTag = new java.util.HashMap<>();
        int best = 0;
        for (Element child : el.children()) {
            if (child.hasText()) {
                best = Math.max(best, byTag.merge(child.normalName(), 1, Integer::sum));
            }
        }
        return best;
    }

    /**
     * Where the article ends: from the last block backwards, each block that is not prose goes: a line that says the
     * article is over (copyright, tags, "follow us", an author's bio), or, when the boundary rule is on, a short block
     * without a sentence end or that is mostly a link (a heading with nothing under it, a "more from" link, a comment
     * count) and a block of any length that is mostly links (a list of references or credits). Stops at the first block
     * that reads as prose, and never takes the first block.
     */
    private void trimAfterTheEnd(Element content, List<Element> blocks) {
        for (int i = blocks.size() - 1; i > 0; i--) {
            Element block = blocks.get(i);
            String text = block.text().strip();
            boolean over = settings.endMarkers() && text.length() <= 500 && AFTER_THE_END.matcher(text).matches();
            boolean furniture = !over && settings.trailingBlockChars() > 0
                    && (text.length() < settings.trailingBlockChars() ? notProse(block, text) : mostlyLinked(block, text));
            if (!over && !furniture) {
                return;
            }
            removeWithEmptyParents(block, content);
        }
    }

    /**
     * A short block's text: no sentence end, or mostly inside links (counted here: only the last few blocks ask). A
     * list item without a link is the exception: an article may end on a list of its own ("The main changes: class
     * sizes capped at 30, ..."), whose items have no full stops, while the lists a page puts after it (tags, topics,
     * related stories, share buttons) link elsewhere.
     */
    private static boolean notProse(Element block, String text) {
        if (block.normalName().equals("li") && block.selectFirst("a[href]") == null) {
            return false;
        }
        return !SENTENCE_END.matcher(text).find() || mostlyLinked(block, text);
    }

    /** More than half of the block's text inside links: a longer trailing block of that kind is a list of links too. */
    static boolean mostlyLinked(Element block, String text) {
        int linked = 0;
        for (Element a : block.getElementsByTag("a")) {
            linked += a.text().length();
        }
        return linked * 2 > text.length();
    }

    /** Whether a text ends a sentence (Latin or CJK stops, perhaps inside closing quotes or brackets). */
    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).find();
    }

    /**
     * The innermost blocks that hold text, in document order: the lines and paragraphs of the body text; those inside a
     * {@code <figure>} are added to {@code inFigures} as well; when {@code embeds} is given, the posts embedded from
     * social networks go to it and their blocks are left out. One walk,
     * keeping the blocks it is inside on a stack, so a text node's block is the top of the stack.
     */
    private static List<Element> textBlocks(Element content, java.util.Set<Element> inFigures, List<Element> embeds) {
        java.util.LinkedHashSet<Element> out = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<Element> open = new java.util.ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            /** How many {@code <figure>}s the walk is inside. */
            int figures;
            /** The social embed the walk is inside, whose text is no block of the body's. */
            Element embed;

            @Override
            public void head(Node node, int depth) {
                if (embeds != null && embed == null && node instanceof Element el && el != content && isSocialEmbed(el)) {
                    embeds.add(el);
                    embed = el;
                }
                if (node instanceof Element el && el != content && BLOCKS.contains(el.normalName())) {
                    open.push(el);
                    if (el.normalName().equals("figure")) {
                        figures++;
                    }
                } else if (node instanceof TextNode t && embed == null && !open.isEmpty() && !t.isBlank()) {
                    // a block met again after a nested one (text, child block, text) is listed once, at its first line
                    out.add(open.peek());
                    if (figures > 0) {
                        inFigures.add(open.peek());
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == embed) {
                    embed = null;
                }
                if (node instanceof Element el && !open.isEmpty() && open.peek() == el) {
                    open.pop();
                    if (el.normalName().equals("figure")) {
                        figures--;
                    }
                }
            }
        }, content);
        return new ArrayList<>(out);
    }

    /** Removes a block, and the ancestors it leaves without text, up to the content. */
    static void removeWithEmptyParents(Element block, Element content) {
        if (block.parent() == null || !Ancestors.isWithin(block, content)) {
            return;
        }
        Element parent = block.parent();
        block.remove();
        while (parent != null && parent != content && !parent.hasText() && parent.getElementsByTag("img").isEmpty()) {
            Element up = parent.parent();
            parent.remove();
            parent = up;
        }
    }

    /**
     * The text length and linked text length (characters of its text nodes, each stripped) of every possible teaser
     * list ({@link #TEASER_TAGS}), in one walk: each element's sums pass up to its parent when the walk leaves it, so no
     * text node climbs its ancestors. Text counts as linked for a link and everything around it.
     */
    private static Map<Element, int[]> countText(Element content) {
        Map<Element, int[]> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            int[] text = new int[64];
            int[] linked = new int[64];

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text[depth - 1] += strippedTextLength(t.getWholeText());
                    return;
                }
                if (depth >= text.length) {
                    text = java.util.Arrays.copyOf(text, depth * 2);
                    linked = java.util.Arrays.copyOf(linked, depth * 2);
                }
                text[depth] = 0;
                linked[depth] = 0;
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return;
                }
                String tag = el.normalName();
                if (tag.equals("a")) {
                    linked[depth] = text[depth];
                }
                if (TEASER_TAGS.contains(tag)) {
                    counts.put(el, new int[] {text[depth], linked[depth]});
                }
                if (depth > 0) {
                    text[depth - 1] += text[depth];
                    linked[depth - 1] += linked[depth];
                }
            }
        }, content);
        return counts;
    }

    /**
     * {@code TextNode.text().strip().length()} without building either string (this runs on every text node of the
     * content): jsoup's text collapses each run of its whitespace (space, tab, newline, form feed, carriage return,
     * no-break space) to one space and drops zero-width spaces and soft hyphens; {@code strip()} then takes the code
     * points {@link Character#isWhitespace} calls white off both ends.
     */
    static int strippedTextLength(String raw) {
        int length = 0; // of the collapsed text so far
        int first = -1; // where its first character that strip() keeps starts
        int end = 0; // where its last character that strip() keeps ends
        boolean lastWasWhite = false;
        for (int i = 0; i < raw.length(); ) {
            char ch = raw.charAt(i);
            if (ch > ' ' && ch < 0x7f) {
                // a word of printable ASCII, most of any page's text: kept, never white, one char each (the tests
                // below, for it); counted as a run, since this scans every text node of the content
                int wordEnd = i + 1;
                while (wordEnd < raw.length() && raw.charAt(wordEnd) > ' ' && raw.charAt(wordEnd) < 0x7f) {
                    wordEnd++;
                }
                if (first < 0) {
                    first = length;
                }
                length += wordEnd - i;
                end = length;
                lastWasWhite = false;
                i = wordEnd;
                continue;
            }
            if (ch == ' ') {
                // the space between words: white, one char (isActuallyWhitespace below, without the code point)
                if (!lastWasWhite) {
                    length++;
                    lastWasWhite = true;
                }
                i++;
                continue;
            }
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (StringUtil.isActuallyWhitespace(c)) {
                if (!lastWasWhite) {
                    length++; // one space, which strip() takes off an end
                    lastWasWhite = true;
                }
            } else if (!StringUtil.isInvisibleChar(c)) {
                int n = Character.charCount(c);
                if (!Character.isWhitespace(c)) {
                    if (first < 0) {
                        first = length;
                    }
                    end = length + n;
                }
                length += n;
                lastWasWhite = false;
            }
        }
        return first < 0 ? 0 : end - first;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}

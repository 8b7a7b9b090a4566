package dev.newsflow.parser.extract;

import java.util.regex.Pattern;

/**
 * The outlet's standing notices, set among an article's paragraphs as lines of their own: what the site prints in
 * every article, never what the story says. Five kinds, each told by its wording and its form, in the languages of
 * the stress pages (English, German, French, Spanish, Italian, Dutch):
 * <ul>
 *   <li>an ad slot's continuation notice: "Story continues below advertisement", "Artikel wird unter der Anzeige
 *       fortgesetzt", "La suite après cette publicité";</li>
 *   <li>a video player's controls left as text: "Now playing", "Up next", "Video Ad Feedback", "Duration 2:31",
 *       "0:00 / 1:48";</li>
 *   <li>an affiliate disclosure, in the outlet's own voice: "When you buy through links on our site, we may earn an
 *       affiliate commission";</li>
 *   <li>a tip appeal to the reader: "Have a news tip? Email ...", "¿Tienes información? Escríbenos a ...";</li>
 *   <li>the reporter's contact line, which holds an address or handle: "Contact Sam Reyes at sreyes@...", "Reporter
 *       Mia Lindqvist can be reached at ...", "Kontakt zur Autorin: ...".</li>
 * </ul>
 * A story's own appeals ("Anyone with information is asked to call police on 101", "staff could be reached at
 * info@..."), a commission in the news, a film "now playing at the Odeon" and quotations stay: a notice is asked of a
 * short block as a whole or from its first word, and speaks to the reader or of the outlet. The eighth stress group
 * ({@code stress/build_notices_pages.py}) holds each kind and its look-alikes.
 */
final class OutletNotices {

    /** Longest notice of the short kinds (continuation notices, player controls). */
    private static final int MAX_SHORT_NOTICE_CHARS = 80;
    /** Longest disclosure, tip appeal or contact line: longer is a paragraph of the story. */
    private static final int MAX_NOTICE_CHARS = 300;

    /** An ad slot's notice that the text goes on after it, the whole block. */
    private static final Pattern AD_CONTINUATION = Pattern.compile("(?iu)(?:"
            + "(?:(?:the )?(?:story|article|text|content) )?continues? (?:below|after) (?:(?:this|the) )?(?:ad|advert|advertisement|sponsored content)"
            + "|(?:the )?(?:story|article) continues below|continue reading (?:below|after (?:the|this) (?:ad|advertisement))"
            + "|(?:der )?artikel (?:wird )?(?:unter|nach) der (?:anzeige|werbung) (?:fortgesetzt|weiter)|weiterlesen (?:nach|unter) der (?:anzeige|werbung)"
            + "|(?:la )?suite (?:de l['’]article )?(?:après|sous) (?:cette|la) (?:publicité|annonce)|lire la suite (?:après|sous) (?:cette|la) publicité"
            + "|(?:el )?(?:artículo|texto|contenido|nota) (?:continúa|sigue) (?:después|debajo|tras) (?:del|de la) (?:anuncio|publicidad)"
            + "|continúa (?:leyendo|la lectura) (?:después|debajo|tras) (?:del|de la) (?:anuncio|publicidad)"
            + "|continua (?:a leggere|la lettura) (?:dopo|sotto) (?:la|questa|il) (?:pubblicità|annuncio)|l['’]articolo continua (?:dopo|sotto) la pubblicità"
            + "|(?:het )?artikel gaat (?:verder|door) (?:onder|na) (?:de|deze) advertentie|lees verder (?:onder|na) (?:de|deze) advertentie"
            + ")\\W{0,3}");
    private static final String PLAYTIME = "\\d{1,2}:\\d{2}(?::\\d{2})?";
    /** A label's colon before a time, with the no-break space French sets before it. */
    private static final String COLON = "[\\s\\u00a0]*:?[\\s\\u00a0]*";
    /**
     * A video player's controls as text, the whole block: one to five of its labels, run together as inline elements
     * leave them ("Watch nextVideo Ad Feedback"). A time alone ("10:42") is no control: a live blog's entries start so.
     */
    private static final Pattern PLAYER_CONTROLS = Pattern.compile("(?iu)(?:(?:now playing|up next|next up|watch next"
            + "|replay|video ad feedback|ad feedback|" + PLAYTIME + "[\\s\\u00a0]*/[\\s\\u00a0]*" + PLAYTIME
            + "|(?:duration|dauer|durée|duración|durata|duur)" + COLON + PLAYTIME
            + "|jetzt läuft|als nächstes|lecture en cours|à suivre|reproduciendo|in riproduzione|a seguire|nu aan het afspelen"
            + ")[\\s\\u00a0|·•]*){1,5}");
    /**
     * What an affiliate disclosure names: its links, or the commission the outlet earns on them. Never "affiliated" or
     * a commission alone, which the news names ("a militia affiliated with ...", "the commission said").
     */
    private static final Pattern AFFILIATE = Pattern.compile("(?iu)\\b(?:affiliate[- ](?:links?|commissions?|partners?"
            + "|programs?|programmes?)|affiliatelinks?|partnerlinks?|provisionslinks?|liens? (?:affiliés|d['’]affiliation)"
            + "|enlaces? (?:de )?afiliad[oa]s?|link (?:di )?affiliazione|link affiliati|amazon associates?"
            + "|(?:earn|receive|get)s? (?:a |an )?(?:small )?(?:share of (?:the )?)?commission"
            + "|(?:percevoir|recevoir|toucher) une commission|(?:recibir|cobrar) una comisión|ricevere una commissione"
            + "|(?:erhalten|bekommen) wir (?:eine )?provision|ontvangen (?:wij|we) (?:een )?commissie)");
    /**
     * The outlet speaking: "we", "our", "wir", "nous", "nosotros", "noi", "wij" and their kin. Case-sensitive but for a
     * capital at a sentence's start, so that "US" is no "us".
     */
    private static final Pattern OUTLET_VOICE = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|us|[Ww]ir|uns|[Uu]nsere?[mnrs]?|[Nn]ous"
            + "|[Nn]otre|[Nn]os|[Nn]osotros|[Nn]uestr[oa]s?|podemos|recibimos|[Nn]oi|[Nn]ostr[aeio]|potremmo|riceviamo|[Ww]ij"
            + "|ons|[Oo]nze)\\b");
    /** A tip appeal's opening question to the reader. */
    private static final Pattern TIP_APPEAL = Pattern.compile("(?iu)^[¿]?(?:"
            + "(?:do you )?(?:have|got) (?:a |any )?(?:news )?tips?|do you have (?:a story|information|news|something)"
            + "|(?:have|got) a story|know something we should"
            + "|(?:haben sie|hast du) (?:einen hinweis|hinweise|informationen|eine geschichte|ein thema)|sie haben (?:einen hinweis|informationen)"
            + "|vous avez (?:une info|des infos|des informations|un sujet|une histoire)|une info à (?:nous )?(?:communiquer|partager|signaler)"
            + "|(?:tienes|tiene usted|tiene) (?:información|una pista|un dato|una historia|una noticia|algo que contar)"
            + "|hai (?:una segnalazione|una notizia|informazioni|una storia)|heb je (?:een tip|nieuws)|heeft u (?:een tip|nieuws))\\b");
    /** The letters a {@link #TIP_APPEAL} opens with: most blocks start otherwise and are spared the pattern. */
    private static final String TIP_OPENING_LETTERS = "dhgksvut¿";
    /** A telephone number: a tip appeal gives one, or an address. */
    private static final Pattern PHONE = Pattern.compile("\\d[\\d\\s().-]{5,}\\d");
    /** An e-mail address or a social handle: a contact line gives one. */
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?<![\\w.])@\\w{2,}");
    /** How a reporter's contact line opens: a contact verb or label, or the reporter named as reachable. */
    private static final Pattern CONTACT_OPENING = Pattern.compile("(?u)^(?:"
            + "(?i:contact|reach|e-?mail|write to|follow)\\b"
            + "|(?i:kontakt|contacter|contactez|contacto|contatto|contatti|escriba a|escríbele|scrivi a|scrivete a|mail)\\b"
            + "|(?i:the )?(?i:reporter|writer|author|correspondent|columnist)\\b"
            + "|\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2} (?:can|may) be (?:reached|contacted|emailed)\\b)");
    /** Quotation marks: a notice is not a quotation. */
    private static final Pattern QUOTATION = Pattern.compile("[“”„«»\"]");

    private OutletNotices() {
    }

    /**
     * Whether a block's whole text is one of the outlet's notices. Every block of every page is asked, so the searches
     * that scan the whole text run only where a cheap test lets them: the anchored patterns first (the tip appeal's only where the text starts with one of its letters), the contact line
     * only with an "@" in the text, the affiliate wording only with one of its stems in it (a case-blind search of
     * every position costs ten times more).
     */
    static boolean is(String text) {
        int length = text.length();
        if (length == 0 || length > MAX_NOTICE_CHARS) {
            return false;
        }
        if (length <= MAX_SHORT_NOTICE_CHARS
                && (AD_CONTINUATION.matcher(text).matches() || PLAYER_CONTROLS.matcher(text).matches())) {
            return true;
        }
        boolean notice = (TIP_OPENING_LETTERS.indexOf(Character.toLowerCase(text.charAt(0))) >= 0
                && TIP_APPEAL.matcher(text).lookingAt() && (ADDRESS.matcher(text).find() || PHONE.matcher(text).find()))
                || (text.indexOf('@') >= 0 && CONTACT_OPENING.matcher(text).lookingAt() && ADDRESS.matcher(text).find())
                || (namesAnAffiliateStem(text) && AFFILIATE.matcher(text).find() && OUTLET_VOICE.matcher(text).find());
        return notice && !QUOTATION.matcher(text).find();
    }

    /**
     * Whether the text holds a stem every {@link #AFFILIATE} wording holds, past its first letter so that case does not
     * matter: "(a)ffili(ate)", "(a)filiad(o)", "(c)ommissi(on)", "(c)omisi(ón)", "(p)rovision", "(a)ssociate",
     * "(p)artnerlink". A plain substring search, which the JIT makes fast.
     */
    private static boolean namesAnAffiliateStem(String text) {
        return text.contains("ffili") || text.contains("filiad") || text.contains("ommissi") || text.contains("omisi")
                || text.contains("rovision") || text.contains("ssociate") || text.contains("artnerlink");
    }
}

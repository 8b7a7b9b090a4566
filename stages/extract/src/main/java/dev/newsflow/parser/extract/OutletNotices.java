package dev.newsflow.parser.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet's standing notices, set among an article's paragraphs as lines of their own: what the site prints in
 * every article, never what the story says. Eight kinds, each told by its wording and its form, in the languages of
 * the stress pages (English, German, French, Spanish, Italian, Dutch, Portuguese):
 * <ul>
 *   <li>an ad slot's continuation notice: "Story continues below advertisement", "Artikel wird unter der Anzeige
 *       fortgesetzt", "La suite après cette publicité";</li>
 *   <li>a video player's controls left as text: "Now playing", "Up next", "Video Ad Feedback", "Duration 2:31",
 *       "0:00 / 1:48";</li>
 *   <li>an affiliate disclosure, in the outlet's own voice: "When you buy through links on our site, we may earn an
 *       affiliate commission";</li>
 *   <li>a tip appeal to the reader: "Have a news tip? Email ...", "¿Tienes información? Escríbenos a ...";</li>
 *   <li>the reporter's contact line, which holds an address or handle: "Contact Sam Reyes at sreyes@...", "Reporter
 *       Mia Lindqvist can be reached at ...", "Kontakt zur Autorin: ...";</li>
 *   <li>a reader-funded outlet's appeal, a sentence that opens with it: "Support independent journalism", "Donate
 *       today", "Become a member", "This story was made possible by readers like you", "Unterstützen Sie unabhängigen
 *       Journalismus", "Soutenez une rédaction indépendante", "Hazte socio";</li>
 *   <li>a note on the piece itself, at the block's start: its licence or its republication ("This article is licensed
 *       under Creative Commons CC BY-ND 4.0", "Republish this article"), or where it first appeared ("This article first
 *       appeared in our newsletter", "Cet article est d'abord paru dans notre newsletter");</li>
 *   <li>a newsletter platform's own lines (Substack, beehiiv, Ghost): "Forwarded this email?", "Refer a friend and get
 *       ...", "Your referral link", "Get the latest posts delivered right to your inbox", a "Subscribe" label;</li>
 *   <li>an ad slot's label, the whole block, in many languages: "Anzeige", "Reklama", "Pubblicità", "Publicidad";</li>
 *   <li>a note that the piece was updated ("This article was updated on March 4 to include ...", "Editor's note: This
 *       story has been updated ...", "Cet article a été mis à jour ..."); a correction ("Correction: An earlier version
 *       of this article misstated ...") is the article's text, as the stress pages' and two blind sets' annotators have
 *       it;</li>
 *   <li>a podcast's or a video's notes: an invitation to listen that names two podcast platforms or "wherever you get
 *       your podcasts" ("Hören Sie ... auf Spotify, Apple Podcasts oder überall, wo es Podcasts gibt"), and a note on
 *       the transcript ("This transcript has been edited for length and clarity");</li>
 *   <li>a cookie or consent notice left in the page's text: it names cookies, asks the reader's consent and speaks to
 *       the reader ("By using this site you agree to our use of cookies", "Korzystając z serwisu, wyrażasz zgodę na
 *       zapisywanie plików cookies"); a story about cookie rules reports what a regulator said, to no one.</li>
 * </ul>
 * A story's own appeals ("Anyone with information is asked to call police on 101", "staff could be reached at
 * info@..."), a commission in the news, a film "now playing at the Odeon" and quotations stay: a notice is asked of a
 * short block as a whole or from its first word, and speaks to the reader or of the outlet. So do a story about a
 * charity's appeal ("Readers donated ...", "Anyone can become a member of ..."), a quoted appeal and a story about a
 * Creative Commons licence: an appeal must open a sentence and a licence note must open the block with "this article".
 * An "Update:" paragraph inside a running story tells news and stays (an update note names "this article"), and so
 * does a story that names podcast platforms (a podcast line opens with the invitation).
 * The eighth to eleventh stress groups ({@code stress/build_notices_pages.py}, {@code build_support_pages.py},
 * {@code build_notes_pages.py}) hold each kind and its look-alikes.
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
    /**
     * The first words, lower-cased, of a {@link #PLATFORM_LABEL}, a {@link #NEWSLETTER_PROMPT} and a {@link #THIS_PIECE}:
     * a block opening otherwise is spared the three patterns.
     */
    private static final OpeningWords NOTE_OPENING_WORDS = new OpeningWords(
            // platform labels
            "republish", "republier", "republica", "republicar", "ripubblica", "republique", "herpubliceer", "subscribe",
            "s'abonner", "s’abonner", "abonnieren", "jetzt", "suscríbete", "suscribirse", "iscriviti", "abonneren", "assine",
            "assinar", "type", "enter", "get", "receive", "recevez", "erhalten", "recibe", "ricevi", "ontvang", "receba",
            "abonnez-vous", "abonneer",
            // newsletter prompts
            "was", "forwarded", "got", "received", "someone", "wurde", "newsletter", "weitergeleitet", "on", "cet", "vous",
            "tu", "te", "le", "ti", "vi", "doorgestuurd", "is", "recebeu", "receberam", "alguém", "encaminhou", "refer",
            "share", "empfiehl", "empfehlen", "parrainez", "recomienda", "invita", "raad", "indique", "thanks",
            // the piece itself
            "this", "dieser", "diese", "cette", "ce", "este", "esta", "questo", "questa", "dit", "deze");
    /**
     * An opinion piece's disclaimer: the views are the author's, not the outlet's ("Opinions expressed are the author's
     * own", "The views expressed in this column do not necessarily reflect ...", "Der Beitrag gibt die Meinung des
     * Autors wieder", "Las opiniones expresadas son responsabilidad exclusiva de su autor", "n'engagent que leur
     * auteur"). The stems in {@link #namesAView} are looked for first.
     */
    private static final Pattern VIEWS_ARE_THE_AUTHORS = Pattern.compile("(?iu)(?:"
            + "(?:views|opinions)(?: and (?:views|opinions))? (?:expressed|stated)\\b.{0,80}?\\b(?:are|is|remain)\\b.{0,40}?"
            + "\\b(?:author|writer|columnist|contributor|guest)"
            + "|(?:views|opinions)(?: and (?:views|opinions))? expressed\\b.{0,80}?\\bdo(?:es)? not (?:necessarily )?(?:reflect|represent)"
            + "|\\b(?:reflects?|represents?) (?:only |solely )?the (?:personal )?(?:views?|opinions?) of (?:the|its) (?:author|writer)"
            + "|meinung (?:des|der) (?:autors|autorin|autoren|autorinnen|verfasser\\w*|gastautor\\w*)\\b.{0,40}?\\bwieder"
            + "|meinung der redaktion"
            + "|opiniones (?:expresadas|vertidas)\\b.{0,80}?\\b(?:autor|autora|autores|firmante)"
            + "|opiniões (?:expressas|emitidas)\\b.{0,80}?\\bautor|opinioni espresse\\b.{0,80}?\\bautor"
            + "|n['’]engagen?t? que (?:leurs?|son|sa|ses) auteur)");
    /**
     * A disclosure's label opening the block ("Disclosure:", "Transparenzhinweis:", "Divulgación:", "Déclaration
     * d'intérêts :"): whatever follows is the outlet's statement about the piece.
     */
    private static final Pattern DISCLOSURE_LABEL = Pattern.compile("(?iu)^\\(?(?:(?:full )?disclosures?|disclaimer"
            + "|conflicts? of interest|transparenzhinweis|offenlegung|interessenkonflikte?|divulgación|declaración de intereses"
            + "|conflicto de intereses|déclaration d['’]intérêts?|conflits? d['’]intérêts?|dichiarazione di interessi"
            + "|conflitto di interessi|belangenverstrengeling)[\\s\\u00a0]*:");
    /**
     * A plain note's label ("Note:", "Hinweis:", "Nota:", "Aviso:", "Remarque :"): a disclosure only when the note
     * states who owns what ({@link #OWNERSHIP}), as an outlet's note on its owner's stake does.
     */
    private static final Pattern NOTE_LABEL = Pattern.compile("(?iu)^\\(?(?:note|hinweis|anmerkung|nota|aviso|advertencia"
            + "|remarque|avis|opmerking)[\\s\\u00a0]*:");
    private static final Pattern OWNERSHIP = Pattern.compile("(?iu)\\b(?:parent company|owners?|owns|investors?|stakes?"
            + "|shareholders?|shares in|beteiligt|beteiligung|anteile|gehört|accionista|participación|participa|propietari[oa]"
            + "|actionnaire|détient|azionista|partecipazione|aandeelhouder)\\b");
    /**
     * A review's note on the sample: the maker lent it, or did not see the review ("Sonnet lent the Arc 2 for this
     * review", "The review unit was provided by ...", "it did not see the review before publication", "Das Testgerät
     * wurde uns von ... zur Verfügung gestellt", "cedido por la marca para esta prueba", "prêté par ... pour ce test").
     */
    private static final Pattern REVIEW_SAMPLE = Pattern.compile("(?iu)(?:"
            + "\\b(?:lent|loaned|provided|supplied|sent|gave)\\b.{0,60}?\\bfor (?:this|our|the purposes of this) (?:review|test)\\b"
            + "|\\b(?:lent|loaned) .{0,60}?\\bfor review\\b"
            + "|\\breview (?:units?|samples?|devices?|cop(?:y|ies)|models?) (?:was|were) (?:provided|supplied|loaned|lent|sent)"
            + "|\\bdid not see (?:the|this|our) (?:review|article|piece) before (?:publication|it was published)"
            + "|\\bhad no (?:editorial )?(?:input|say|control|involvement) (?:over|in|into|on) (?:the|this|our) (?:review|article|coverage)"
            + "|(?:testgerät|testmuster|leihgerät|rezensionsexemplar|testexemplar)\\w*\\b.{0,80}?\\b(?:zur verfügung gestellt|geliehen|überlassen)"
            + "|\\b(?:cedid[oa]|prestad[oa]|proporcionad[oa]|facilitad[oa])\\b.{0,60}?\\bpara (?:esta|este) (?:review|reseña|prueba|análisis)"
            + "|\\bprêtée?s?\\b.{0,60}?\\bpour (?:ce|les besoins de ce) test|\\bprestat[oa]\\b.{0,60}?\\bper questa (?:recensione|prova))");
    /**
     * A note that the story came in on an agency's feed and was not edited ("This story has not been edited by ...
     * staff and is auto-generated from a syndicated feed", "published from a wire agency feed without modifications to
     * the text", "Diese Meldung wurde automatisch übernommen und nicht von der Redaktion bearbeitet", "publicada
     * automáticamente desde una agencia", "n'a pas été modifiée par la rédaction").
     */
    private static final Pattern FEED_NOTE = Pattern.compile("(?iu)(?:has not been edited by .{0,40}?staff"
            + "|(?:auto-?generated|published|taken|sourced) (?:directly )?from an? (?:syndicated|wire(?: agency)?|news agency|agency) feed"
            + "|without (?:any )?modifications? to the text|only the headline (?:and (?:the )?(?:picture|image) )?(?:has|have) been changed"
            + "|automatisch (?:übernommen|publiziert|veröffentlicht)|nicht von der redaktion (?:bearbeitet|geprüft|redigiert)"
            + "|von der redaktion nicht (?:bearbeitet|geprüft|redigiert)"
            + "|(?:publicad[oa]|generad[oa]|importad[oa]) automáticamente|no ha sido (?:editad[oa]|modificad[oa]) por la redacción"
            + "|publiée? automatiquement|n['’]a pas été (?:modifiée?|éditée?) par (?:la|notre) rédaction)");
    /**
     * An invitation to the outlet's other news, the whole block: "Catch all the City News, India News and Latest News
     * here.", "Get all the latest news from Pune on the Deccan Courier app." It opens with the verb and ends on where
     * to find it.
     */
    private static final Pattern MORE_NEWS_INVITATION = Pattern.compile("(?iu)^(?:catch|get|read|check out) (?:all )?(?:the )?"
            + "(?:latest )?.{0,100}?\\b(?:news|updates)\\b.{0,60}?(?:\\bhere|\\bon (?:the )?\\p{Lu}.{0,40})\\W*$");
    /** Longest {@link #MORE_NEWS_INVITATION}: a line, not a paragraph. */
    private static final int MAX_INVITATION_CHARS = 160;

    /** A telephone number: a tip appeal gives one, or an address. */
    private static final Pattern PHONE = Pattern.compile("\\d[\\d\\s().-]{5,}\\d");
    /** An e-mail address or a social handle: a contact line gives one. */
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?<![\\w.])@\\w{2,}");
    /** An e-mail address (not a handle): where a tip line in any language sends the reader. */
    private static final Pattern E_MAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Most words of the short question a tip line opens with ("Har du tips?", "Sie haben etwas beobachtet?"). */
    private static final int MAX_TIP_QUESTION_WORDS = 6;
    /** How a reporter's contact line opens: a contact verb or label, or the reporter named as reachable. */
    private static final Pattern CONTACT_OPENING = Pattern.compile("(?u)^(?:"
            + "(?i:contact|reach|e-?mail|write to|follow)\\b"
            + "|(?i:kontakt|contacter|contactez|contacto|contatto|contatti|escriba a|escríbele|scrivi a|scrivete a|mail)\\b"
            + "|(?i:the )?(?i:reporter|writer|author|correspondent|columnist)\\b"
            + "|\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2} (?:can|may) be (?:reached|contacted|emailed)\\b)");
    /**
     * Not a preposition: the words between "support" and "journalism" in an appeal are articles and adjectives ("Support
     * independent journalism"); "Support for local journalism has grown" is the noun, and the story's.
     */
    private static final String NO_PREPOSITION = "(?!(?:for|of|from|among|to|by|in|für|von|bei|pour|par|de|du|des|para"
            + "|por|per|di|del|della|voor|van|do|da)\\s)";
    /**
     * A reader-funded outlet's appeal, as it opens a sentence: support for its journalism, a donation, membership, or
     * thanks to the readers who paid for the story, in the languages of the stress pages. Asked only at a sentence's
     * start whose first word is one of {@link #APPEAL_OPENING_WORDS}: "Anyone can become a member of the club" and
     * "readers donated" are the story's.
     */
    private static final Pattern APPEAL = Pattern.compile("(?iu)(?:"
            + "(?:support|unterstützen sie|unterstütze|soutenez|soutenir|apoya|apoye|apoie|apoiem|sostieni|sostenete|steun|ondersteun)"
            + "\\s+(?:" + NO_PREPOSITION + "[\\p{L}-]+\\s+){0,2}?(?:journalism|journalismus|journalisme|periodismo|jornalismo|giornalismo|journalistiek"
            + "|newsroom|rédaction|redaktion|redacción|redação|redazione|redactie|reporting|our work|unsere arbeit|notre travail"
            + "|nuestro trabajo|il nostro lavoro|ons werk|nosso trabalho)"
            + "|donate (?:today|now|here|to (?:us|our))|make a (?:tax-deductible |one-time |monthly |recurring )?(?:gift|donation)"
            + "|give (?:today|now)|jetzt spenden|spenden sie|spende jetzt|faites un don|faire un don|haz (?:un|tu) (?:donativo|donación)"
            + "|dona (?:ora|adesso|oggi)|doneer (?:nu|vandaag)|doe (?:nu )?een donatie|faça (?:uma|sua) doação|doe agora"
            + "|become a (?:member|supporter|patron|paid subscriber|sustaining member|founding member)|join as a member"
            + "|werden sie (?:mitglied|unterstützer)|werde (?:mitglied|unterstützer)|devenez (?:membre|donateur|donatrice)|devenir membre"
            + "|hazte (?:soci[oa]|miembro)|diventa (?:soci[oa]|sostenitore|sostenitrice|membro)|word (?:lid|donateur)"
            + "|torne-se (?:membro|apoiador)|seja (?:um |uma )?(?:aliad[oa]|apoiador|apoiadora|membro)"
            + "|(?:this|our) (?:story|article|reporting|journalism|work|coverage) (?:was|is) (?:made possible|funded|paid for)"
            + " by (?:readers|members|donors|supporters|you|people like you))\\b");
    /** The first words of an {@link #APPEAL}, lower-cased: a sentence opening otherwise is spared the pattern. */
    private static final OpeningWords APPEAL_OPENING_WORDS = new OpeningWords("support", "unterstützen", "unterstütze", "soutenez",
            "soutenir", "apoya", "apoye", "apoie", "apoiem", "sostieni", "sostenete", "steun", "ondersteun", "donate", "make",
            "give", "jetzt", "spenden", "spende", "faites", "faire", "haz", "hazte", "dona", "doneer", "doe", "faça",
            "become", "join", "werden", "werde", "devenez", "devenir", "diventa", "word", "torne-se", "seja", "this", "our");
    /** The piece itself named at a block's start, for a note on its licence or where it first appeared. */
    private static final Pattern THIS_PIECE = Pattern.compile("(?iu)^(?:"
            + "this (?:article|story|piece|post|report|essay|column|investigation|content)"
            + "|dieser (?:artikel|beitrag|text)|diese (?:recherche|geschichte)|cet article|cette (?:enquête|chronique)"
            + "|ce (?:texte|contenu|reportage)|est[ea] (?:artículo|reportaje|contenido|texto|pieza|investigación|artigo"
            + "|reportagem|conteúdo|matéria)|quest[oa] (?:articolo|contenuto|testo|inchiesta)|dit (?:artikel|stuk|verhaal)"
            + "|deze (?:tekst|bijdrage))\\b");
    /** What a note on the piece says: its licence, its republication, or where it first appeared. */
    private static final Pattern LICENCE_OR_ORIGIN = Pattern.compile("(?iu)creative commons|\\bcc[- ]by\\b|\\blicen[cs]|lizenz"
            + "|licencia|licenza|licentie|licença|republi|ripubblic|herpubli"
            + "|(?:first|originally) (?:appeared|published|ran)|appeared (?:first|originally)"
            + "|erschien (?:zuerst|erstmals|ursprünglich)|(?:zuerst|erstmals|ursprünglich) (?:erschienen|veröffentlicht)"
            + "|d['’]abord paru|paru (?:d['’]abord|initialement)|initialement publié|(?:se )?publicó (?:originalmente|primero)"
            + "|publicado originalmente|originariamente pubblicato|pubblicato (?:originariamente|per la prima volta)"
            + "|verscheen (?:eerder|eerst|oorspronkelijk)|publicad[oa] originalmente|foi publicad[oa] (?:originalmente|primeiro)");
    /**
     * A republication box's or a newsletter platform's label, the whole block: "Republish this article", "Subscribe",
     * "Type your email…", Ghost's "Get the latest posts delivered right to your inbox" and "Subscribe to X" heading.
     */
    private static final Pattern PLATFORM_LABEL = Pattern.compile("(?iu)(?:"
            + "(?:republish|republier|republica|republicar|ripubblica|republique|herpubliceer)(?: (?:this|cet|este|esta|questo"
            + "|dit|deze) (?:article|story|artículo|articolo|artigo|reportagem|conteúdo|artikel|stuk))?"
            + "|subscribe(?: now| for free)?|s['’]abonner|abonnieren|jetzt abonnieren|suscríbete|suscribirse|iscriviti|abonneren"
            + "|assine|assinar|type your email\\W?|enter your email(?: address)?"
            + "|(?:get|receive) the (?:latest|newest) (?:posts|articles|stories|issues) delivered (?:right |directly )?to your inbox"
            + "|recevez les derniers (?:articles|billets) directement dans votre boîte (?:mail|e-?mail|de réception)"
            + "|erhalten sie die neuesten (?:beiträge|artikel) direkt in ihr(?:en)? (?:postfach|posteingang)"
            + "|recibe (?:los últimos artículos|las últimas publicaciones) (?:directamente )?en tu (?:bandeja de entrada|correo)"
            + "|ricevi gli ultimi (?:articoli|post) (?:direttamente )?nella tua (?:casella|inbox)"
            + "|ontvang de nieuwste (?:artikelen|berichten) (?:direct )?in je inbox"
            + "|receba (?:os últimos|as últimas) (?:posts|artigos|publicações) (?:direto|diretamente) (?:no seu|na sua) (?:e-?mail|caixa de entrada)"
            + "|(?:subscribe to|abonnez-vous à|abonnieren sie|suscríbete a|iscriviti a|abonneer je op|assine a) [^.!?]{1,50}"
            + ")\\W{0,3}");
    /**
     * A newsletter's prompt at a block's start: the forwarded copy ("Forwarded this email?", "Doorgestuurd gekregen?"),
     * the referral programme ("Refer a friend and get ...", "Share X with a friend, and get ..."), Substack's closing
     * "Thanks for reading X! Subscribe ...".
     */
    private static final Pattern NEWSLETTER_PROMPT = Pattern.compile("(?iu)^[¿]?(?:"
            + "was this (?:email|newsletter) forwarded|forwarded this (?:email|newsletter)|(?:got|received) this (?:email|newsletter) from a"
            + "|someone forwarded (?:you )?this|wurde (?:dir|ihnen) (?:dieser newsletter|diese (?:e-?mail|mail)) weitergeleitet"
            + "|(?:newsletter )?weitergeleitet bekommen|on vous a transféré|cet e-?mail vous a été transféré"
            + "|(?:vous avez|tu as) reçu (?:cet e-?mail|cette (?:newsletter|lettre)) (?:d['’]un|par un)"
            + "|te (?:han )?reenviado|(?:te|le) reenviaron|(?:ti|vi) è stat[ao] inoltrat|doorgestuurd gekregen"
            + "|is deze (?:e-?mail|nieuwsbrief) (?:naar je )?doorgestuurd|(?:recebeu|receberam) (?:este|esse|esta) (?:e-?mail|newsletter) de"
            + "|(?:alguém )?encaminhou (?:este|esse) e-?mail"
            + "|(?:refer|share)\\b.{1,60}\\b(?:a friend|friends|colleagues?)\\b.{0,80}\\b(?:get|earn|receive|unlock|win)"
            + "|empfiehl uns|empfehlen sie (?:uns|unseren newsletter|diesen newsletter)|parrainez|recomienda (?:este boletín|esta newsletter)"
            + "|invita (?:un amico|i tuoi amici)|raad (?:ons|deze nieuwsbrief) aan|indique (?:a newsletter|para um amigo)"
            + "|thanks for reading\\b.{0,80}\\b(?:subscribe|sign up))");
    /** A referral programme's own words anywhere in a block: "your referral link", "You currently have 0 referrals". */
    private static final Pattern REFERRAL = Pattern.compile("(?iu)\\b(?:(?:your|my|a) referral (?:link|code|page|program)"
            + "|have \\d+ referrals?|\\d+ (?:more )?referrals? away)");

    /**
     * An ad slot's label, the block's whole text: what Readability's ad words ({@link ContentCleaner#AD_OR_LOADING})
     * miss, in the languages of European news sites, perhaps with the invitation to scroll past it.
     */
    private static final Pattern AD_LABEL = Pattern.compile("(?iu)(?:anzeige|werbung|reklama|reklame|reklam|pubblicità"
            + "|publicidad|publicidade|publicité|advertentie|advertenties|annons|annonse|mainos|hirdetés|oglas|reclamă"
            + "|advertisement|advertising|sponsored|gesponsert|sponsorisé|patrocinado|sponsorizzato|gesponsord|sponsorowane)"
            + "(?:\\s*[-–—·|:]?\\s*(?:scroll (?:down )?to continue(?: with content| reading)?|weiterlesen nach der anzeige))?\\W{0,3}");
    /** The words an {@link #AD_LABEL} opens with, lower-cased: a short block opening otherwise is spared the pattern. */
    private static final OpeningWords AD_LABEL_WORDS = new OpeningWords("anzeige", "werbung", "reklama", "reklame", "reklam",
            "pubblicità", "publicidad", "publicidade", "publicité", "advertentie", "advertenties", "annons", "annonse",
            "mainos", "hirdetés", "oglas", "reclamă", "advertisement", "advertising", "sponsored", "gesponsert", "sponsorisé",
            "patrocinado", "sponsorizzato", "gesponsord", "sponsorowane");
    /** Longest ad labelled at its start ({@link #isLabelledAd}): a line or two of an ad's text. */
    private static final int MAX_LABELLED_AD_CHARS = 200;
    /** Longest betting promo: its offer, its age limit, its terms and a help line's address. */
    private static final int MAX_GAMBLING_PROMO_CHARS = 300;
    /**
     * An age limit as promos print it, a notice of its own before a stop, a comma, a bar or the end ("18+.", "18+,",
     * "(18+)", "| 18+ |"); "open to visitors aged 18+ only" is a sentence's.
     */
    private static final Pattern AGE_LIMIT = Pattern.compile("(?<![\\d\\p{L}])1[89]\\+(?=\\s*(?:[.,;|)]|$))");
    /**
     * What a betting promo holds beside its age limit: an offer (bonus, free bets, odds), its terms or a
     * responsible-gambling line and help site, in the tune pages' languages (English, Swedish, German) and Danish and
     * Norwegian (the check half's).
     */
    private static final Pattern GAMBLING_TERMS = Pattern.compile("(?iu)(?:\\bbonus|\\bfree ?bets?\\b|\\bodds\\b"
            + "|\\bt ?& ?cs?\\b|terms (?:and conditions )?apply|gambleaware|gamstop|\\bvillkor|spelpaus|stödlinjen"
            + "|spela ansvarsfullt|\\bagb\\b|teilnahmebedingungen|glücksspiel|\\bvilkår|ansvarligt|stopspillet"
            + "|hjelpelinjen|ansvarlig spill)");
    /** Longest {@link #AD_LABEL}: "advertisement - scroll down to continue with content" and a little room. */
    private static final int MAX_AD_LABEL_CHARS = 56;
    /**
     * An editor's note's label at the block's start, which an update note may open with ("Editor's note: This story has
     * been updated ..."). Not a correction's label: a correction ("Correction: An earlier version of this article
     * misstated ...") corrects the article's facts and is its text, as the stress pages' and two blind sets'
     * annotators have it.
     */
    private static final Pattern EDITORS_NOTE = Pattern.compile("(?iu)(?:editor['’]?s['’]? note|note from the editor"
            + "|anmerkung der redaktion|hinweis der redaktion|note de la rédaction|nota de la redacción|nota del editor"
            + "|nota della redazione|noot van de redactie|nota da redação|nota do editor)\\s*:\\s*");
    /** The first words of {@link #THIS_PIECE}, lower-cased: an update note opening otherwise is spared the pattern. */
    private static final OpeningWords THIS_PIECE_OPENING_WORDS = new OpeningWords("this", "dieser", "diese", "cet", "cette",
            "ce", "este", "esta", "questo", "questa", "dit", "deze");
    /** The first words of an {@link #EDITORS_NOTE}, lower-cased: a block opening otherwise is spared the pattern. */
    private static final OpeningWords EDITORS_NOTE_OPENING_WORDS = new OpeningWords("editor's", "editor’s", "editors",
            "editors'", "note", "anmerkung", "hinweis", "nota", "noot");
    /**
     * Most characters between the piece's name and "updated": the note's predicate ("Dieser Artikel wurde am 5. März
     * aktualisiert"), not a later clause ("This report was commissioned by the council, which said the figures would be
     * updated every year").
     */
    private static final int MAX_UPDATE_VERB_DISTANCE = 50;
    /**
     * What an update note says of the piece: that it was updated or added to. Not "corrected": a note that corrects
     * ("This article has been corrected to show ...") is a correction, the article's text.
     */
    private static final Pattern UPDATED = Pattern.compile("(?iu)\\b(?:updated|aktualisiert|ergänzt|mis à jour|actualisé"
            + "|actualizad[oa]|aggiornat[oa]|bijgewerkt|atualizad[oa])\\b");
    /**
     * A note on a transcript: "This transcript has been edited for length and clarity", "Dieses Transkript wurde
     * automatisch erstellt und kann Fehler enthalten". A story about a transcript says what it shows, not how it was made.
     */
    private static final Pattern TRANSCRIPT_NOTE = Pattern.compile("(?iu)^(?:this is an? (?:rush|edited|lightly edited|unedited"
            + "|computer-generated|machine-generated|automated) transcript\\b|(?:this transcript"
            + "|(?:the )?transcripts? (?:(?:is|are|was|were|has been|have been) (?:generated|edited|produced|automatically|machine)|may contain)"
            + "|(?:dieses|das) transkript|cette transcription|la transcription|esta transcripción|la transcripción|questa trascrizione"
            + "|la trascrizione|dit transcript|deze transcriptie|esta transcrição|a transcrição)\\b.{0,200}\\b(?:edited|condensed|generated"
            + "|automatic|automatically|machine|errors?|rush|clarity|erstellt|bearbeitet|gekürzt|fehler|automatisch|générée|automatique"
            + "|automatiquement|erreurs|editada|generada|automática|automáticamente|errores|generata|automatica|automaticamente|errori"
            + "|gegenereerd|fouten|gerada|erros)\\b)");
    /** The first words of a {@link #TRANSCRIPT_NOTE}, lower-cased: a block opening otherwise is spared the pattern. */
    private static final OpeningWords TRANSCRIPT_OPENING_WORDS = new OpeningWords("this", "the", "transcript", "transcripts",
            "dieses", "das", "cette", "la", "esta", "questa", "dit", "deze", "a");
    /**
     * An invitation to listen or subscribe that opens a podcast's line, lower-cased: the line must also name where
     * ({@link #PODCAST_PLACES}).
     */
    private static final OpeningWords LISTEN_OPENING_WORDS = new OpeningWords("listen", "subscribe", "follow", "find", "hear",
            "hören", "hört", "höre", "abonnieren", "abonniere", "folgen", "folge", "écoutez", "écouter", "retrouvez",
            "abonnez-vous", "escucha", "escuche", "escuchar", "suscríbete", "sigue", "ascolta", "ascoltate", "ascoltare",
            "iscriviti", "segui", "luister", "abonneer", "volg", "ouça", "ouvir", "escute", "assine", "siga", "posłuchaj",
            "słuchaj", "subskrybuj", "lyssna", "prenumerera");
    /**
     * Where a podcast is heard: "wherever you get your podcasts" and its kin, or a platform. The invitation line names
     * two platforms or the "wherever"; an article that names Spotify and Apple Podcasts tells of them, not invites.
     */
    private static final Pattern PODCAST_PLACES = Pattern.compile("(?iu)\\b(?:"
            + "wherever you (?:get|listen to|find) (?:your )?podcasts|überall,? wo es podcasts gibt|in (?:jeder|ihrer|deiner) podcast-app"
            + "|partout où vous écoutez (?:vos )?podcasts|sur (?:toutes les|votre) (?:plateformes?|application) de podcast"
            + "|(?:donde|dondequiera que) (?:escuches|escuchas|sueles escuchar) (?:tus )?podcasts|en tu plataforma (?:de podcasts )?favorita"
            + "|ovunque ascolti (?:i tuoi )?podcast|sulle principali piattaforme(?: di podcast)?|waar je (?:ook )?(?:je )?podcasts? luistert"
            + "|onde (?:quer que )?(?:você )?(?:ouve|ouça|escuta) (?:seus )?podcasts|nas principais plataformas(?: de podcast)?)"
            + "|(?<place>apple podcasts|spotify|google podcasts|youtube music|amazon music|audible|overcast|pocket casts|deezer|castbox"
            + "|stitcher|podimo|ard audiothek|audio ?now|soundcloud|iheartradio|tunein|castro|podcast addict)\\b");

    /** A consent's wording, for a {@link #isConsentNotice cookie notice}: agree, accept, consent, in the languages read. */
    private static final Pattern CONSENT = Pattern.compile("(?iu)\\b(?:agree|accept|consent|zgod|wyrażasz|akzeptier|einverstanden"
            + "|zustimm|einwillig|consient|acconsent|accett|acept|akkoord|toestemming|concord|aceit)");
    /** The reader addressed, for a {@link #isConsentNotice cookie notice}: "you", "Sie", "vous", "usted", "Twoich". */
    private static final Pattern READER = Pattern.compile("(?u)\\b(?:[Yy]ou|[Yy]our|Sie|Ihre[mnrs]?|[Vv]ous|[Vv]otre|[Vv]os|[Uu]sted|[Tt]us?"
            + "|[Tt]uoi?|[Tt]ua|[Jj]e|[Jj]ouw|[Uu]w|[Vv]ocê|[Ss]eu|[Tt]woich|[Tt]woje|[Uu]żytkowniku|[Kk]orzystając|[Pp]rzechodząc)\\b");

    private OutletNotices() {
    }

    /**
     * Whether a block's whole text is one of the outlet's notices. Every block of every page is asked, so the searches
     * that scan the whole text run only where a cheap test lets them: the anchored patterns first (the tip appeal's
     * only where the text starts with one of its letters, the platform's labels and prompts and the note on the piece
     * only where its first word opens one of them), an appeal only at a sentence whose first word opens one, a
     * referral only with "eferral" in the text, the contact line only with an "@" in the text, the affiliate wording
     * only with one of its stems in it (a case-blind search of every position costs ten times more).
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
        boolean notice = (opensANote(text) && ((length <= MAX_SHORT_NOTICE_CHARS && PLATFORM_LABEL.matcher(text).matches())
                || NEWSLETTER_PROMPT.matcher(text).lookingAt()
                || (THIS_PIECE.matcher(text).lookingAt() && LICENCE_OR_ORIGIN.matcher(text).find())))
                || (text.contains("eferral") && REFERRAL.matcher(text).find())
                || opensASentenceWithAnAppeal(text)
                || (TIP_OPENING_LETTERS.indexOf(Character.toLowerCase(text.charAt(0))) >= 0
                && TIP_APPEAL.matcher(text).lookingAt() && (ADDRESS.matcher(text).find() || PHONE.matcher(text).find()))
                || (text.indexOf('@') >= 0 && CONTACT_OPENING.matcher(text).lookingAt() && ADDRESS.matcher(text).find())
                || (text.indexOf('@') >= 0 && opensWithAShortQuestion(text) && E_MAIL.matcher(text).find())
                || (text.indexOf('+') >= 0 && gamblingPromo(text))
                || isConsentNotice(text)
                || (namesAnAffiliateStem(text) && AFFILIATE.matcher(text).find() && OUTLET_VOICE.matcher(text).find());
        int firstWordEnd = wordEnd(text, 0);
        return (notice || updateNote(text, firstWordEnd) || podcastNote(text, firstWordEnd) || disclaimer(text))
                && !JunkBlocks.QUOTATION.matcher(text).find();
    }

    /**
     * A disclaimer or disclosure the outlet sets under a piece: the views are the author's, an owner's stake, a review's
     * sample, an agency feed's note, an invitation to the outlet's other news. Each is asked behind a substring the
     * kind always holds, so most blocks are spared the patterns.
     */
    private static boolean disclaimer(String text) {
        if ((text.contains("pini") || text.contains(" views") || text.contains("Views") || text.contains("einung")
                || text.contains("engage"))
                && VIEWS_ARE_THE_AUTHORS.matcher(text).find()) {
            return true;
        }
        if (text.indexOf(':') > 0 && (DISCLOSURE_LABEL.matcher(text).lookingAt()
                || NOTE_LABEL.matcher(text).lookingAt() && OWNERSHIP.matcher(text).find())) {
            return true;
        }
        // each stem an anchor of one language's wordings (not "test" alone, which "latest" and "protest" hold): review,
        // test, Testgerät, Leihgerät, Rezensionsexemplar, "para esta prueba", prêté, prestato
        if ((text.contains("eview") || text.contains(" test") || text.contains("Test") || text.contains("Leih")
                || text.contains("ezension") || text.contains("para est") || text.contains("prêt")
                || text.contains("prestat")) && REVIEW_SAMPLE.matcher(text).find()) {
            return true;
        }
        // edited, editado, éditée, modifications, modifiée, automatisch, automáticamente, Redaktion, headline, feed
        if ((text.contains("edited") || text.contains("editad") || text.contains("dité") || text.contains("modifi")
                || text.contains("utomati") || text.contains("utomá") || text.contains("edaktion") || text.contains("headline")
                || text.contains("feed"))
                && FEED_NOTE.matcher(text).find()) {
            return true;
        }
        return text.length() <= MAX_INVITATION_CHARS && "cgCG".indexOf(text.charAt(0)) >= 0
                && MORE_NEWS_INVITATION.matcher(text).matches();
    }

    /**
     * Whether the block opens with a short question of its own, {@link #MAX_TIP_QUESTION_WORDS} words or fewer ending
     * "?": with an e-mail address after it, a tip line in any language ("Har du tips? Mejla tips@...", "Got a story?
     * Email ..."). A paragraph that asks a question of the story and goes on has no address to send the reader to.
     */
    private static boolean opensWithAShortQuestion(String text) {
        int words = 1;
        int limit = Math.min(text.length(), 80);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return i > 0;
            }
            if (c == ' ' && ++words > MAX_TIP_QUESTION_WORDS) {
                return false;
            }
            if (c == '.' || c == '!' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /**
     * A cookie or consent notice: the text names cookies ("cookie", Polish "ciasteczka"), a consent ({@link #CONSENT})
     * and the reader ({@link #READER}). The stems are looked for first: most blocks name no cookie.
     */
    private static boolean isConsentNotice(String text) {
        return (text.contains("ookie") || text.contains("iastecz")) && CONSENT.matcher(text).find()
                && READER.matcher(text).find();
    }

    /**
     * An ad slot's label, the block's whole text ({@link #AD_LABEL}); asked apart from {@link #is}, since a heading of
     * that one word ("Advertising", "Werbung") is a section's, not a slot's.
     */
    static boolean isAdLabel(String text) {
        return !text.isEmpty() && text.length() <= MAX_AD_LABEL_CHARS && AD_LABEL_WORDS.has(text, 0, wordEnd(text, 0))
                && AD_LABEL.matcher(text).matches();
    }

    /**
     * An ad labelled as one at its start, the ad's own words after the label: "Anzeige: Jetzt bis zu 50 % sparen ...",
     * "Sponsored: ...", "Annons: ...": an {@link #AD_LABEL} word and a colon, in a block of {@link #MAX_LABELLED_AD_CHARS}
     * or fewer. Asked, as {@link #isAdLabel}, only of a block that is no heading.
     */
    static boolean isLabelledAd(String text) {
        if (text.length() > MAX_LABELLED_AD_CHARS || text.isEmpty()) {
            return false;
        }
        int end = wordEnd(text, 0);
        return end < text.length() && text.charAt(end) == ':' && AD_LABEL_WORDS.has(text, 0, end)
                && AD_LABEL.matcher(text.substring(0, end)).matches();
    }

    /**
     * A betting or gambling promo: an age limit ("18+") with a bonus, free bets, terms or a responsible-gambling line
     * ({@link #GAMBLING_TERMS}) in a short block. An article on gambling that names an age limit says more than that.
     */
    private static boolean gamblingPromo(String text) {
        return text.length() <= MAX_GAMBLING_PROMO_CHARS && AGE_LIMIT.matcher(text).find()
                && GAMBLING_TERMS.matcher(text).find();
    }

    /**
     * A note that the piece was updated: "this article" (or its kin, {@link #THIS_PIECE}) at the block's start, perhaps
     * after an editor's-note label, said to be updated ({@link #UPDATED}): "This article was updated on March 4 to
     * include ...", "Editor's note: This story has been updated ...", "Cet article a été mis à jour ...".
     */
    private static boolean updateNote(String text, int firstWordEnd) {
        int start = 0;
        int end = firstWordEnd;
        if (EDITORS_NOTE_OPENING_WORDS.has(text, 0, end)) {
            Matcher label = EDITORS_NOTE.matcher(text);
            if (label.lookingAt()) {
                start = label.end();
                end = wordEnd(text, start);
            }
        }
        if (!THIS_PIECE_OPENING_WORDS.has(text, start, end)) {
            return false;
        }
        Matcher piece = THIS_PIECE.matcher(text).region(start, text.length());
        return piece.lookingAt() && UPDATED.matcher(text)
                .region(piece.end(), Math.min(text.length(), piece.end() + MAX_UPDATE_VERB_DISTANCE)).find();
    }

    /**
     * A podcast's notes: a line opening with an invitation to listen that names "wherever you get your podcasts" or two
     * platforms ({@link #PODCAST_PLACES}), and a note on how the transcript was made ({@link #TRANSCRIPT_NOTE}).
     */
    private static boolean podcastNote(String text, int firstWordEnd) {
        if (TRANSCRIPT_OPENING_WORDS.has(text, 0, firstWordEnd) && namesATranscript(text)
                && TRANSCRIPT_NOTE.matcher(text).lookingAt()) {
            return true;
        }
        if (!LISTEN_OPENING_WORDS.has(text, 0, firstWordEnd)) {
            return false;
        }
        Matcher m = PODCAST_PLACES.matcher(text);
        int platforms = 0;
        while (m.find()) {
            if (m.group("place") == null || ++platforms == 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether the block's first word (past a Spanish "¿") is one of {@link #NOTE_OPENING_WORDS}. */
    private static boolean opensANote(String text) {
        int start = text.charAt(0) == '¿' ? 1 : 0;
        int end = wordEnd(text, start);
        return NOTE_OPENING_WORDS.has(text, start, end);
    }

    /** Where the word starting at {@code start} ends: letters, hyphens and apostrophes ("abonnez-vous", "s'abonner"). */
    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * Whether a sentence of the text opens with an {@link #APPEAL}: the pattern is tried only where a sentence's first
     * word is one of {@link #APPEAL_OPENING_WORDS}, a lookup in place per sentence rather than a search of every position.
     */
    private static boolean opensASentenceWithAnAppeal(String text) {
        int length = text.length();
        int start = 0;
        while (start < length) {
            int end = wordEnd(text, start);
            if (APPEAL_OPENING_WORDS.has(text, start, end) && APPEAL.matcher(text).region(start, length).lookingAt()) {
                return true;
            }
            start = nextSentence(text, end);
        }
        return false;
    }

    /**
     * Where the sentence after {@code from} starts: past a full stop, question or exclamation mark or colon and the
     * space after it.
     */
    private static int nextSentence(String text, int from) {
        int length = text.length();
        for (int i = from; i + 1 < length; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ':') && Character.isWhitespace(text.charAt(i + 1))) {
                int next = i + 1;
                while (next < length && !Character.isLetter(text.charAt(next))) {
                    next++;
                }
                return next;
            }
        }
        return length;
    }

    /**
     * Whether the text holds a stem of "transcript" past its first letter: "ranscr" (transcript, transcription,
     * transcripción, transcrição), "ransk" (Transkript), "rascr" (trascrizione). Most blocks that open with one of
     * {@link #TRANSCRIPT_OPENING_WORDS} ("The", "A", "La") hold none and are spared the pattern.
     */
    private static boolean namesATranscript(String text) {
        return text.contains("ranscr") || text.contains("ransk") || text.contains("rascr");
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

    /**
     * A few words looked up case-blind where they stand in a text, without a lower-cased copy: every block is asked,
     * at every sentence, so the lookup must not allocate. The words start with a Latin-1 letter ("écoutez") and are
     * grouped by it.
     */
    private static final class OpeningWords {
        private final String[][] byFirstLetter = new String[256][];

        OpeningWords(String... words) {
            for (String word : words) {
                int first = word.charAt(0);
                String[] group = byFirstLetter[first];
                String[] grown = group == null ? new String[1] : Arrays.copyOf(group, group.length + 1);
                grown[grown.length - 1] = word;
                byFirstLetter[first] = grown;
            }
        }

        /** Whether the word from {@code start} to {@code end} is one of these, in any case. */
        boolean has(String text, int start, int end) {
            if (end <= start) {
                return false;
            }
            char first = Character.toLowerCase(text.charAt(start));
            String[] group = first < 256 ? byFirstLetter[first] : null;
            if (group == null) {
                return false;
            }
            for (String word : group) {
                if (word.length() == end - start && text.regionMatches(true, start, word, 0, word.length())) {
                    return true;
                }
            }
            return false;
        }
    }
}

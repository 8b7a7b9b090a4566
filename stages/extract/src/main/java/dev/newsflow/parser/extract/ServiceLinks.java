package dev.newsflow.parser.extract;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Promos and service lines known by where their links go, whatever their language: "follow us" lines to the outlet's
 * profiles, app promos to the stores, subscription, newsletter, account and donation promos, tip lines and "report an
 * error" lines. Their words vary with the language and the outlet; their targets do not: the outlet's own profiles and
 * channels, its app in the stores, its own subscribe, account and contact pages, its own address.
 *
 * <p>A short block whose every link goes to such a target, with little text of its own beside them, goes. What an
 * article links to is told apart by the link alone: a post (a status, a photo) is not a profile; someone else's
 * profile, app or address counts only in a block that is mostly those links (a line of handles); another site's
 * subscribe or contact page counts never (an article about a service links to it). And a block with more text of its
 * own than a promo's invitation is prose, whatever it links to (a correction notice, a sentence about an app).
 */
final class ServiceLinks {

    /** Longest block judged: a longer one holds more than a promo. */
    static final int MAX_BLOCK_CHARS = 200;
    /**
     * Most characters of text outside the links: a promo's invitation ("Elke ochtend het belangrijkste nieuws uit de
     * regio in je mailbox?", 66, the longest on the stress pages' tune half); a correction notice or a sentence of prose
     * around a link is longer.
     */
    static final int MAX_OWN_TEXT_CHARS = 80;
    /** Fewest links to others' profiles, apps or addresses that make a line of handles on their own. */
    private static final int MIN_OTHERS_LINKS = 2;
    /** Shortest outlet name matched inside a handle or an app's id: shorter ones ("ap") are inside too many words. */
    private static final int MIN_NAME_CHARS = 4;
    /** Shortest handle matched inside an outlet's name. */
    private static final int MIN_HANDLE_CHARS = 5;

    /** What a link's target says about the block it is in. */
    enum Target {
        /** an article's link: a post, a story, another site's page */
        NONE,
        /** someone's profile, app or address, not shown to be the outlet's: a service only in a line of such links */
        OTHERS,
        /** the outlet's own service: its profiles, app, subscription, account, contact pages, address, share tools */
        OWN
    }

    /**
     * The social networks' hosts and the first path segments under which a profile or channel lives (empty: the
     * first segment is the handle itself). Posts live elsewhere (twitter.com/x/status/1, instagram.com/p/x), so a link
     * to a post is not a profile.
     */
    private static final Map<String, Set<String>> PROFILE_PREFIXES = Map.ofEntries(
            Map.entry("twitter.com", Set.of()), Map.entry("x.com", Set.of()),
            Map.entry("facebook.com", Set.of()), Map.entry("instagram.com", Set.of()),
            Map.entry("t.me", Set.of()), Map.entry("telegram.me", Set.of()),
            Map.entry("tiktok.com", Set.of()), Map.entry("threads.net", Set.of()), Map.entry("threads.com", Set.of()),
            Map.entry("pinterest.com", Set.of()), Map.entry("flipboard.com", Set.of()), Map.entry("vk.com", Set.of()),
            Map.entry("youtube.com", Set.of("c", "user", "channel")), Map.entry("bsky.app", Set.of("profile")),
            Map.entry("linkedin.com", Set.of("company", "in", "showcase")), Map.entry("snapchat.com", Set.of("add")));
    /**
     * First path segments on those hosts that are not handles: the networks' own pages, posts, and share tools (the
     * share tools are recognised before this, as {@link #SHARE_TOOL}).
     */
    private static final Set<String> NOT_HANDLES = Set.of("status", "statuses", "i", "home", "search", "hashtag",
            "explore", "p", "reel", "reels", "tv", "stories", "watch", "shorts", "events", "groups", "photo.php",
            "story.php", "permalink.php", "photos", "videos", "posts", "login", "signup", "help", "privacy", "about",
            "embed", "s", "live", "playlist", "results", "feed", "pin", "video", "music", "tag", "discover");
    /**
     * The networks' share tools, which a share bar links to (the page's own service, not anyone's post):
     * twitter.com/intent/tweet, facebook.com/sharer.php, a WhatsApp or Telegram share link, and the rest.
     */
    private static final Pattern SHARE_TOOL = Pattern.compile("(?i)^(?:(?:twitter|x)\\.com/(?:intent|share)"
            + "|facebook\\.com/(?:sharer|share\\.php|dialog/(?:share|feed))|linkedin\\.com/(?:sharing|sharearticle|cws/share)"
            + "|reddit\\.com/submit|pinterest\\.com/pin/create|(?:t|telegram)\\.me/share|api\\.whatsapp\\.com/send"
            + "|wa\\.me/?(?:$|\\?)|bsky\\.app/intent|threads\\.(?:net|com)/intent|news\\.ycombinator\\.com/submitlink"
            + "|getpocket\\.com/(?:save|edit)|flipboard\\.com/bookmarklet)");
    /**
     * Links that only an outlet puts on its pages, whoever they name: a WhatsApp channel or chat number and a Signal
     * number (tip lines), a Google News publication to follow. An article has no reason to link to these.
     */
    private static final Pattern OUTLET_ONLY = Pattern.compile("(?i)^(?:whatsapp\\.com/channel/|wa\\.me/\\+?\\d"
            + "|signal\\.me/|news\\.google\\.com/publications/)");
    /**
     * The app stores, and where the app's name or id is in their links (the outlet's own app carries the outlet's
     * name there: apps.apple.com/se/app/kvallsposten/id1, play.google.com/store/apps/details?id=se.kvallsposten).
     */
    private static final Pattern APP_STORE = Pattern.compile("(?i)^(?:apps|itunes)\\.apple\\.com/(?:[a-z]{2}/)?app/([^/?#]+)"
            + "|^play\\.google\\.com/store/apps/(?:details|dev)\\?(?:.*&)?id=([^&#]+)|^appgallery\\.huawei\\.com/");
    /**
     * The outlet's own service pages, as the first path segment (or the host's first label: abo.example.de) names them,
     * in the languages of the outlets read and their neighbours: subscription, membership and donation, newsletter,
     * account and sign-in, contact, tips and corrections. Only on the outlet's own host: another site's subscribe or
     * contact page is what an article about it links to. A segment that starts with the word and goes on after a
     * hyphen counts ("abo-digital", "nous-contacter" does not: it must start so).
     */
    private static final Pattern SERVICE_SEGMENT = Pattern.compile("(?i)^(?:"
            // subscription
            + "subscribe|subscriptions?|subscribers?|abo|abos|abonnements?|abonnieren|abonner|abonnez|abonneren|abonnementen"
            + "|abbonamenti|abbonamento|abbonati|abbonarsi|suscripci[oó]n|suscripciones|suscr[ií]bete|suscribirse|suscriptor(?:es)?"
            + "|assinaturas?|assine|assinar|assinantes?|prenumeration(?:er)?|prenumerera|prenumerata|subskrypcja|tilaa|tilaus"
            + "|tilaukset|predplatne|predplatit|abonament(?:e)?|abonare|elofizetes|elofizetek|abonelik|abone|langganan"
            + "|berlangganan|digitalabo"
            // membership and donation
            + "|membership|members?|join|donate|donations?|contribute|contributions?|support|supporters?|spenden|spende"
            + "|unterstuetzen|unterst[uü]tzen|mitglied(?:schaft)?|soutenir|dons?|donar|donaci[oó]n(?:es)?|apoya|dona|donazioni"
            + "|sostienici|doar|doe|doacao|apoie|doneer|doneren|steun|lahjoita|tue|wesprzyj|wsparcie|podporte|darujte|doneaza"
            + "|sustine|tamogatas|tamogass|tamogatom|bagis|destek|donasi|dukung|stod|stott|stotte"
            // newsletters
            + "|newsletters?|nieuwsbrie(?:f|ven)|bolet[ií]n(?:es)?|lettre|lettres|inscription|nyhetsbrev|nyhedsbrev|uutiskirje"
            + "|hirlevel|bulten|buletin"
            // account and sign-in
            + "|login|log-?in|logout|sign-?in|sign-?up|signup|register|registration|accounts?|my-?account|myaccount|konto"
            + "|mein-?konto|anmelden|anmeldung|registrieren|registrierung|connexion|compte|mon-?compte|registro|registrate"
            + "|acceder|iniciar-sesion|cuenta|mi-?cuenta|registrati|registrazione|accedi|cadastro|cadastre|entrar|conta"
            + "|minha-?conta|inloggen|registreren|mijn-?account|logga-?in|logg-?inn|log-?ind|registrera|registrer|mitt-?konto"
            + "|min-?konto|kirjaudu|rekisteroidy|zaloguj|logowanie|rejestracja|prihlaseni|prihlasit|registrace|ucet|autentificare"
            + "|cont|contul-meu|belepes|bejelentkezes|regisztracio|fiok|giris|kayit|uyelik|uye|masuk|daftar|akun"
            // contact, tips, corrections
            + "|contact|contact-?us|contacts|contactez|contactez-nous|nous-contacter|kontakt|kontakte|kontakty|contacto|contactanos"
            + "|contatti|contattaci|contato|fale-?conosco|feedback|palaute|tips?|tipline|newstips|tipsa|tipps|vinkki|vinkkaa"
            + "|corrections?|correcciones|correcoes|rettifiche|korrekturen|korrektur|errata|signaler|yhteystiedot|kapcsolat|iletisim|kontak|hubungi"
            + "|leserbrief|klantenservice"
            + ")(?:$|[-_.])");
    /**
     * Segments that are a service page only as the whole path ("/app", "/shop"): deeper down they are sections that hold
     * articles ("/tech/apps/best-apps-2026").
     */
    private static final Pattern SERVICE_ALONE = Pattern.compile("(?i)^(?:apps?|shop|store|boutique|tienda|loja|negozio"
            + "|winkel|kauppa|butik|sklep|obchod|magazin|bolt|magaza|toko)$");
    /** Most hyphens in a segment of a service page's path: a story's slug has more ("report-an-error" has two). */
    private static final int MAX_SEGMENT_HYPHENS = 3;
    /** Most segments of a service page's path ("/de/konto/anmelden"); a story's path is often deeper. */
    private static final int MAX_SERVICE_SEGMENTS = 3;
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** The host's label for its web or mobile edition, which says nothing of the site ("www.", "m.", "mobile."). */
    private static final Pattern MOBILE_OR_WWW = Pattern.compile("^(?:www|m|mobile)\\.");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final ArticleExtractor.BaseUrl resolver;
    /** The outlet's domains: the page's and its canonical URL's, without "www." and the like. */
    private final Set<String> ownDomains = new LinkedHashSet<>();
    /** The outlet's names as a handle or an app id would hold them: its domains' first labels, its site name. */
    private final Set<String> outletNames = new LinkedHashSet<>();

    /**
     * @param pageUrl      the page's URL (or its {@code <base href>}), against which relative links resolve
     * @param canonicalUrl the page's declared canonical URL, or null
     * @param siteName     the outlet's name as the page declares it, or null
     */
    ServiceLinks(String pageUrl, String canonicalUrl, String siteName) {
        this.resolver = new ArticleExtractor.BaseUrl(pageUrl == null ? "" : pageUrl);
        for (String url : new String[] {pageUrl, canonicalUrl}) {
            String domain = domain(host(url));
            if (domain != null) {
                ownDomains.add(domain);
                addName(domain.substring(0, domain.indexOf('.')));
            }
        }
        if (siteName != null) {
            addName(siteName);
        }
    }

    private void addName(String name) {
        String n = squash(name);
        if (n.length() >= MIN_NAME_CHARS) {
            outletNames.add(n);
        }
    }

    /**
     * Removes the service lines among the blocks; answers the blocks left. Never a block that holds an image outside
     * its links (a picture of the article's with a credit linked to a profile).
     */
    List<Element> remove(Element content, List<Element> blocks, Function<Element, String> textOf) {
        List<Element> kept = new ArrayList<>(blocks.size());
        for (Element block : blocks) {
            if (isServiceLine(block, textOf.apply(block))) {
                JunkBlocks.removeWithEmptyParents(block, content);
            } else {
                kept.add(block);
            }
        }
        return kept;
    }

    boolean isServiceLine(Element block, String text) {
        if (text.length() > MAX_BLOCK_CHARS) {
            return false;
        }
        // the cheap tests first (most short blocks have no link, or prose around their links); the links' targets last
        List<Element> links = block.getElementsByTag("a");
        int linkedChars = 0;
        boolean any = false;
        for (Element a : links) {
            if (a.hasAttr("href")) {
                any = true;
                linkedChars += a.text().length();
            }
        }
        int ownText = Math.max(0, text.length() - linkedChars);
        // a table's cells are data: a table of apps, each linked to its store, is the article's
        if (!any || ownText > MAX_OWN_TEXT_CHARS || inTableCell(block) || imageOutsideLinks(block)) {
            return false;
        }
        int others = 0;
        for (Element a : links) {
            if (!a.hasAttr("href")) {
                continue;
            }
            Target t = target(a.attr("href"));
            if (t == Target.NONE && ownLinkNamedForANetwork(a)) {
                t = Target.OWN;
            }
            if (t == Target.NONE) {
                return false;
            }
            others += t == Target.OTHERS ? 1 : 0;
        }
        // someone else's profile or app named in a short sentence ("Maier hat auf Instagram fast 30.000 Follower.") stays,
        // and so does one app, profile or address alone (an item of a list of apps, an author's address under the
        // article); a line of two or more such links and little else is a line of handles
        return others == 0 || (others >= MIN_OTHERS_LINKS && linkedChars * 2 > text.length());
    }

    /**
     * A link on the outlet's own site whose whole text is a social network's name ("Follow us on <a>Facebook</a> and
     * <a>X</a>", linked to the outlet's own redirect, "/fb"): the outlet's profile, as a tabloid's follow line sets it.
     * Another site's link named so is not (the network's own page, an article about it).
     */
    private boolean ownLinkNamedForANetwork(Element a) {
        String name = a.text().strip().toLowerCase(Locale.ROOT);
        if (!NETWORK_NAMES.contains(name)) {
            return false;
        }
        String h = a.attr("href").strip();
        if (h.startsWith("/") && !h.startsWith("//")) {
            return true;
        }
        try {
            String host = new URI(resolver.absolute(h)).getHost();
            String domain = host == null ? null : domain(host.toLowerCase(Locale.ROOT));
            return domain != null && ownDomains.contains(domain);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The social networks and messengers by the names a follow line links them with, lower-cased. */
    private static final Set<String> NETWORK_NAMES = Set.of("facebook", "x", "twitter", "instagram", "tiktok", "snapchat",
            "youtube", "threads", "bluesky", "linkedin", "whatsapp", "telegram", "pinterest", "mastodon");

    private static boolean inTableCell(Element block) {
        for (Element e = block; e != null; e = e.parent()) {
            if (e.normalName().equals("td") || e.normalName().equals("th")) {
                return true;
            }
        }
        return false;
    }

    private static boolean imageOutsideLinks(Element block) {
        for (Element img : block.getElementsByTag("img")) {
            if (img.closest("a") == null) {
                return true;
            }
        }
        return false;
    }

    /** What a link's target is ({@link Target}). */
    Target target(String href) {
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#") || h.regionMatches(true, 0, "javascript:", 0, 11)) {
            return Target.NONE;
        }
        if (h.regionMatches(true, 0, "mailto:", 0, 7)) {
            return mailTarget(h.substring(7));
        }
        String abs = resolver.absolute(h);
        URI uri;
        try {
            uri = new URI(abs);
        } catch (java.net.URISyntaxException e) {
            return Target.NONE;
        }
        String host = uri.getHost();
        if (host == null || uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
            return Target.NONE;
        }
        host = host.toLowerCase(Locale.ROOT);
        String bareHost = MOBILE_OR_WWW.matcher(host).replaceFirst("");
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String hostAndPath = bareHost + path + query;
        if (SHARE_TOOL.matcher(hostAndPath).find() || OUTLET_ONLY.matcher(hostAndPath).find()) {
            return Target.OWN;
        }
        var app = APP_STORE.matcher(hostAndPath);
        if (app.find()) {
            String id = app.group(1) != null ? app.group(1) : app.group(2);
            return id != null && namesTheOutlet(id) ? Target.OWN : Target.OTHERS;
        }
        Set<String> prefixes = PROFILE_PREFIXES.get(bareHost);
        if (prefixes != null) {
            return profileTarget(prefixes, segments(path));
        }
        String domain = domain(host);
        if (domain != null && ownDomains.contains(domain)) {
            return ownPage(host, domain, segments(path)) ? Target.OWN : Target.NONE;
        }
        return Target.NONE;
    }

    /** An address: the outlet's own (its domain) is its service; another's counts only in a line of such links. */
    private Target mailTarget(String rest) {
        String address = rest.split("[?&]", 2)[0].strip();
        if (address.isEmpty()) {
            // mailto:?subject=...: the page's "send by e-mail" tool
            return Target.OWN;
        }
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? null : domain(address.substring(at + 1).toLowerCase(Locale.ROOT));
        return domain != null && ownDomains.contains(domain) ? Target.OWN : Target.OTHERS;
    }

    private Target profileTarget(Set<String> prefixes, List<String> segs) {
        if (segs.isEmpty()) {
            return Target.NONE;
        }
        String handle;
        int expected;
        if (prefixes.contains(segs.getFirst().toLowerCase(Locale.ROOT)) && segs.size() >= 2) {
            handle = segs.get(1);
            expected = 2;
        } else if (segs.getFirst().startsWith("@") || (prefixes.isEmpty()
                && !NOT_HANDLES.contains(segs.getFirst().toLowerCase(Locale.ROOT)))) {
            handle = segs.getFirst();
            expected = 1;
        } else {
            return Target.NONE;
        }
        // a path past the handle is a post, a photo, a video (tiktok.com/@x/video/1), not the profile
        if (segs.size() > expected) {
            return Target.NONE;
        }
        return namesTheOutlet(handle) ? Target.OWN : Target.OTHERS;
    }

    /** Whether a page on the outlet's own domain is a service page: by its host's first label or its path. */
    private static boolean ownPage(String host, String domain, List<String> segs) {
        if (!host.equals(domain) && !host.startsWith("www.")) {
            String sub = host.substring(0, host.indexOf('.'));
            if (SERVICE_SEGMENT.matcher(sub).find()) {
                return true;
            }
        }
        if (segs.isEmpty() || segs.size() > MAX_SERVICE_SEGMENTS) {
            return false;
        }
        for (String s : segs) {
            if (s.chars().filter(c -> c == '-').count() > MAX_SEGMENT_HYPHENS) {
                return false;
            }
        }
        if (segs.size() == 1 && SERVICE_ALONE.matcher(segs.getFirst()).matches()) {
            return true;
        }
        // the service word first, or second after a language prefix ("/de/abo")
        String first = plain(segs.getFirst());
        if (SERVICE_SEGMENT.matcher(first).find()) {
            return true;
        }
        return segs.size() >= 2 && first.length() == 2 && SERVICE_SEGMENT.matcher(plain(segs.get(1))).find();
    }

    /** Whether a handle or an app's id holds one of the outlet's names, or is held by one. */
    private boolean namesTheOutlet(String id) {
        String h = squash(java.net.URLDecoder.decode(id, java.nio.charset.StandardCharsets.UTF_8));
        if (h.isEmpty()) {
            return false;
        }
        for (String name : outletNames) {
            if (h.contains(name) || (h.length() >= MIN_HANDLE_CHARS && name.contains(h))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                out.add(java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = new URI(url.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /**
     * The domain a host belongs to, its registrable part by the public suffix list (crawler-commons): "www.hs.fi" and
     * "tilaus.hs.fi" are both "hs.fi", "www.bbc.co.uk" is "bbc.co.uk", a blog on a hosting service its own; a host under
     * a suffix the list does not know ("eval.invalid") is taken as its last two labels. Null for no host, an address or
     * a single label.
     */
    static String domain(String host) {
        if (host == null || host.isEmpty() || host.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ':')) {
            return null;
        }
        String domain = EffectiveTldFinder.getAssignedDomain(host, false, false);
        return domain == null || domain.indexOf('.') < 0 ? null : domain;
    }

    /** Lower case without accents, as in a URL's path ("Tilaus", "suscripción" → "tilaus", "suscripcion"). */
    private static String plain(String s) {
        return MARKS.matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }

    /** Letters and digits only, plain ("Brněnský deník" → "brnenskydenik"), for comparing names and handles. */
    private static String squash(String s) {
        return NOT_ALNUM.matcher(plain(s)).replaceAll("");
    }
}

"""One function per blind-4 page not in English: the article set in the full markup of one site family.

Same contract as families_en.py: each function gets a build_pages.Page and returns the whole document, every visible
piece that is not the headline or the article text goes through page.junk(class, html). Outlets, people and events
are invented; the markup is written by hand from how such dailies, portals and broadcasters render a story.
"""
from families_en import gtm, gtm_noscript
from markup import esc, h1, share_links


# ---------------------------------------------------------------- Brazil: national daily (Folha-like), paywall meter


def br_daily(p):
    site = "https://www1.gazetapaulista.com.br"
    leia = lambda href, t: p.junk("read-also-inline", f'<div class="c-read-more"><span class="c-read-more__label">Leia também</span><a class="c-read-more__link" href="{site}{href}">{esc(t)}</a></div>')
    return f"""{p.head("Gazeta Paulista", p.ld_json("Gazeta Paulista", section="Cotidiano") + gtm("GTM-KQ8S2Z") + '<script>var paywall={"regwall":false,"meter":{"limit":5,"count":3},"product":"gp-digital"};</script>')}
<body class="c-page c-page--news">
{gtm_noscript("GTM-KQ8S2Z")}
{p.junk("cookie-banner", '<div class="c-cookie-consent" role="dialog"><p>Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa <a href="https://www1.gazetapaulista.com.br/institucional/politica-de-privacidade.shtml">Política de Privacidade</a> e, ao continuar navegando, você concorda com estas condições.</p><button class="c-button">OK</button></div>')}
<header class="l-header">
 {p.junk("logo", '<a class="l-header__brand" href="https://www.gazetapaulista.com.br/">Gazeta Paulista</a>')}
 {p.junk("nav", '<nav class="l-header__nav"><a href="https://www1.gazetapaulista.com.br/poder/">Poder</a> <a href="https://www1.gazetapaulista.com.br/mercado/">Mercado</a> <a href="https://www1.gazetapaulista.com.br/cotidiano/">Cotidiano</a> <a href="https://www1.gazetapaulista.com.br/esporte/">Esporte</a> <a href="https://www1.gazetapaulista.com.br/ilustrada/">Ilustrada</a> <a href="https://www1.gazetapaulista.com.br/opiniao/">Opinião</a></nav>')}
 {p.junk("subscription-promo", '<div class="l-header__actions"><a class="c-button c-button--primary" href="https://assine.gazetapaulista.com.br/?cod=S240GPHEADER&amp;origem=header">Assine</a> <a href="https://login.gazetapaulista.com.br/login?done=' + p.url + '">Entrar</a></div>')}
</header>
<main class="l-main">
<article class="c-news" itemscope itemtype="http://schema.org/NewsArticle">
<header class="c-content-head">
 {p.junk("section-label", '<div class="c-kicker"><a href="https://www1.gazetapaulista.com.br/cotidiano/">Cotidiano</a> <span class="c-kicker__sep">›</span> <span>meio ambiente</span></div>')}
 {h1(p, 'class="c-content-head__title" itemprop="headline"')}
 {p.junk("dek", '<h2 class="c-content-head__subtitle" itemprop="alternativeHeadline">' + esc(p.a['dek']) + '</h2>')}
 {p.junk("byline", '<div class="c-signature"><strong class="c-signature__author"><a href="https://www1.gazetapaulista.com.br/autores/juliana-mendes-farias.shtml">Juliana Mendes Farias</a></strong> <span class="c-signature__location">Campinas</span></div><time class="c-more-options__published-date" datetime="2026-11-11 16:40:00">11.nov.2026 às 16h40</time>')}
 {p.junk("share-bar", '<div class="c-tools-share"><ul>' + share_links(p, [("whatsapp", "WhatsApp"), ("facebook", "Facebook"), ("x", "X"), ("linkedin", "Linkedin"), ("email", "E-mail")], '<li><a class="c-tools-share__button c-tools-share__button--{network}" href="{href}" target="_blank" rel="external noopener">{label}</a></li>') + '</ul><button class="c-tools-share__gift">Presentear</button> <a class="c-tools-share__comments" href="' + p.url + '#comentarios">Comentários <span>14</span></a></div>')}
 {p.junk("caption-credit", '<figure class="c-image-full"><picture><source media="(max-width: 767px)" data-srcset="https://f.i.gazetapaulista.com.br/fotografia/2026/11/11/1731339210_campinas-calor.jpeg?w=480 480w"><img class="c-image-full__image lazyload" data-src="https://f.i.gazetapaulista.com.br/fotografia/2026/11/11/1731339210_campinas-calor.jpeg" src="https://f.i.gazetapaulista.com.br/static/placeholder.gif" alt="Rua sem árvores no Campo Grande, em Campinas"></picture><noscript><img src="https://f.i.gazetapaulista.com.br/fotografia/2026/11/11/1731339210_campinas-calor.jpeg" alt=""></noscript><figcaption class="c-image-full__caption">Rua sem sombra no bairro Campo Grande, em Campinas - <span class="c-image-full__credit">Rafael Toledo/Gazeta Paulista</span></figcaption></figure>')}
</header>
<div class="c-news__content">
<div class="c-news__body" data-share-text data-news-content-text>
{p.body(inserts={
    2: [p.junk("ad-label", '<div class="c-advertising c-advertising--inline"><span class="c-advertising__label">Publicidade</span><div id="banner-inline-1" class="gp-ad"></div></div>')],
    4: [leia("/cotidiano/2026/10/calor-recorde-campinas-outubro.shtml", "Campinas registra outubro mais quente em 80 anos")],
    6: [p.junk("newsletter-promo", '<div class="c-newsletter-box"><p class="c-newsletter-box__title">Ambiente</p><p>Receba no seu email as principais notícias sobre clima e meio ambiente, toda quinta-feira.</p><a href="https://www1.gazetapaulista.com.br/newsletters/ambiente/?utm_source=materia&amp;utm_medium=box">Inscreva-se</a></div>')],
    8: [p.junk("ad-label", '<div class="c-advertising c-advertising--inline"><span class="c-advertising__label">Publicidade</span><div id="banner-inline-2" class="gp-ad"></div></div>')],
})}
</div>
{p.junk("gift-promo", '<div class="c-gift-news"><p>Gostou desta reportagem? Assinantes podem liberar 7 acessos por dia para não assinantes.</p><a href="https://assine.gazetapaulista.com.br/?cod=S240GPGIFT">Assine ou Faça login</a></div>')}
{p.junk("tags", '<div class="c-topics"><h3 class="c-topics__title">Tópicos</h3><ul><li><a href="https://www1.gazetapaulista.com.br/folha-topicos/campinas/">Campinas</a></li><li><a href="https://www1.gazetapaulista.com.br/folha-topicos/arborizacao/">arborização</a></li><li><a href="https://www1.gazetapaulista.com.br/folha-topicos/mudancas-climaticas/">mudanças climáticas</a></li></ul></div>')}
{p.junk("related-box", '<section class="c-related-news"><h3>Relacionadas</h3><ul><li><a href="https://www1.gazetapaulista.com.br/cotidiano/2026/09/sao-paulo-perde-arvores-em-bairros-pobres.shtml">Bairros pobres de SP perderam 12% das árvores em dez anos</a></li><li><a href="https://www1.gazetapaulista.com.br/ciencia/2026/08/ilhas-de-calor-satelite-unicamp.shtml">Satélite mostra ilhas de calor de até 10°C no interior paulista</a></li></ul></section>')}
{p.junk("comments", '<section id="comentarios" class="c-comments"><h3>Comentários</h3><p>Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem.</p><p>14 comentários</p><a href="https://login.gazetapaulista.com.br/login?done=' + p.url + '%23comentarios">Entre para comentar</a></section>')}
{p.junk("erramos", '<p class="c-report-error"><a href="https://www1.gazetapaulista.com.br/fale-com-a-gazeta/?tipo=erro&amp;url=' + p.url + '">Encontrou algum erro? Envie um aviso</a></p>')}
</div>
</article>
<aside class="l-sidebar">
 {p.junk("sidebar-list", '<section class="c-most-read"><h3>Mais lidas</h3><ol><li><a href="https://www1.gazetapaulista.com.br/cotidiano/2026/11/chuva-alaga-marginal.shtml">Chuva forte alaga Marginal e deixa 30 mil sem luz</a></li><li><a href="https://www1.gazetapaulista.com.br/mercado/2026/11/inflacao-outubro-ipca.shtml">Inflação de outubro fica abaixo do esperado</a></li><li><a href="https://www1.gazetapaulista.com.br/esporte/2026/11/palmeiras-final.shtml">Palmeiras vence e vai à final</a></li></ol></section>')}
</aside>
</main>
{p.junk("paywall-prompt", '<div class="c-paywall-banner" style="display:none"><p>Você atingiu o limite de 5 reportagens por mês.</p><a href="https://assine.gazetapaulista.com.br/?cod=S240GPPAYWALL">Assine a partir de R$ 1,90 no primeiro mês</a></div>')}
<footer class="l-footer">
{p.junk("footer", '<p>Copyright Gazeta Paulista. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação, eletrônico ou impresso, sem autorização escrita da Gazeta Paulista.</p><nav><a href="https://www1.gazetapaulista.com.br/institucional/expediente.shtml">Expediente</a> <a href="https://www1.gazetapaulista.com.br/institucional/politica-de-privacidade.shtml">Política de privacidade</a> <a href="https://apps.apple.com/br/app/gazeta-paulista/id1121841219">App iOS</a> <a href="https://play.google.com/store/apps/details?id=br.com.gazetapaulista.app">App Android</a></nav>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Turkey: TV channel news site (NTV-like)


def tr_tv_news(p):
    return f"""{p.head("Kanal 9 Haber", p.ld_json("Kanal 9 Haber", section="Türkiye") + '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script><script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot("/9123456/kanal9/haber_detay_300x250",[300,250],"div-gpt-ad-inarticle").addService(googletag.pubads());googletag.enableServices();});</script>')}
<body class="news-detail">
<header class="header">
 {p.junk("logo", '<a class="header__logo" href="https://www.kanal9haber.com.tr/">Kanal 9 Haber</a>')}
 {p.junk("nav", '<nav class="header__menu"><a href="https://www.kanal9haber.com.tr/son-dakika">Son Dakika</a> <a href="https://www.kanal9haber.com.tr/turkiye">Türkiye</a> <a href="https://www.kanal9haber.com.tr/dunya">Dünya</a> <a href="https://www.kanal9haber.com.tr/ekonomi">Ekonomi</a> <a href="https://www.kanal9haber.com.tr/spor">Spor</a> <a href="https://www.kanal9haber.com.tr/yasam">Yaşam</a></nav>')}
 {p.junk("live-bar", '<a class="header__live" href="https://www.kanal9haber.com.tr/canli-yayin">CANLI YAYIN</a>')}
</header>
{p.junk("breaking-bar", '<div class="breaking-news"><span class="breaking-news__label">SON DAKİKA</span><a href="https://www.kanal9haber.com.tr/ekonomi/merkez-bankasi-faiz-karari-aciklandi">Merkez Bankası faiz kararını açıkladı</a></div>')}
<main class="container">
<div class="category-detail">
 {p.junk("breadcrumb", '<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement"><a href="https://www.kanal9haber.com.tr/">Ana Sayfa</a></li><li itemprop="itemListElement"><a href="https://www.kanal9haber.com.tr/turkiye">Türkiye</a></li></ol>')}
 {h1(p, 'class="category-detail-title"')}
 {p.junk("date", '<div class="category-detail-time"><span>Giriş: 17.11.2026 - 11:42</span> <span>Son Güncelleme: 17.11.2026 - 12:05</span></div>')}
 {p.junk("byline", '<div class="category-detail-editor">Elif Karaosmanoğlu / İzmir</div>')}
 {p.junk("share-bar", '<div class="share-buttons">' + share_links(p, [("facebook", "Facebook"), ("x", "X"), ("whatsapp", "WhatsApp"), ("telegram", "Telegram")], '<a class="share-buttons__item share-buttons__item--{network}" href="{href}" target="_blank" title="{label} ile paylaş">{label}</a> ') + '</div>')}
 {p.junk("google-news-promo", '<a class="google-news-follow" href="https://news.google.com/publications/CAAqBwgKMOzZrgsw-eTGAw?hl=tr&amp;gl=TR&amp;ceid=TR:tr" target="_blank">Google News’te takip et</a>')}
 {p.junk("video-caption", '<div class="video-player" data-video-id="k9-2026-11-17-hamam"><div class="jw-player" id="jwplayer_k9"></div><p class="video-player__title">Yeşilkubbe Hamamı kütüphane oldu (Video)</p></div>')}
 <div class="category-detail-content" data-article-body>
{p.body(style={"p": "<p>{}</p>"}, inserts={
    2: [p.junk("ad-label", '<div class="ad-wrapper"><span class="ad-wrapper__label">Reklam</span><div id="div-gpt-ad-inarticle"></div></div>')],
    4: [p.junk("read-also-inline", '<p class="also-read"><strong>İLGİLİ HABER: </strong><a href="https://www.kanal9haber.com.tr/turkiye/kemeralti-carsisinda-restorasyon-calismalari-basladi">Kemeraltı Çarşısı’nda restorasyon çalışmaları başladı</a></p>')],
    7: [p.junk("youtube-promo", '<div class="youtube-subscribe"><p>Kanal 9 Haber YouTube kanalına abone olun, gelişmeleri kaçırmayın.</p><a href="https://www.youtube.com/@kanal9haber?sub_confirmation=1">Abone Ol</a></div>')],
})}
 </div>
 {p.junk("tags", '<div class="tags"><span class="tags__title">Etiketler:</span> <a href="https://www.kanal9haber.com.tr/etiket/izmir">İzmir</a> <a href="https://www.kanal9haber.com.tr/etiket/kutuphane">kütüphane</a> <a href="https://www.kanal9haber.com.tr/etiket/restorasyon">restorasyon</a></div>')}
 {p.junk("related-box", '<section class="related-news"><h3 class="related-news__title">İlgili Haberler</h3><ul><li><a href="https://www.kanal9haber.com.tr/turkiye/izmirde-tarihi-han-otel-oluyor">İzmir’de tarihi han otel oluyor</a></li><li><a href="https://www.kanal9haber.com.tr/yasam/turkiyenin-en-eski-kutuphaneleri">Türkiye’nin en eski kütüphaneleri</a></li><li><a href="https://www.kanal9haber.com.tr/turkiye/konak-belediyesi-yeni-kultur-merkezi">Konak Belediyesi yeni kültür merkezini açtı</a></li></ul></section>')}
</div>
<aside class="sidebar">
 {p.junk("sidebar-list", '<div class="most-read"><h3>Çok Okunanlar</h3><ol><li><a href="https://www.kanal9haber.com.tr/turkiye/istanbulda-yagmur-uyarisi">İstanbul için kuvvetli yağış uyarısı</a></li><li><a href="https://www.kanal9haber.com.tr/ekonomi/asgari-ucret-gorusmeleri">Asgari ücret görüşmelerinde ilk toplantı tarihi belli oldu</a></li><li><a href="https://www.kanal9haber.com.tr/spor/milli-takim-kadrosu">Milli takımın aday kadrosu açıklandı</a></li></ol></div>')}
</aside>
</main>
<footer class="footer">
{p.junk("footer", '<div class="footer__apps"><a href="https://apps.apple.com/tr/app/kanal-9-haber/id1183719124">App Store</a> <a href="https://play.google.com/store/apps/details?id=tr.com.kanal9haber">Google Play</a></div><p>© 2026 Kanal 9 Haber. Tüm hakları saklıdır.</p><p><a href="https://www.kanal9haber.com.tr/kunye">Künye</a> <a href="https://www.kanal9haber.com.tr/kvkk">KVKK Aydınlatma Metni</a> <a href="https://www.kanal9haber.com.tr/cerez-politikasi">Çerez Politikası</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- India: Hindi daily (Bhaskar-like)


def hi_daily(p):
    return f"""{p.head("राजस्थान प्रभात", p.ld_json("राजस्थान प्रभात", section="जयपुर") + '<script>window.__PRELOADED_STATE__={"page":{"type":"story","city":"jaipur","storyId":"133278541"},"user":{"loggedIn":false}};</script>' + gtm("GTM-RP4JX9"))}
<body>
<div id="root">
{p.junk("app-bar", '<div class="appBanner"><span>बेहतर अनुभव के लिए ऐप डाउनलोड करें</span> <a href="https://play.google.com/store/apps/details?id=com.rajasthanprabhat.app">ऐप खोलें</a></div>')}
<header class="hdr">
 {p.junk("logo", '<a class="hdr__logo" href="https://www.rajasthanprabhat.com/">राजस्थान प्रभात</a>')}
 {p.junk("nav", '<nav class="hdr__nav"><a href="https://www.rajasthanprabhat.com/local/rajasthan/">राजस्थान</a> <a href="https://www.rajasthanprabhat.com/local/rajasthan/jaipur/">जयपुर</a> <a href="https://www.rajasthanprabhat.com/national/">देश</a> <a href="https://www.rajasthanprabhat.com/international/">विदेश</a> <a href="https://www.rajasthanprabhat.com/sports/">खेल</a> <a href="https://www.rajasthanprabhat.com/business/">बिजनेस</a></nav>')}
 {p.junk("login", '<a class="hdr__login" href="https://www.rajasthanprabhat.com/login?redirect=' + p.url + '">लॉगिन</a>')}
</header>
<main class="storyPage">
 {p.junk("breadcrumb", '<div class="brdcrm"><a href="https://www.rajasthanprabhat.com/">होम</a> / <a href="https://www.rajasthanprabhat.com/local/rajasthan/">राजस्थान</a> / <a href="https://www.rajasthanprabhat.com/local/rajasthan/jaipur/">जयपुर</a></div>')}
 {h1(p, 'class="storyHead"')}
 {p.junk("key-points", '<ul class="storyHighlights"><li>250 साल पुरानी बावड़ी में 20 साल बाद पानी</li><li>मोहल्ले की समिति ने छह महीने तक हर रविवार की सफाई</li></ul>')}
 {p.junk("byline", '<div class="storyMeta"><span class="author">रमेश चंद्र शर्मा</span> <span class="city">| जयपुर</span> <span class="time">8 नवंबर 2026, 06:15 AM</span></div>')}
 {p.junk("share-bar", '<div class="shareBar">' + share_links(p, [("whatsapp", "व्हाट्सएप"), ("facebook", "फेसबुक"), ("x", "एक्स")], '<a class="shr shr--{network}" href="{href}" target="_blank">{label}</a> ') + '<button class="shr shr--copy">लिंक कॉपी करें</button></div>')}
 {p.junk("caption-credit", '<figure class="storyImg"><img loading="lazy" data-src="https://images.rajasthanprabhat.com/thumb/m/2026/11/08/chandpol-bawdi_1731026130.jpg" src="https://images.rajasthanprabhat.com/static/lazy.png" alt="चांदपोल बावड़ी"><figcaption>सफाई के बाद चांदपोल बावड़ी में भरा पानी। फोटो: मनोज वर्मा</figcaption></figure>')}
 <div class="storyBody" id="article-content">
{p.body(inserts={
    2: [p.junk("read-also-inline", '<div class="alsoRead"><span>ये भी पढ़ें</span><a href="https://www.rajasthanprabhat.com/local/rajasthan/jaipur/news/jaipur-ramgarh-bandh-paani-lautega-133201772.html">रामगढ़ बांध में फिर आएगा पानी? सरकार ने बनाई नई योजना</a></div>')],
    4: [p.junk("ad-label", '<div class="adBox"><span class="adLbl">विज्ञापन</span><div id="div-gpt-ad-story-1"></div></div>')],
    6: [p.junk("channel-promo", '<div class="waChannel"><a href="https://whatsapp.com/channel/0029VaRajPrabhat4Jk2">राजस्थान प्रभात के व्हाट्सएप चैनल से जुड़ें</a></div>')],
})}
 </div>
 {p.junk("more-news-label", '<div class="moreNews"><h3>खबरें और भी हैं...</h3></div>')}
 {p.junk("related-box", '<ul class="relatedList"><li><a href="https://www.rajasthanprabhat.com/local/rajasthan/jaipur/news/jaipur-heritage-walls-restoration-133250102.html">परकोटे की दीवारों की मरम्मत का काम शुरू</a></li><li><a href="https://www.rajasthanprabhat.com/local/rajasthan/jaipur/news/jaipur-groundwater-level-report-133189903.html">जयपुर में भूजल स्तर पर नई रिपोर्ट, कई इलाके डार्क जोन में</a></li><li><a href="https://www.rajasthanprabhat.com/local/rajasthan/jodhpur/news/jodhpur-toorji-jhalra-133102188.html">जोधपुर के तूरजी का झालरा में पर्यटकों की भीड़</a></li></ul>')}
</main>
<footer class="ftr">
{p.junk("footer", '<p>कॉपीराइट © 2026 राजस्थान प्रभात। सर्वाधिकार सुरक्षित।</p><p><a href="https://www.rajasthanprabhat.com/about-us/">हमारे बारे में</a> <a href="https://www.rajasthanprabhat.com/privacy-policy/">प्राइवेसी पॉलिसी</a> <a href="https://www.rajasthanprabhat.com/contact-us/">संपर्क करें</a></p>')}
</footer>
</div>
</body>
</html>"""


# ---------------------------------------------------------------- Israel: Hebrew portal (Ynet-like), right to left


def he_portal(p):
    return f"""{p.head("קול העיר", p.ld_json("קול העיר", section="חדשות"), html_attrs='dir="rtl"')}
<body class="ArticlePage rtl">
{p.junk("cookie-banner", '<div class="CookiesBanner"><p>אתר זה עושה שימוש בקובצי עוגיות כדי לשפר את חוויית הגלישה. <a href="https://www.kolhair-news.co.il/privacy">מדיניות פרטיות</a></p><button>אישור</button></div>')}
<header class="Header">
 {p.junk("logo", '<a class="Header__logo" href="https://www.kolhair-news.co.il/">קול העיר</a>')}
 {p.junk("nav", '<nav class="Header__nav"><a href="https://www.kolhair-news.co.il/news">חדשות</a> <a href="https://www.kolhair-news.co.il/economy">כלכלה</a> <a href="https://www.kolhair-news.co.il/sport">ספורט</a> <a href="https://www.kolhair-news.co.il/culture">תרבות</a> <a href="https://www.kolhair-news.co.il/digital">דיגיטל</a> <a href="https://www.kolhair-news.co.il/opinions">דעות</a></nav>')}
</header>
<main class="ArticleBody">
<article>
 {p.junk("section-label", '<div class="mainTitleWrapper__category"><a href="https://www.kolhair-news.co.il/news/transport">תחבורה</a></div>')}
 {h1(p, 'class="mainTitle"')}
 {p.junk("dek", '<h2 class="subTitle">' + esc(p.a['dek']) + '</h2>')}
 {p.junk("byline", '<div class="authorAndDate"><span class="authors">נועה ברגמן</span> <time class="DateDisplay" datetime="2026-11-15T08:20:00.000Z">15.11.26 | 10:20</time></div>')}
 {p.junk("share-bar", '<div class="ArticleShare">' + share_links(p, [("whatsapp", "שתפו בוואטסאפ"), ("facebook", "שתפו בפייסבוק"), ("x", "שתפו ב-X"), ("email", "שלחו במייל")], '<a class="share-{network}" href="{href}" target="_blank">{label}</a> ') + '<a class="ArticleShare__comments" href="' + p.url + '#talkbacks">תגובות 57</a></div>')}
 {p.junk("caption-credit", '<figure class="ArticleImage"><img src="https://images.kolhair-news.co.il/PicServer6/2026/11/15/1183440/118344001000100980531noa.jpg" srcset="https://images.kolhair-news.co.il/PicServer6/2026/11/15/1183440/118344001000100980531noa.jpg 980w" alt="רכבת בתחנת חיפה מרכז"><figcaption><span class="caption">רכבת בתחנת חיפה מרכז השמונה</span> <span class="credit">(צילום: עידו ארבל)</span></figcaption></figure>')}
 <div class="text_editor_paragraph rtl" data-text-editor-paragraph>
{p.body(style={"p": '<div class="text_editor_paragraph"><span data-text="true">{}</span></div>'}, inserts={
    2: [p.junk("ad-label", '<div class="ads_inread"><span class="ads_label">פרסומת</span><div id="ads.inread.1"></div></div>')],
    3: [p.junk("social-embed", '<div class="ArticleEmbed ArticleEmbed--twitter"><blockquote class="twitter-tweet" data-lang="he" data-dnt="true"><p lang="he" dir="rtl">מינואר: רכבות לילה בין חיפה לבאר שבע בלילות חמישי ושישי. כל הפרטים באתר המשרד</p>&mdash; משרד התחבורה (@MOT_Israel) <a href="https://twitter.com/MOT_Israel/status/1857392210884317530?ref_src=twsrc%5Etfw">November 15, 2026</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>')],
    4: [p.junk("read-also-inline", '<div class="ArticleLinks"><span class="ArticleLinks__title">עוד בנושא:</span><ul><li><a href="https://www.kolhair-news.co.il/news/article/h1k7xq3bz">עבודות בסופי שבוע: הקווים שלא יפעלו בחודש הקרוב</a></li><li><a href="https://www.kolhair-news.co.il/news/article/r18fz2wmn">תחבורה ציבורית בשבת: מה השתנה בשנה האחרונה</a></li></ul></div>')],
    7: [p.junk("app-promo", '<div class="AppPromo"><p>כל העדכונים בזמן אמת באפליקציה של קול העיר</p><a href="https://apps.apple.com/il/app/kolhair/id1062873425">להורדה ב-App Store</a> <a href="https://play.google.com/store/apps/details?id=il.co.kolhair">להורדה ב-Google Play</a></div>')],
})}
 </div>
 {p.junk("tags", '<div class="ArticleTags"><span>תגיות:</span> <a href="https://www.kolhair-news.co.il/tags/רכבת_ישראל">רכבת ישראל</a> <a href="https://www.kolhair-news.co.il/tags/משרד_התחבורה">משרד התחבורה</a></div>')}
 {p.junk("comments", '<section id="talkbacks" class="Talkbacks"><h3>תגובות</h3><p>57 תגובות לכתבה</p><button>לכל התגובות</button><button>הוספת תגובה</button></section>')}
</article>
<aside class="SideBar">
 {p.junk("sidebar-list", '<div class="MostRead"><h3>הנקראים ביותר</h3><ol><li><a href="https://www.kolhair-news.co.il/news/article/sk9q2mb1l">הגשם הראשון: שיטפונות בצפון ובמרכז</a></li><li><a href="https://www.kolhair-news.co.il/economy/article/b1v7w3nyz">מחירי הדירות ירדו בפעם הראשונה מזה שנתיים</a></li><li><a href="https://www.kolhair-news.co.il/sport/article/h1mx0q8bz">מכבי חיפה ניצחה בדרבי</a></li></ol></div>')}
 {p.junk("sponsored", '<div class="Taboola" id="taboola-right-rail"><span>תוכן ממומן</span><a href="https://www.kolhair-news.co.il/promo/bank-loan-2026">ההלוואה שתחסוך לכם אלפי שקלים</a></div>')}
</aside>
</main>
<footer class="Footer">
{p.junk("footer", '<p>כל הזכויות שמורות © 2026 קול העיר</p><p><a href="https://www.kolhair-news.co.il/about">אודות</a> <a href="https://www.kolhair-news.co.il/terms">תנאי שימוש</a> <a href="https://www.kolhair-news.co.il/accessibility">הצהרת נגישות</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Thailand: portal (Thairath-like)


def th_portal(p):
    return f"""{p.head("สยามเดลี่", p.ld_json("สยามเดลี่", section="ข่าวภูมิภาค") + '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"2815533","section":"local","views":48213}}},"page":"/news/local/[id]","buildId":"sd-2026-11"}</script>')}
<body>
<div id="__next">
<header class="css-1q2w3e">
 {p.junk("logo", '<a class="css-logo" href="https://www.siamdaily.co.th/">สยามเดลี่</a>')}
 {p.junk("nav", '<nav class="css-nav"><a href="https://www.siamdaily.co.th/news/politic">การเมือง</a> <a href="https://www.siamdaily.co.th/news/local">ภูมิภาค</a> <a href="https://www.siamdaily.co.th/news/society">สังคม</a> <a href="https://www.siamdaily.co.th/money">เศรษฐกิจ</a> <a href="https://www.siamdaily.co.th/sport">กีฬา</a> <a href="https://www.siamdaily.co.th/entertain">บันเทิง</a></nav>')}
</header>
<main class="css-main">
 {p.junk("breadcrumb", '<div class="css-breadcrumb"><a href="https://www.siamdaily.co.th/">หน้าแรก</a> <a href="https://www.siamdaily.co.th/news">ข่าว</a> <a href="https://www.siamdaily.co.th/news/local">ข่าวภูมิภาค</a></div>')}
 {h1(p, 'class="css-title"')}
 {p.junk("date", '<div class="css-date"><span>20 พ.ย. 2569 14:35 น.</span> <span>ภูมิภาค</span></div>')}
 {p.junk("share-bar", '<div class="css-share">' + share_links(p, [("facebook", "แชร์ Facebook"), ("line", "แชร์ LINE"), ("x", "แชร์ X")], '<a href="{href}" target="_blank">{label}</a> ') + '<button>คัดลอกลิงก์</button></div>')}
 {p.junk("caption-credit", '<figure class="css-figure"><img src="https://static.siamdaily.co.th/media/dFQROr7oWzulq5Fa6rBp7uN2cLWsvR3wvcGntk4DKY2.jpg" srcset="https://static.siamdaily.co.th/media/dFQROr7oWzulq5Fa6rBp7uN2cLWsvR3wvcGntk4DKY2.webp 800w" alt="เส้นทางจักรยานรอบคูเมือง"><figcaption>เส้นทางจักรยานรอบคูเมืองเชียงใหม่ ภาพ: ผู้สื่อข่าวสยามเดลี่</figcaption></figure>')}
 <div class="css-article-body evs3ejl1">
{p.body(inserts={
    2: [p.junk("ad-label", '<div class="css-ads"><span>โฆษณา</span><div id="div-gpt-ad-inread"></div></div>')],
    4: [p.junk("read-also-inline", '<p class="css-related-inline"><strong>อ่านข่าวที่เกี่ยวข้อง :</strong> <a href="https://www.siamdaily.co.th/news/local/2809102">เชียงใหม่ ค่าฝุ่น PM2.5 พุ่ง เกินมาตรฐานหลายพื้นที่</a></p>')],
})}
 </div>
 {p.junk("follow-promo", '<div class="css-follow"><p>ติดตามข่าวสารจากสยามเดลี่ได้ทุกช่องทาง</p><a href="https://line.me/R/ti/p/@siamdaily">LINE</a> <a href="https://www.facebook.com/siamdailynews">Facebook</a> <a href="https://www.tiktok.com/@siamdaily">TikTok</a></div>')}
 {p.junk("tags", '<div class="css-tags"><span>แท็กที่เกี่ยวข้อง</span> <a href="https://www.siamdaily.co.th/tags/เชียงใหม่">เชียงใหม่</a> <a href="https://www.siamdaily.co.th/tags/จักรยาน">จักรยาน</a> <a href="https://www.siamdaily.co.th/tags/คูเมือง">คูเมือง</a></div>')}
 {p.junk("related-box", '<section class="css-related"><h2>ข่าวแนะนำ</h2><ul><li><a href="https://www.siamdaily.co.th/news/local/2814420">ลำปาง เปิดตลาดนัดรถไฟ ถนนคนเดินแห่งใหม่</a></li><li><a href="https://www.siamdaily.co.th/news/local/2813987">เชียงราย เตรียมรับนักท่องเที่ยวช่วงปลายปี</a></li><li><a href="https://www.siamdaily.co.th/news/society/2812630">กรุงเทพฯ ขยายเลนจักรยาน 5 เส้นทางใหม่</a></li></ul></section>')}
</main>
<footer class="css-footer">
{p.junk("footer", '<p>Copyright © 2026 สยามเดลี่ สงวนลิขสิทธิ์</p><p><a href="https://www.siamdaily.co.th/privacy">นโยบายความเป็นส่วนตัว</a> <a href="https://www.siamdaily.co.th/contact">ติดต่อเรา</a></p>')}
</footer>
</div>
</body>
</html>"""


# ---------------------------------------------------------------- Catalonia: daily (Ara/VilaWeb-like), clean page with a table


def ca_daily(p):
    return f"""{p.head("Diari del Ter", p.ld_json("Diari del Ter", section="Girona"))}
<body class="article">
<header class="capcalera">
 {p.junk("logo", '<a class="capcalera__logo" href="https://www.diaridelter.cat/">Diari del Ter</a>')}
 {p.junk("nav", '<nav class="capcalera__menu"><a href="https://www.diaridelter.cat/girona/">Girona</a> <a href="https://www.diaridelter.cat/politica/">Política</a> <a href="https://www.diaridelter.cat/societat/">Societat</a> <a href="https://www.diaridelter.cat/economia/">Economia</a> <a href="https://www.diaridelter.cat/cultura/">Cultura</a></nav>')}
</header>
<main>
<article class="article-cos">
 {p.junk("section-label", '<p class="avantitol"><a href="https://www.diaridelter.cat/girona/">Girona</a></p>')}
 {h1(p, 'class="titol"')}
 {p.junk("byline", '<div class="signatura"><a href="https://www.diaridelter.cat/autors/marta-puigdemont-serra/">Marta Puigdemont Serra</a> <time datetime="2026-11-04T07:00:00+01:00">04/11/2026</time></div>')}
 <div class="cos-article">
{p.body(style={"table": ('<table class="taula">', '</table>')})}
 </div>
 {p.junk("share-bar", '<div class="compartir"><span>Comparteix</span> ' + share_links(p, [("whatsapp", "WhatsApp"), ("x", "X"), ("facebook", "Facebook")], '<a href="{href}" target="_blank">{label}</a> ') + '</div>')}
</article>
</main>
<footer class="peu">
{p.junk("footer", '<p>Diari del Ter, SL. Tots els drets reservats.</p><p><a href="https://www.diaridelter.cat/avis-legal/">Avís legal</a> <a href="https://www.diaridelter.cat/privacitat/">Privacitat</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Croatia: portal (Index.hr-like)


def hr_portal(p):
    return f"""{p.head("Jadran Vijesti", p.ld_json("Jadran Vijesti", section="Vijesti") + '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"articleId":"2671894","section":"vijesti","subsection":"hrvatska","premium":false});</script>')}
<body class="article-page">
{p.junk("cookie-banner", '<div id="didomi-host"><div class="didomi-popup-notice"><p>Mi i naši partneri koristimo kolačiće kako bismo vam pružili najbolje iskustvo.</p><button id="didomi-notice-agree-button">Slažem se</button><button id="didomi-notice-learn-more-button">Saznaj više</button></div></div>')}
<header class="main-header">
 {p.junk("logo", '<a class="logo" href="https://www.jadranvijesti.hr/">Jadran Vijesti</a>')}
 {p.junk("nav", '<nav class="main-menu"><a href="https://www.jadranvijesti.hr/vijesti/">Vijesti</a> <a href="https://www.jadranvijesti.hr/sport/">Sport</a> <a href="https://www.jadranvijesti.hr/magazin/">Magazin</a> <a href="https://www.jadranvijesti.hr/auto/">Auto</a> <a href="https://www.jadranvijesti.hr/lifestyle/">Lifestyle</a></nav>')}
</header>
<main class="article-container">
 {p.junk("section-label", '<div class="article-main-label"><a href="https://www.jadranvijesti.hr/vijesti/hrvatska/">Hrvatska</a></div>')}
 {h1(p, 'class="article-title"')}
 {p.junk("byline", '<div class="article-info"><span class="author">Ivana Matić</span> <span class="date">6.11.2026. u 13:27</span></div>')}
 {p.junk("share-bar", '<div class="article-share">' + share_links(p, [("facebook", "Podijeli"), ("x", "Tweet"), ("viber", "Viber"), ("whatsapp", "WhatsApp")], '<a class="share-{network}" href="{href}" target="_blank">{label}</a> ') + '<a class="comments-count" href="' + p.url + '#comments">Komentari (112)</a></div>')}
 {p.junk("caption-credit", '<figure class="img-container"><img data-src="https://ip.jadranvijesti.hr/2026/11/06/ekamion_split_1200.jpg?impolicy=big" class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" alt=""><noscript><img src="https://ip.jadranvijesti.hr/2026/11/06/ekamion_split_1200.jpg" alt=""></noscript><figcaption><span class="img-title">Novo vozilo predstavljeno je u vatrogasnom domu na Brodarici</span> <span class="img-source">Foto: Pixsell</span></figcaption></figure>')}
 <div class="text vijesti-text">
{p.body(inserts={
    2: [p.junk("ad-label", '<div class="banner-container"><span class="banner-label">Oglas</span><div id="midas-inarticle"></div></div>')],
    4: [p.junk("read-also-inline", '<p class="related-inline"><strong>PROČITAJTE VIŠE:</strong> <a href="https://www.jadranvijesti.hr/vijesti/hrvatska/vatrogascima-nedostaje-ljudi-uoci-sezone/2641170.aspx">Vatrogascima nedostaje ljudi uoči sezone požara</a></p>')],
    5: [p.junk("social-embed", '<div class="embed-container"><blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/DBx7kQ2sL4m/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/DBx7kQ2sL4m/?utm_source=ig_embed&amp;utm_campaign=loading" target="_blank">Pogledajte ovu objavu na Instagramu</a></div><p><a href="https://www.instagram.com/p/DBx7kQ2sL4m/?utm_source=ig_embed&amp;utm_campaign=loading" target="_blank">Objava koju je podijelio/la JVP Split (@jvp_split)</a></p></blockquote><script async src="//www.instagram.com/embed.js"></script></div>')],
    6: [p.junk("tip-promo", '<div class="tip-box"><p>Imate li fotografije ili video? Pošaljite nam na <a href="mailto:prijave@jadranvijesti.hr">prijave@jadranvijesti.hr</a> ili putem WhatsAppa na <a href="https://wa.me/385981234567">098 123 4567</a></p></div>')],
    8: [p.junk("ad-label", '<div class="banner-container"><span class="banner-label">Oglas</span><div id="midas-inarticle-2"></div></div>')],
})}
 </div>
 {p.junk("google-news-promo", '<div class="gnews-promo"><a href="https://news.google.com/publications/CAAqBwgKMN6QnQsw-OW0Aw?hl=hr&amp;gl=HR&amp;ceid=HR:hr">Pratite nas na Google Vijestima</a></div>')}
 {p.junk("comments", '<section id="comments" class="comments-section"><h3>Komentari (112)</h3><p>Komentiranje je omogućeno samo prijavljenim korisnicima.</p><a href="https://www.jadranvijesti.hr/prijava/?returnUrl=' + p.url + '">Prijavi se</a></section>')}
 {p.junk("related-box", '<section class="related-articles"><h3>Još iz rubrike</h3><ul><li><a href="https://www.jadranvijesti.hr/vijesti/hrvatska/split-dobiva-novu-punionicu-za-autobuse/2670531.aspx">Split dobiva novu punionicu za električne autobuse</a></li><li><a href="https://www.jadranvijesti.hr/vijesti/hrvatska/pozar-na-marjanu-ugasen/2668802.aspx">Požar na Marjanu ugašen nakon pet sati</a></li></ul></section>')}
</main>
<aside>
 {p.junk("sidebar-list", '<div class="most-read"><h3>Najčitanije</h3><ol><li><a href="https://www.jadranvijesti.hr/vijesti/hrvatska/bura-zatvorila-a1/2671702.aspx">Bura zatvorila A1 između Svetog Roka i Posedarja</a></li><li><a href="https://www.jadranvijesti.hr/sport/hajduk-pobijedio-u-derbiju/2671655.aspx">Hajduk slavio u derbiju</a></li><li><a href="https://www.jadranvijesti.hr/vijesti/svijet/izbori-u-austriji/2671590.aspx">Izbori u Austriji: rezultati</a></li></ol></div>')}
</aside>
<footer class="main-footer">
{p.junk("footer", '<p>© 2026 Jadran Vijesti. Sva prava pridržana.</p><p><a href="https://www.jadranvijesti.hr/impressum/">Impressum</a> <a href="https://www.jadranvijesti.hr/uvjeti-koristenja/">Uvjeti korištenja</a> <a href="https://www.jadranvijesti.hr/kolacici/">Kolačići</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Russian-language independent outlet (Meduza-like), explainer


def ru_explainer(p):
    return f"""{p.head("Вестник", p.ld_json("Вестник", kind="NewsArticle", section="Разбор") + '<script>window.__INITIAL_STATE__={"document":{"layout":"cards","tag":"разбор","url":"feature/2026/11/03/tbilisi-night-transport"}};</script>')}
<body class="DocumentPage">
<header class="Header">
 {p.junk("logo", '<a class="Header-logo" href="https://vestnik-svobody.media/">Вестник</a>')}
 {p.junk("nav", '<nav class="Header-menu"><a href="https://vestnik-svobody.media/news">Новости</a> <a href="https://vestnik-svobody.media/features">Истории</a> <a href="https://vestnik-svobody.media/podcasts">Подкасты</a> <a href="https://vestnik-svobody.media/en/">English</a></nav>')}
</header>
<main class="GeneralMaterial">
 {p.junk("section-label", '<div class="RichTitle-tag">Разбор</div>')}
 {h1(p, 'class="RichTitle-root"')}
 {p.junk("date", '<div class="MaterialMeta"><time datetime="2026-11-03T14:20:00Z">14:20, 3 ноября 2026</time> <span>Источник: Вестник</span></div>')}
 <div class="GeneralMaterial-article">
{p.body(style={"h": '<h3 class="SimpleBlock-h3">{}</h3>', "p": '<p class="SimpleBlock-p">{}</p>'})}
 </div>
 {p.junk("share-bar", '<div class="Toolbar">' + share_links(p, [("telegram", "Telegram"), ("vk", "ВКонтакте"), ("facebook", "Facebook"), ("x", "X")], '<a class="Toolbar-item" href="{href}" target="_blank">{label}</a> ') + '</div>')}
 {p.junk("donate-promo", '<div class="SupportBanner"><p>«Вестник» работает благодаря читателям. Поддержите нас.</p><a href="https://support.vestnik-svobody.media/?utm_source=material&amp;utm_campaign=explainer">Поддержать</a></div>')}
</main>
<footer class="Footer">
{p.junk("footer", '<p>© 2026 «Вестник». Все права защищены.</p><p><a href="https://vestnik-svobody.media/pages/about">О редакции</a> <a href="https://vestnik-svobody.media/pages/privacy">Политика конфиденциальности</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Slovakia: daily (SME-like) with a Piano paywall


def sk_daily(p):
    return f"""{p.head("Denník Východ", p.ld_json("Denník Východ", section="Košice") + '<script src="https://experience.tinypass.com/xbuilder/experience/load?aid=dVyH2Kz1pu"></script><script>tp=window.tp||[];tp.push(["setTags",["kosice","komunita"]]);tp.push(["setContentSection","regiony"]);</script>')}
<body class="article-detail">
{p.junk("cookie-banner", '<div class="cmp-banner"><p>Tento web používa na poskytovanie služieb a analýzu návštevnosti súbory cookie.</p><button>Súhlasím</button><button>Nastavenia</button></div>')}
<header class="site-header">
 {p.junk("logo", '<a class="site-logo" href="https://www.dennikvychod.sk/">Denník Východ</a>')}
 {p.junk("nav", '<nav class="site-nav"><a href="https://domov.dennikvychod.sk/">Domov</a> <a href="https://svet.dennikvychod.sk/">Svet</a> <a href="https://kosice.dennikvychod.sk/">Košice</a> <a href="https://presov.dennikvychod.sk/">Prešov</a> <a href="https://ekonomika.dennikvychod.sk/">Ekonomika</a> <a href="https://sport.dennikvychod.sk/">Šport</a></nav>')}
 {p.junk("subscription-promo", '<a class="btn-predplatne" href="https://predplatne.dennikvychod.sk/?ref_source=header">Predplatné</a>')}
</header>
<main class="article-wrapper">
 {h1(p, 'class="article-title"')}
 {p.junk("dek", '<p class="perex">' + esc(p.a['dek']) + '</p>')}
 {p.junk("byline", '<div class="article-published-info"><a class="author-name" href="https://www.dennikvychod.sk/autor/zuzana-hrivnakova">Zuzana Hrivnáková</a> <span class="article-published">19. nov 2026 o 9:10</span></div>')}
 {p.junk("share-bar", '<div class="article-share">' + share_links(p, [("facebook", "Zdieľať"), ("x", "Tweetnuť"), ("email", "Poslať e-mailom")], '<a class="share-{network}" href="{href}" target="_blank">{label}</a> ') + '<a class="discussion-count" href="https://kosice.dennikvychod.sk/diskusia/7812344/">Diskusia (48)</a></div>')}
 {p.junk("caption-credit", '<figure class="article-image"><picture><source srcset="https://m.smedata.dennikvychod.sk/api-media/media/image/dv/8/12/8124410/8124410_1200x.jpeg?rev=2 1200w" type="image/jpeg"><img src="https://m.smedata.dennikvychod.sk/api-media/media/image/dv/8/12/8124410/8124410_600x400.jpeg?rev=2" alt="Knižnica náradia"></picture><figcaption>Väčšinu náradia darovali obyvatelia mesta. (Zdroj: DV/Ján Krajňák)</figcaption></figure>')}
 <div class="article-body" id="js-article">
{p.body(inserts={
    2: [p.junk("ad-label", '<div class="ad-box"><span>Reklama</span><div id="div-gpt-ad-inarticle"></div></div>')],
    4: [p.junk("read-also-inline", '<p class="article-related-inline"><strong>Čítajte aj:</strong> <a href="https://kosice.dennikvychod.sk/c/23984412/v-kosiciach-otvorili-opravaren-bicyklov.html">V Košiciach otvorili komunitnú opravovňu bicyklov</a></p>')],
    6: [p.junk("paywall-prompt", '<div class="piano-inline-paywall" id="pianoArticleInline"><p>Tento článok je dostupný len pre predplatiteľov.</p><p>Predplatné Denník Východ Digital od 1,90 € mesačne.</p><a href="https://predplatne.dennikvychod.sk/?ref_source=article_inline">Predplatiť</a> <a href="https://konto.dennikvychod.sk/prihlasenie?url=' + p.url + '">Prihlásiť sa</a></div>')],
})}
 </div>
 {p.junk("tags", '<div class="article-tags"><span>Témy:</span> <a href="https://www.dennikvychod.sk/t/4123/kosice/">Košice</a> <a href="https://www.dennikvychod.sk/t/8812/zdielana-ekonomika/">zdieľaná ekonomika</a></div>')}
 {p.junk("related-box", '<section class="related-articles"><h3>Ďalšie články z Košíc</h3><ul><li><a href="https://kosice.dennikvychod.sk/c/23987011/kosicka-trznica-rekonstrukcia.html">Rekonštrukcia tržnice na Južnej triede sa predĺži</a></li><li><a href="https://kosice.dennikvychod.sk/c/23986250/mhd-kosice-nove-elektricky.html">Do Košíc prišli prvé nové električky</a></li></ul></section>')}
</main>
<aside class="sidebar">
 {p.junk("sidebar-list", '<div class="najcitanejsie"><h3>Najčítanejšie</h3><ol><li><a href="https://domov.dennikvychod.sk/c/23988101/ceny-energii-2027.html">Ceny energií v roku 2027: čo nás čaká</a></li><li><a href="https://presov.dennikvychod.sk/c/23987944/presov-nova-nemocnica.html">Prešov bude mať novú nemocnicu</a></li><li><a href="https://sport.dennikvychod.sk/c/23987802/hc-kosice-vyhralo.html">HC Košice vyhrali aj šiesty zápas po sebe</a></li></ol></div>')}
</aside>
<footer class="site-footer">
{p.junk("footer", '<p>© Copyright 2026 Denník Východ, a. s. Všetky práva vyhradené.</p><p><a href="https://www.dennikvychod.sk/kontakt/">Kontakt</a> <a href="https://www.dennikvychod.sk/ochrana-osobnych-udajov/">Ochrana osobných údajov</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Bulgaria: daily (Dnevnik-like)


def bg_daily(p):
    return f"""{p.head("Тракия Днес", p.ld_json("Тракия Днес", section="България"))}
<body class="article">
<header class="header">
 {p.junk("logo", '<a class="header-logo" href="https://www.trakiyaden.bg/">Тракия Днес</a>')}
 {p.junk("nav", '<nav class="header-nav"><a href="https://www.trakiyaden.bg/bulgaria/">България</a> <a href="https://www.trakiyaden.bg/sviat/">Свят</a> <a href="https://www.trakiyaden.bg/biznes/">Бизнес</a> <a href="https://www.trakiyaden.bg/plovdiv/">Пловдив</a> <a href="https://www.trakiyaden.bg/kultura/">Култура</a> <a href="https://www.trakiyaden.bg/sport/">Спорт</a></nav>')}
</header>
<main class="article-page">
<article>
 {p.junk("section-label", '<div class="article-category"><a href="https://www.trakiyaden.bg/plovdiv/">Пловдив</a></div>')}
 {h1(p, 'itemprop="headline"')}
 {p.junk("byline", '<div class="article-meta"><span class="author">Десислава Петкова</span> <time datetime="2026-11-12T17:45">12 ное 2026, 17:45</time> <span class="views">4821 прочитания</span> <a class="comments-link" href="' + p.url + '#comments">37 коментара</a></div>')}
 {p.junk("caption-credit", '<figure class="article-photo"><img src="https://m.trakiyaden.bg/shimg/zx860y484_4712230.jpg" alt="Главната в Пловдив"><figcaption>Главната улица в Пловдив през лятото <span class="source">Снимка: БГНЕС</span></figcaption></figure>')}
 <div class="article-content" itemprop="articleBody">
{p.body(inserts={
    2: [p.junk("ad-label", '<div class="ad-inline"><span>Реклама</span></div>')],
    5: [p.junk("read-also-inline", '<div class="related-inline"><p>Още по темата:</p><ul><li><a href="https://www.trakiyaden.bg/plovdiv/2026/06/01/4651882_glavnata_zatvarq_za_avtomobili_prez_liatoto/">Главната затваря за автомобили през лятото</a></li><li><a href="https://www.trakiyaden.bg/plovdiv/2026/10/02/4698110_targovcite_iskat_parking/">Търговците в центъра искат безплатен паркинг</a></li></ul></div>')],
})}
 </div>
 {p.junk("tags", '<div class="article-tags"><span>Теми:</span> <a href="https://www.trakiyaden.bg/tag/plovdiv">Пловдив</a> <a href="https://www.trakiyaden.bg/tag/peshehodna-zona">пешеходна зона</a> <a href="https://www.trakiyaden.bg/tag/obshtinski-savet">общински съвет</a></div>')}
 {p.junk("share-bar", '<div class="share-box"><span>Сподели</span> ' + share_links(p, [("facebook", "Facebook"), ("viber", "Viber"), ("x", "X")], '<a href="{href}" target="_blank">{label}</a> ') + '</div>')}
 {p.junk("follow-promo", '<div class="follow-box"><p>Следвайте ни във <a href="https://www.facebook.com/trakiyaden">Facebook</a> и в <a href="https://t.me/trakiyaden">Telegram</a></p></div>')}
 {p.junk("comments", '<section id="comments"><h3>Коментари (37)</h3><p>Коментарите са на читателите и не отразяват позицията на редакцията.</p><a href="https://www.trakiyaden.bg/login/?r=' + p.url + '">Влезте, за да коментирате</a></section>')}
</article>
<aside class="sidebar">
 {p.junk("sidebar-list", '<div class="most-read"><h3>Най-четени</h3><ol><li><a href="https://www.trakiyaden.bg/bulgaria/2026/11/12/4712190_bjudjet_2027_priet/">Бюджет 2027 е приет на първо четене</a></li><li><a href="https://www.trakiyaden.bg/biznes/2026/11/12/4712101_cenite_na_toka/">Цените на тока остават без промяна</a></li><li><a href="https://www.trakiyaden.bg/sport/2026/11/11/4711880_botev_pobedi/">Ботев победи в дербито</a></li></ol></div>')}
</aside>
</main>
<footer class="footer">
{p.junk("footer", '<p>© 2026 Тракия Днес. Всички права запазени.</p><p><a href="https://www.trakiyaden.bg/za-nas/">За нас</a> <a href="https://www.trakiyaden.bg/poveritelnost/">Поверителност</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Lithuania: portal (15min/Delfi-like)


def lt_portal(p):
    return f"""{p.head("Nemuno žinios", p.ld_json("Nemuno žinios", section="Kaunas") + '<script>window.__APP_CONFIG__={"articleId":1023381,"category":"kaunas","adsEnabled":true};</script>')}
<body class="article-page">
{p.junk("cookie-banner", '<div class="cookie-consent"><p>Siekdami užtikrinti geriausią naršymo patirtį, naudojame slapukus.</p><button>Sutinku</button><button>Nustatymai</button></div>')}
<header class="top-header">
 {p.junk("logo", '<a class="logo" href="https://www.nemunoziniai.lt/">Nemuno žinios</a>')}
 {p.junk("nav", '<nav class="main-nav"><a href="https://www.nemunoziniai.lt/naujienos/">Naujienos</a> <a href="https://www.nemunoziniai.lt/kaunas/">Kaunas</a> <a href="https://www.nemunoziniai.lt/verslas/">Verslas</a> <a href="https://www.nemunoziniai.lt/sportas/">Sportas</a> <a href="https://www.nemunoziniai.lt/gyvenimas/">Gyvenimas</a></nav>')}
</header>
<main class="article-layout">
 {p.junk("breadcrumb", '<div class="breadcrumbs"><a href="https://www.nemunoziniai.lt/">Pradžia</a> › <a href="https://www.nemunoziniai.lt/kaunas/">Kaunas</a></div>')}
 {h1(p, 'class="article-title"')}
 {p.junk("byline", '<div class="article-meta"><span class="author-name">Rūta Jankauskienė</span> <span class="publish-date">2026-11-10 14:05</span></div>')}
 {p.junk("share-bar", '<div class="share">' + share_links(p, [("facebook", "Dalintis"), ("x", "X"), ("linkedin", "LinkedIn")], '<a class="share-{network}" href="{href}" target="_blank">{label}</a> ') + '<a class="comments" href="' + p.url + '#comments">Komentarai (23)</a></div>')}
 {p.junk("caption-credit", '<figure class="main-photo"><img srcset="https://img.nemunoziniai.lt/photos/2026/11/10/taisykla-640.jpg 640w, https://img.nemunoziniai.lt/photos/2026/11/10/taisykla-1280.jpg 1280w" src="https://img.nemunoziniai.lt/photos/2026/11/10/taisykla-1280.jpg" alt=""><figcaption>Dirbtuvė įrengta buvusios bibliotekos patalpose <span class="photo-author">Nuotr. Tomo Lukšio</span></figcaption></figure>')}
 <div class="article-content">
{p.body(inserts={
    3: [p.junk("ad-label", '<div class="ad-slot"><span class="ad-slot__label">Reklama</span></div>')],
    5: [p.junk("read-also-inline", '<div class="read-more-inline"><span>Skaitykite daugiau:</span> <a href="https://www.nemunoziniai.lt/kaunas/kaune-atsiras-daugiau-rusiavimo-konteineriu-1019224">Kaune atsiras daugiau rūšiavimo konteinerių</a></div>')],
})}
 </div>
 {p.junk("google-news-promo", '<div class="gnews"><a href="https://news.google.com/publications/CAAqBwgKMLK1oQsw-dW5Aw?hl=lt&amp;gl=LT&amp;ceid=LT:lt">Sekite mus Google News</a></div>')}
 {p.junk("tags", '<div class="tags"><a href="https://www.nemunoziniai.lt/zymos/kaunas">Kaunas</a> <a href="https://www.nemunoziniai.lt/zymos/tvarumas">tvarumas</a> <a href="https://www.nemunoziniai.lt/zymos/silainiai">Šilainiai</a></div>')}
 {p.junk("comments", '<section id="comments"><h3>Komentarai (23)</h3><a href="https://www.nemunoziniai.lt/komentarai/1023381">Skaityti visus komentarus</a> <a href="https://www.nemunoziniai.lt/komentarai/1023381#rasyti">Rašyti komentarą</a></section>')}
 {p.junk("related-box", '<section class="related"><h3>Daugiau naujienų</h3><ul><li><a href="https://www.nemunoziniai.lt/kaunas/zaliakalnio-funikulierius-vel-veikia-1022870">Žaliakalnio funikulierius vėl veikia</a></li><li><a href="https://www.nemunoziniai.lt/kaunas/nauja-dviraciu-trasa-palei-nemuna-1022511">Nauja dviračių trasa palei Nemuną</a></li></ul></section>')}
</main>
<aside>
 {p.junk("sidebar-list", '<div class="popular"><h3>Populiariausi</h3><ol><li><a href="https://www.nemunoziniai.lt/naujienos/sildymo-kainos-1023301">Šildymo kainos lapkritį: kiek mokėsime</a></li><li><a href="https://www.nemunoziniai.lt/sportas/zalgiris-laimejo-1023290">„Žalgiris“ laimėjo Eurolygoje</a></li></ol></div>')}
</aside>
<footer>
{p.junk("footer", '<p>© 2026 UAB „Nemuno žinios“. Visos teisės saugomos.</p><p><a href="https://www.nemunoziniai.lt/apie-mus/">Apie mus</a> <a href="https://www.nemunoziniai.lt/privatumo-politika/">Privatumo politika</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Malaysia: Malay daily (Berita Harian-like)


def my_daily(p):
    return f"""{p.head("Berita Semenanjung", p.ld_json("Berita Semenanjung", section="Nasional") + gtm("GTM-BS72LQ"))}
<body class="node-article">
{gtm_noscript("GTM-BS72LQ")}
<header class="header">
 {p.junk("logo", '<a class="header__logo" href="https://www.beritasemenanjung.com.my/">Berita Semenanjung</a>')}
 {p.junk("nav", '<nav class="header__nav"><a href="https://www.beritasemenanjung.com.my/berita/nasional">Nasional</a> <a href="https://www.beritasemenanjung.com.my/berita/wilayah">Wilayah</a> <a href="https://www.beritasemenanjung.com.my/bisnes">Bisnes</a> <a href="https://www.beritasemenanjung.com.my/sukan">Sukan</a> <a href="https://www.beritasemenanjung.com.my/hiburan">Hiburan</a> <a href="https://www.beritasemenanjung.com.my/rencana">Rencana</a></nav>')}
</header>
<main class="article-main">
 {p.junk("breadcrumb", '<nav class="breadcrumb"><a href="https://www.beritasemenanjung.com.my/">Utama</a> / <a href="https://www.beritasemenanjung.com.my/berita">Berita</a> / <a href="https://www.beritasemenanjung.com.my/berita/wilayah">Wilayah</a></nav>')}
 {h1(p, 'class="page-title"')}
 {p.junk("byline", '<div class="article-meta"><span class="author">Oleh <a href="https://www.beritasemenanjung.com.my/author/nurul-aini-kamaruddin">Nurul Aini Kamaruddin</a></span> <a class="author-email" href="mailto:aini@beritasemenanjung.com.my">aini@beritasemenanjung.com.my</a> <span class="date">November 9, 2026 @ 2:11pm</span></div>')}
 {p.junk("share-bar", '<div class="article-share">' + share_links(p, [("facebook", "Facebook"), ("x", "X"), ("whatsapp", "WhatsApp"), ("telegram", "Telegram")], '<a class="share-{network}" href="{href}" target="_blank">{label}</a> ') + '</div>')}
 {p.junk("caption-credit", '<figure class="article-image"><img src="https://assets.beritasemenanjung.com.my/images/articles/bas_sekolah_1731131210.jpg" alt=""><figcaption>Zainal Abidin (tengah) ketika majlis pelancaran program bas sekolah percuma di Nibong Tebal. FOTO Mikail Ong</figcaption></figure>')}
 <div class="dable-content-wrapper article-content" itemprop="articleBody">
{p.body(inserts={
    2: [p.junk("read-also-inline", '<p><strong>BACA JUGA: </strong><a href="https://www.beritasemenanjung.com.my/berita/wilayah/2026/10/1290331/kadar-keciciran-murid-luar-bandar-membimbangkan">Kadar keciciran murid luar bandar membimbangkan</a></p>')],
    4: [p.junk("ad-label", '<div class="ads-wrapper"><span class="ads-label">IKLAN</span><div id="div-gpt-ad-bs-inarticle"></div></div>')],
    7: [p.junk("read-also-inline", '<p><strong>BACA JUGA: </strong><a href="https://www.beritasemenanjung.com.my/berita/nasional/2026/11/1298214/belanjawan-2027-peruntukan-pendidikan">Belanjawan 2027: Peruntukan pendidikan meningkat</a></p>')],
})}
 </div>
 {p.junk("channel-promo", '<div class="telegram-cta"><p>Sertai saluran Telegram dan WhatsApp Berita Semenanjung untuk berita terkini.</p><a href="https://t.me/beritasemenanjung">Telegram</a> <a href="https://whatsapp.com/channel/0029VaBeritaSem3Xz1">WhatsApp</a></div>')}
 {p.junk("copyright", '<p class="copyright-note">© New Straits Publishing Sdn Bhd. Hak cipta terpelihara.</p>')}
 {p.junk("tags", '<div class="article-tags"><a href="https://www.beritasemenanjung.com.my/tags/pulau-pinang">Pulau Pinang</a> <a href="https://www.beritasemenanjung.com.my/tags/bas-sekolah">Bas Sekolah</a> <a href="https://www.beritasemenanjung.com.my/tags/pendidikan">Pendidikan</a></div>')}
 {p.junk("related-box", '<section class="related-articles"><h3>Berita Berkaitan</h3><ul><li><a href="https://www.beritasemenanjung.com.my/berita/wilayah/2026/11/1297720/jambatan-ketiga-pulau-pinang">Kajian jambatan ketiga Pulau Pinang siap tahun depan</a></li><li><a href="https://www.beritasemenanjung.com.my/berita/nasional/2026/11/1297410/bantuan-awal-persekolahan">Bantuan Awal Persekolahan dibayar mulai Januari</a></li></ul></section>')}
</main>
<aside>
 {p.junk("sidebar-list", '<div class="trending"><h3>Berita Popular</h3><ol><li><a href="https://www.beritasemenanjung.com.my/berita/nasional/2026/11/1298302/banjir-kelantan">Banjir: Mangsa di Kelantan meningkat</a></li><li><a href="https://www.beritasemenanjung.com.my/sukan/bola-sepak/2026/11/1298290/harimau-malaya">Harimau Malaya umum skuad ke Piala AFF</a></li></ol></div>')}
</aside>
<footer>
{p.junk("footer", '<p>Hak Cipta © 2026 Berita Semenanjung. Hak cipta terpelihara.</p><p><a href="https://www.beritasemenanjung.com.my/hubungi-kami">Hubungi Kami</a> <a href="https://www.beritasemenanjung.com.my/dasar-privasi">Dasar Privasi</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Tanzania: Swahili daily (Mwananchi-like), dateline


def tz_daily(p):
    return f"""{p.head("Sauti ya Ziwa", p.ld_json("Sauti ya Ziwa", section="Habari"))}
<body class="article-page">
<header class="site-header">
 {p.junk("date-strip", '<div class="top-bar"><span>Ijumaa, Novemba 13, 2026</span> <a href="https://epaper.sautiyaziwa.co.tz/">Soma gazeti la leo</a> <a href="https://www.sautiyaziwa.co.tz/jiunge">Jiunge</a></div>')}
 {p.junk("logo", '<a class="logo" href="https://www.sautiyaziwa.co.tz/">Sauti ya Ziwa</a>')}
 {p.junk("nav", '<nav class="main-nav"><a href="https://www.sautiyaziwa.co.tz/habari">Habari</a> <a href="https://www.sautiyaziwa.co.tz/biashara">Biashara</a> <a href="https://www.sautiyaziwa.co.tz/michezo">Michezo</a> <a href="https://www.sautiyaziwa.co.tz/burudani">Burudani</a> <a href="https://www.sautiyaziwa.co.tz/maoni">Maoni</a></nav>')}
</header>
<main class="article-wrap">
 {p.junk("section-label", '<p class="article-topic"><a href="https://www.sautiyaziwa.co.tz/habari/kanda">Habari za Kanda</a></p>')}
 {h1(p, 'class="article-title"')}
 {p.junk("byline", '<div class="article-byline"><span>Na Grace Mwakalinga</span> <span class="date">Ijumaa, Novemba 13, 2026</span></div>')}
 {p.junk("share-bar", '<div class="share-links">' + share_links(p, [("whatsapp", "WhatsApp"), ("facebook", "Facebook"), ("x", "X")], '<a href="{href}" target="_blank">{label}</a> ') + '</div>')}
 {p.junk("caption-credit", '<figure class="article-img"><img loading="lazy" src="https://www.sautiyaziwa.co.tz/resource/image/4471620/landscape_ratio16x9/1200/675/kirumba-jokofu.jpg" alt=""><figcaption>Wavuvi wakipakia samaki kwenye moja ya majokofu mapya katika mwalo wa Kirumba. Picha na Maktaba</figcaption></figure>')}
 <div class="article-body text-block">
{p.body(first_prefix=p.junk("dateline", '<strong>Mwanza. </strong>'), inserts={
    2: [p.junk("ad-label", '<div class="ad-unit"><span>Tangazo</span></div>')],
    4: [p.junk("read-also-inline", '<p class="soma-zaidi"><strong>Soma zaidi:</strong> <a href="https://www.sautiyaziwa.co.tz/habari/kanda/bei-ya-sangara-yapanda-ziwa-victoria-4467812">Bei ya sangara yapanda Ziwa Victoria</a></p>')],
})}
 </div>
 {p.junk("subscription-promo", '<div class="subscribe-box"><p>Jiunge sasa upate habari zote za kila siku kwa Sh500 tu kwa wiki.</p><a href="https://www.sautiyaziwa.co.tz/jiunge?source=article">Jiunge</a></div>')}
 {p.junk("related-box", '<section class="related"><h3>Habari zinazohusiana</h3><ul><li><a href="https://www.sautiyaziwa.co.tz/habari/kanda/wavuvi-wa-ukerewe-walalamikia-nyavu-haramu-4462201">Wavuvi wa Ukerewe walalamikia nyavu haramu</a></li><li><a href="https://www.sautiyaziwa.co.tz/biashara/soko-la-samaki-mwanza-lapanuliwa-4458870">Soko la samaki Mwanza lapanuliwa</a></li></ul></section>')}
</main>
<footer>
{p.junk("footer", '<p>© 2026 Sauti ya Ziwa. Haki zote zimehifadhiwa.</p><p><a href="https://www.sautiyaziwa.co.tz/kuhusu-sisi">Kuhusu sisi</a> <a href="https://www.sautiyaziwa.co.tz/sera-ya-faragha">Sera ya faragha</a> <a href="https://play.google.com/store/apps/details?id=tz.co.sautiyaziwa">Pakua App</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Slovenia: public broadcaster news portal (RTV SLO / MMC-like)


def sl_broadcaster(p):
    return f"""{p.head("RTV Mreža", p.ld_json("RTV Mreža", section="Slovenija"))}
<body class="news-article">
<header class="header">
 {p.junk("logo", '<a class="header-logo" href="https://www.rtvmreza.si/">RTV Mreža</a>')}
 {p.junk("nav", '<nav class="header-nav"><a href="https://www.rtvmreza.si/novice">Novice</a> <a href="https://www.rtvmreza.si/sport">Šport</a> <a href="https://www.rtvmreza.si/kultura">Kultura</a> <a href="https://www.rtvmreza.si/zabava-in-slog">Zabava in slog</a> <a href="https://365.rtvmreza.si/">365</a> <a href="https://www.rtvmreza.si/radio">Radio</a></nav>')}
</header>
<main class="article-wrapper">
 {p.junk("section-label", '<div class="article-section"><a href="https://www.rtvmreza.si/novice/slovenija">Slovenija</a></div>')}
 {h1(p, 'class="article-title"')}
 {p.junk("dek", '<p class="lead">' + esc(p.a['dek']) + '</p>')}
 {p.junk("byline", '<div class="article-meta"><span class="publish-meta">5. november 2026 ob 12:40</span> <span class="place">Ljubljana - MMC RTV</span> <span class="author">Maja Kos</span></div>')}
 {p.junk("caption-credit", '<figure class="article-image"><img data-src="https://img.rtvmreza.si/_up/upload/2026/11/05/66418921.jpg" src="https://img.rtvmreza.si/_up/upload/2026/11/05/66418921_lowres.jpg" alt=""><figcaption>Streha parkirne hiše ob Linhartovi cesti. Foto: BoBo</figcaption></figure>')}
 <div class="article-body">
{p.body(inserts={
    3: [p.junk("video-caption", '<div class="video-embed" data-media-id="175163221"><div class="rtv-player"></div><p class="video-title">Prispevek TV Slovenija: Vrtički na strehi</p></div>')],
    6: [p.junk("read-also-inline", '<div class="related-inline"><strong>Preberite tudi:</strong> <a href="https://www.rtvmreza.si/novice/slovenija/za-mestne-vrticke-v-ljubljani-cakalna-vrsta-600-ljudi/716412">Za mestne vrtičke v Ljubljani čakalna vrsta 600 ljudi</a></div>')],
})}
 </div>
 {p.junk("tags", '<div class="article-tags"><span>Oznake:</span> <a href="https://www.rtvmreza.si/tag/ljubljana">Ljubljana</a> <a href="https://www.rtvmreza.si/tag/vrtickarstvo">vrtičkarstvo</a> <a href="https://www.rtvmreza.si/tag/zelene-strehe">zelene strehe</a></div>')}
 {p.junk("share-bar", '<div class="share">' + share_links(p, [("facebook", "Deli na Facebooku"), ("x", "Deli na X"), ("email", "Pošlji po e-pošti")], '<a href="{href}" target="_blank">{label}</a> ') + '</div>')}
 {p.junk("comments", '<section class="comments"><h3>Komentarji (58)</h3><p>Pravila komentiranja so objavljena na <a href="https://www.rtvmreza.si/pravila-komentiranja">tej povezavi</a>.</p><a href="https://www.rtvmreza.si/prijava?ref=' + p.url + '">Za komentiranje se morate prijaviti</a></section>')}
 {p.junk("related-box", '<section class="related"><h3>Sorodne novice</h3><ul><li><a href="https://www.rtvmreza.si/novice/slovenija/maribor-dobil-prvi-skupnostni-sadovnjak/715220">Maribor dobil prvi skupnostni sadovnjak</a></li><li><a href="https://www.rtvmreza.si/novice/slovenija/zelene-strehe-hladijo-mesta/714102">Zelene strehe hladijo mesta</a></li></ul></section>')}
</main>
<aside>
 {p.junk("sidebar-list", '<div class="most-read"><h3>Najbolj brano</h3><ol><li><a href="https://www.rtvmreza.si/novice/slovenija/sneg-na-primorskem/716501">Sneg presenetil tudi Primorsko</a></li><li><a href="https://www.rtvmreza.si/sport/kosarka/dragic-poslovilni-tekma/716488">Poslovilna tekma v Stožicah razprodana</a></li></ol></div>')}
</aside>
<footer>
{p.junk("footer", '<p>© RTV Mreža, 2026. Vse pravice pridržane.</p><p><a href="https://www.rtvmreza.si/o-nas">O nas</a> <a href="https://www.rtvmreza.si/varstvo-osebnih-podatkov">Varstvo osebnih podatkov</a> <a href="https://www.rtvmreza.si/dostopnost">Dostopnost</a></p>')}
</footer>
</body>
</html>"""


# ---------------------------------------------------------------- Sweden: public broadcaster (SVT-like), explainer


def sv_broadcaster(p):
    return f"""{p.head("SVR Nyheter", p.ld_json("SVR Nyheter", section="Jämtland") + '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"section":"lokalt/jamtland","type":"explainer"}}},"page":"/nyheter/[...slug]","buildId":"svr-nyh-3112"}</script>')}
<body>
<div id="__next">
<header class="TopMenu__root">
 {p.junk("logo", '<a class="TopMenu__logo" href="https://www.svr.se/nyheter/">SVR Nyheter</a>')}
 {p.junk("nav", '<nav class="TopMenu__nav"><a href="https://www.svr.se/nyheter/inrikes/">Inrikes</a> <a href="https://www.svr.se/nyheter/utrikes/">Utrikes</a> <a href="https://www.svr.se/nyheter/lokalt/">Lokalt</a> <a href="https://www.svr.se/sport/">Sport</a> <a href="https://www.svr.se/play/">SVR Play</a></nav>')}
</header>
<main class="Article__root">
 {p.junk("section-label", '<a class="SectionHeader__link" href="https://www.svr.se/nyheter/lokalt/jamtland/">Jämtland</a>')}
 {h1(p, 'class="ArticleHeader__heading"')}
 {p.junk("byline", '<div class="ArticleFooter__author"><span>Anna-Karin Lindqvist</span></div><div class="ArticleHeader__dates"><span>Publicerad 18 november 2026 07.12</span> <span>Uppdaterad 18 november 2026 09.40</span></div>')}
 <div class="TextArticle__body">
{p.body()}
 </div>
 {p.junk("share-bar", '<div class="ShareButtons__root"><span>Dela</span> ' + share_links(p, [("facebook", "Facebook"), ("x", "X"), ("email", "E-post")], '<a href="{href}" target="_blank">{label}</a> ') + '<button>Kopiera länk</button></div>')}
</main>
<footer class="Footer__root">
{p.junk("footer", '<p>Ansvarig utgivare: Kristin Aaltonen</p><p><a href="https://www.svr.se/omsvr/">Om SVR</a> <a href="https://www.svr.se/kakor/">Om kakor</a> <a href="https://www.svr.se/kontakt/">Kontakta oss</a></p>')}
</footer>
</div>
</body>
</html>"""


FAMILIES = {
    "junk-br-daily": (br_daily, "Brazilian national daily (Folha-like), paywall meter, gift link",
                      "https://www1.gazetapaulista.com.br/cotidiano/2026/11/campinas-vai-plantar-40-mil-arvores.shtml"),
    "junk-tr-tv-news": (tr_tv_news, "Turkish TV channel news site (NTV-like), breaking bar, video",
                        "https://www.kanal9haber.com.tr/turkiye/izmirde-120-yillik-hamam-kutuphane-oldu"),
    "junk-hi-daily": (hi_daily, "Hindi daily (Bhaskar-like), highlights box, WhatsApp channel",
                      "https://www.rajasthanprabhat.com/local/rajasthan/jaipur/news/chandpol-bawdi-paani-lauta-133278541.html"),
    "junk-he-portal": (he_portal, "Hebrew portal (Ynet-like), right to left, talkbacks",
                       "https://www.kolhair-news.co.il/news/article/b1a7q2xnz"),
    "junk-th-portal": (th_portal, "Thai portal (Thairath-like), LINE share, Next.js",
                       "https://www.siamdaily.co.th/news/local/2815533"),
    "clean-table-ca": (ca_daily, "Catalan daily (Ara/VilaWeb-like): timetable table, subheadings",
                       "https://www.diaridelter.cat/girona/2026/11/04/noves-linies-bus-nocturn-girona.html"),
    "junk-hr-portal": (hr_portal, "Croatian portal (Index.hr-like), tip box, comments",
                       "https://www.jadranvijesti.hr/vijesti/hrvatska/splitski-vatrogasci-dobili-elektricni-kamion/2671894.aspx"),
    "clean-explainer-ru": (ru_explainer, "Russian-language independent outlet (Meduza-like) explainer: question subheadings",
                           "https://vestnik-svobody.media/feature/2026/11/03/tbilisi-night-transport"),
    "junk-sk-daily": (sk_daily, "Slovak daily (SME-like) with a Piano paywall box inside the text",
                      "https://kosice.dennikvychod.sk/c/23988412/kosice-otvaraju-kniznicu-naradia.html"),
    "junk-bg-daily": (bg_daily, "Bulgarian daily (Dnevnik-like), view and comment counts",
                      "https://www.trakiyaden.bg/plovdiv/2026/11/12/4712230_plovdiv_zatvarq_glavnata_i_prez_zimata/"),
    "junk-lt-portal": (lt_portal, "Lithuanian portal (15min/Delfi-like)",
                       "https://www.nemunoziniai.lt/kaunas/kaune-atidaryta-pirmoji-pataisu-dirbtuve-1023381"),
    "junk-my-daily": (my_daily, "Malay-language daily (Berita Harian-like), BACA JUGA lines, copyright line",
                      "https://www.beritasemenanjung.com.my/berita/wilayah/2026/11/1298401/pulau-pinang-lancar-bas-percuma"),
    "junk-tz-daily": (tz_daily, "Tanzanian Swahili daily (Mwananchi-like), dateline",
                      "https://www.sautiyaziwa.co.tz/habari/kanda/wavuvi-ziwa-victoria-majokofu-nishati-ya-jua-4471620"),
    "junk-sl-broadcaster": (sl_broadcaster, "Slovenian public broadcaster news portal (RTV SLO/MMC-like), video",
                            "https://www.rtvmreza.si/novice/slovenija/v-ljubljani-prvic-skupnostni-vrt-na-strehi/716455"),
    "clean-sv-broadcaster": (sv_broadcaster, "Swedish public broadcaster (SVT-like) explainer: question subheadings, list",
                             "https://www.svr.se/nyheter/lokalt/jamtland/nya-regler-for-eldning-i-jamtland"),
}

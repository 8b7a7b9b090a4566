#!/usr/bin/env python3
"""The stress pages of the fourteenth group (issue 16): four kinds of news page no earlier group wrote, each in both
halves in other markup and wording, written without reading the extractor's code (stages/extract/src/main was never
opened) so that the group measures the rules honestly.

- Science and research news: a science-news site's rewrite of a press release and a university's release through a
  press-release service ("More information:", "Journal information:", DOI and citation lines, "Provided by",
  "Explore further", "Originalpublikation", "Story Source", "Referencia", reference lists, funding notes, media
  contact boxes, "This article has been republished from ...", idw's and SINC's service lines).
- Central and Eastern European news sites (Romanian, Polish, Czech, Hungarian): their own words for read-also lines,
  related boxes, tags, share bars, comment counts, follow lines, cookie and consent banners, sponsored-content boxes.
- Regional US and UK news sites carrying syndicated copy: wire copyright lines, "Distributed by Tribune Content
  Agency", "This story was originally published ...", news-tip appeals, a democracy-reporting scheme's notice,
  contributor lines.
- Magazine long reads with sidebar-heavy layouts: an author box, "You might also like" rails inside the column,
  reading-time and reading-progress text, a caption; their footnotes and endnotes ARE the article's.

Annotation (the existing groups' convention): the body is the article's paragraphs as a reader copies them, its
subheadings each a block, a list's items lines of one block, a quotation's paragraphs blocks; the headline, captions
and credits, and every service line above are furniture. A long read's notes (and their heading) are the article's;
a science story's reference list and citation lines are the site's service, not the story.

Guards (look like junk, belong to the article): a paragraph opening "More information about the vaccine ..." and one
opening "Provided by the county's hospitals, ..."; a read-also phrase quoted inside a sentence (Polish „Czytaj też",
Czech „Čtěte také") and a Hungarian paragraph opening "Kapcsolódó ..."; a sentence about copyright and a columnist's
"This story was originally told to me ..."; the long reads' own notes.

Same method as build_header_pages.py, whose chrome and writer it reuses. Deterministic: run it again and nothing
changes.
"""
from build_header_pages import page_list, ps, write_pages

PAGES, page = page_list()


# ================================================================ tune half

# ---- science news site (phys.org-like): the rewrite of a release, then More information / Journal information /
#      Provided by / Citation / copyright notice, an "Explore further" box mid-column; guard: "More information about
#      the vaccine ..." as the article's own paragraph
T = "Nasal flu vaccine protects ferrets against two strains at once"
B = [
    "A vaccine sprayed into the nose protected ferrets against two different strains of influenza in a study published this week, raising hopes for a flu shot that would not need to be reformulated every year.",
    "The vaccine carries a protein from the stalk of the virus's surface spike, a part that changes far more slowly than the head that current vaccines target. Ferrets given two doses four weeks apart were exposed to an H1N1 and an H3N2 strain and cleared both within three days.",
    "Unvaccinated animals shed virus for more than a week, and half of them lost over a tenth of their body weight.",
    "Immunity in the airway",
    "Because the spray is taken up by the lining of the nose, it raised antibodies where the virus first lands, said the study's lead author, Dr. Amaka Okonjo, an immunologist at the University of Eastmoor.",
    "\u201cAn injection trains the blood. This trains the doorway,\u201d she said. \u201cThat is why we saw so little virus in the animals' noses after exposure.\u201d",
    "More information about the vaccine's safety will come from a trial in 120 adult volunteers that begins in March, the team said. The volunteers will receive either the spray or a salt-water placebo and will be followed for a year.",
    "Experts not involved in the work cautioned that ferrets are an imperfect model and that earlier universal flu candidates had stalled in human trials.",
]
page("tune", "science-en-provided", "en", "SciNewsDaily", T, B, f"""<article class="news-article">
<h1 class="text-extra-large">{T}</h1>
<p class="article-byline">by Ruth Adeyemi, University of Eastmoor</p>
<figure class="article-img"><img src="/img/ferret.jpg" alt="ferret"><figcaption class="text-darken text-low-up">Credit: Unsplash/CC0 Public Domain</figcaption></figure>
<div class="article-main">
{ps(B[:3])}
<h2>{B[3]}</h2>
{ps(B[4:6])}
<div class="article-banner first-banner"><div class="news-explore-further"><p class="explore-title">Explore further</p>
<a href="/news/2026-11-universal-flu-shot.html">Universal flu shot enters first human trial</a></div></div>
{ps(B[6:])}
<p><strong>More information:</strong> Amaka Okonjo et al, Intranasal stalk-antigen vaccination protects against heterosubtypic influenza challenge in ferrets, <i>Science Translational Medicine</i> (2026). <a href="https://doi.org/10.1126/scitranslmed.adq4471">DOI: 10.1126/scitranslmed.adq4471</a></p>
<div class="article-main__more"><p><strong>Journal information:</strong> <a href="/journals/science-translational-medicine/">Science Translational Medicine</a></p></div>
<div class="article-main__more"><p>Provided by <a href="/partners/university-of-eastmoor/">University of Eastmoor</a></p></div>
</div>
<div class="article-main__citation"><p><b>Citation</b>: Nasal flu vaccine protects ferrets against two strains at once (2026, December 3) retrieved 7 December 2026 from https://scinewsdaily.example/news/2026-12-nasal-flu-vaccine-ferrets.html</p>
<p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.</p></div>
</article>""")

# ---- a university's release through a German press-release service (idw-like): dl-like labelled sections after the
#      text: Wissenschaftliche Ansprechpartner, Originalpublikation with DOI, Weitere Informationen, a funding note in
#      small print, a media contact box, the release's features
T = "Stadtbäume kühlen Innenhöfe stärker als gedacht"
B = [
    "Schon ein einzelner großer Baum kann einen Innenhof an heißen Tagen um bis zu vier Grad abkühlen. Das zeigt eine Messreihe von Forschenden der Technischen Universität Oberlausitz, die drei Sommer lang in 46 Berliner Höfen Temperatur und Luftfeuchte aufgezeichnet haben.",
    "Entscheidend war nicht allein der Schatten. Bäume mit dichter Krone verdunsten an einem Sommertag mehrere hundert Liter Wasser, und diese Verdunstung kühlte die Luft auch in den Stunden nach Sonnenuntergang, wenn versiegelte Höfe die Wärme des Tages abgeben.",
    "\u201eDie Nächte sind für die Gesundheit der Bewohnerinnen und Bewohner das eigentliche Problem\u201c, sagt die Stadtklimatologin Prof. Dr. Henrike Albers. \u201eWer nachts nicht unter 25 Grad kommt, erholt sich nicht.\u201c",
    "Linden und Platanen schnitten am besten ab, junge Bäume mit schmaler Krone kaum besser als ein Sonnensegel. Die Forschenden empfehlen deshalb, bestehende alte Bäume bei Sanierungen zu schützen, statt sie durch Neupflanzungen zu ersetzen.",
    "In einem nächsten Schritt will das Team untersuchen, wie viel Wasser die Bäume in Dürresommern brauchen und ob Regenwasser aus den Dachrinnen dafür ausreicht.",
]
page("tune", "science-de-idw", "de", "Wissenschaftsdienst", T, B, f"""<div class="pressemitteilung">
<p class="pm-kopf"><span>Pressemitteilung</span> <span>Technische Universität Oberlausitz</span> <span>04.12.2026 10:17</span></p>
<h1>{T}</h1>
<p class="pm-autor">Dr. Jana Wendt Presse- und Öffentlichkeitsarbeit<br>Technische Universität Oberlausitz</p>
<div class="pm-text">
{ps(B)}
<hr>
<p class="pm-abschnitt"><strong>Wissenschaftliche Ansprechpartner:</strong><br>Prof. Dr. Henrike Albers<br>Professur für Stadtklimatologie<br>Tel.: +49 3581 374-2210<br>E-Mail: henrike.albers@tu-oberlausitz.example</p>
<p class="pm-abschnitt"><strong>Originalpublikation:</strong><br>Albers, H., Nowak, P., Richter, S. (2026): Evaporative cooling by mature street trees in enclosed courtyards. Urban Climate 58, 102214. DOI: 10.1016/j.uclim.2026.102214</p>
<p class="pm-abschnitt"><strong>Weitere Informationen:</strong><br><a href="https://tu-oberlausitz.example/stadtklima">https://tu-oberlausitz.example/stadtklima</a></p>
<p class="pm-foerderung"><small>Die Studie wurde von der Deutschen Forschungsgemeinschaft (DFG) im Rahmen des Schwerpunktprogramms \u201eStadtklima im Wandel\u201c gefördert (Förderkennzeichen AL 1187/3-1).</small></p>
</div>
<div class="pm-kontakt"><h3>Kontakt für die Medien</h3><p>Dr. Jana Wendt<br>Pressestelle der TU Oberlausitz<br>presse@tu-oberlausitz.example</p></div>
<div class="pm-merkmale"><h3>Merkmale dieser Pressemitteilung:</h3><p>Journalisten, Wissenschaftler, jedermann<br>Geowissenschaften, Umwelt / Ökologie<br>überregional<br>Forschungsergebnisse, Wissenschaftliche Publikationen<br>Deutsch</p></div>
</div>""")

# ---- Romanian news site: "Citește și:" lines, a sponsored box, "Urmăriți-ne pe Google News", tags, share bar,
#      comment count, a cookie banner
T = "Primăria Clujului extinde rețeaua de piste pentru biciclete cu 38 de kilometri"
B = [
    "Primăria Cluj-Napoca a anunțat marți că va construi anul viitor încă 38 de kilometri de piste pentru biciclete, care vor lega cartierele Mănăștur, Gheorgheni și Someșeni de centrul orașului.",
    "Proiectul costă aproximativ 64 de milioane de lei și va fi finanțat în cea mai mare parte din fonduri europene pentru mobilitate urbană. Lucrările ar urma să înceapă în martie și să dureze doi ani.",
    "Potrivit primăriei, numărul celor care merg zilnic cu bicicleta la serviciu s-a dublat în ultimii cinci ani, iar sistemul de biciclete publice a înregistrat peste un milion de închirieri în 2026.",
    "\u201eNu vrem să luăm locul mașinilor, vrem să le dăm oamenilor o alegere sigură\u201d, a declarat viceprimarul Andrei Pop, care coordonează proiectul.",
    "Asociațiile de bicicliști au salutat anunțul, dar au cerut ca pistele să fie separate fizic de carosabil, nu doar marcate cu vopsea, mai ales pe bulevardele cu trafic intens.",
    "Consiliul Local urmează să voteze documentația tehnică în ședința din ianuarie.",
]
page("tune", "cee-ro-stiri", "ro", "Știri de Cluj", T, B, f"""<div class="single-articol">
<h1 class="titlu">{T}</h1>
<div class="info-articol"><span class="autor">de Ioana Mureșan</span> <span class="data">09.12.2026, 14:32</span></div>
<div class="continut-articol">
{ps(B[:2])}
<p><strong>Citește și: </strong><a href="/local/tramvaiul-spre-floresti-amanat">Tramvaiul spre Florești, amânat din nou. Ce spune primarul</a></p>
{ps(B[2:4])}
<div class="continut-sponsorizat"><span class="eticheta">Conținut sponsorizat</span><a href="/promo/biciclete-electrice"><p>Reduceri de până la 40% la biciclete electrice în magazinele partenere</p></a></div>
{ps(B[4:])}
<p class="google-news"><a href="https://news.google.com/publications/stiridecluj">Urmăriți-ne pe Google News</a></p>
</div>
<div class="etichete"><span>Etichete:</span> <a href="/tag/cluj-napoca">Cluj-Napoca</a> <a href="/tag/biciclete">biciclete</a> <a href="/tag/primarie">primărie</a></div>
<div class="distribuie"><span>Distribuie:</span> <a href="https://facebook.example/sharer">Facebook</a> <a href="https://whatsapp.example/send">WhatsApp</a></div>
<div class="comentarii"><a href="#comentarii">Comentarii (12)</a></div>
</div>
<div id="cookie-consimtamant"><p>Acest site folosește cookie-uri pentru a-ți oferi o experiență cât mai bună. Continuarea navigării implică acceptarea lor.</p><button>Accept</button> <a href="/politica-cookies">Află mai multe</a></div>""")

# ---- Polish portal: "Czytaj też:" with a link, a "Zobacz także" box of cards, a sponsored article label, tags,
#      share and comment lines, an RODO consent text; guard: „Czytaj też …" quoted inside a sentence
T = "Biblioteka w Lublinie otwiera czytelnię czynną całą dobę"
B = [
    "Miejska Biblioteka Publiczna w Lublinie otworzy w styczniu pierwszą w regionie czytelnię czynną przez całą dobę. Do sali z trzydziestoma stanowiskami będzie można wejść z kartą biblioteczną.",
    "Pomysł zgłosili studenci w budżecie obywatelskim. Projekt zdobył ponad cztery tysiące głosów, najwięcej ze wszystkich wniosków w tej edycji.",
    "W nocy czytelni będzie pilnował ochroniarz, a książki z wolnego dostępu będzie można wypożyczać w samoobsługowym automacie.",
    "Biblioteka prowadzi równolegle kampanię dla młodzieży. Na plakatach w autobusach widnieje hasło \u201eCzytaj też po dwudziestej drugiej\u201d, a przy wejściu do czytelni stanie półka z nowościami wybranymi przez licealistów.",
    "\u201eChcemy, żeby biblioteka była miejscem, do którego można przyjść wtedy, kiedy ma się czas, a nie tylko wtedy, kiedy my mamy otwarte\u201d \u2013 mówi dyrektorka biblioteki Małgorzata Wiśniewska.",
    "Roczny koszt utrzymania czytelni miasto szacuje na 450 tysięcy złotych. Po pół roku biblioteka ma ocenić, ilu czytelników korzysta z niej w nocy.",
]
page("tune", "cee-pl-portal", "pl", "Kurier Lubelski Online", T, B, f"""<main class="artykul">
<h1>{T}</h1>
<div class="artykul-meta">Autor: Piotr Zając | 8 grudnia 2026, 07:45 | Aktualizacja: 8 grudnia 2026, 09:10</div>
<section class="artykul-tresc">
{ps(B[:2])}
<p class="czytaj-tez"><b>Czytaj też:</b> <a href="/lublin/nowe-linie-autobusowe">Nowe linie autobusowe od lutego. Sprawdź rozkład</a></p>
{ps(B[2:4])}
<div class="zobacz-takze"><h4>Zobacz także</h4>
<div class="karta"><a href="/kultura/teatr-premiera"><img src="/img/teatr.jpg" alt=""><span>Premiera w Teatrze Starym. Bilety już w sprzedaży</span></a></div>
<div class="karta"><a href="/lublin/lodowisko"><img src="/img/lodowisko.jpg" alt=""><span>Lodowisko na placu Litewskim otwarte do marca</span></a></div>
</div>
{ps(B[4:])}
<div class="material-sponsorowany"><p class="etykieta">Materiał sponsorowany</p><p><a href="/partner/kredyt">Kredyt na mieszkanie bez wkładu własnego? Sprawdź ofertę banku</a></p></div>
</section>
<div class="tagi">Tagi: <a href="/tag/lublin">Lublin</a>, <a href="/tag/biblioteka">biblioteka</a>, <a href="/tag/budzet-obywatelski">budżet obywatelski</a></div>
<div class="udostepnij">Udostępnij: <a href="https://facebook.example/sharer">Facebook</a> <a href="https://x.example/intent">X</a> <a href="#">Kopiuj link</a></div>
<div class="komentarze"><h3>Komentarze (7)</h3><p>Dodaj komentarz. Komentarze są moderowane.</p></div>
</main>
<div class="rodo"><p>Szanowny Użytkowniku, zanim przejdziesz do serwisu, zapoznaj się z informacją o przetwarzaniu Twoich danych osobowych (RODO). Korzystając z serwisu, wyrażasz zgodę na zapisywanie plików cookies.</p><button>Przejdź do serwisu</button></div>""")

# ---- US regional TV station's site carrying an AP story: dateline lede, AP copyright notice, contributor line,
#      a news-tip appeal, a "Related stories" rail inside the story column, the station's own copyright
T = "Idaho lawmakers approve money to reopen closed rural clinics"
B = [
    "BOISE, Idaho (AP) \u2014 Idaho lawmakers on Wednesday approved $14 million to reopen five rural health clinics that closed over the past two years, sending the bill to the governor after a late-night debate over how the money would be split.",
    "The clinics, in counties where the nearest hospital can be two hours away by car, shut down after losing doctors and federal grants that expired at the end of the pandemic.",
    "Supporters said residents had been driving across state lines for routine care. \u201cPeople in my district are going to Oregon to get their blood pressure checked,\u201d said Rep. Dana Whitlock, a Republican from Baker.",
    "Opponents argued the state could not keep paying for clinics that would struggle to recruit staff, and asked for a review after three years. That amendment failed 31-38.",
    "The governor's office said he would review the bill but has spoken in favor of rural health funding in the past.",
]
page("tune", "syndicated-en-ap-local", "en", "KXRT 7 News", T, B, f"""<div class="story-wrapper">
<h1 class="story-headline">{T}</h1>
<div class="story-meta"><span class="byline">By REBECCA LANG Associated Press</span> <span class="timestamp">Wednesday, March 11th 2026, 10:52 PM MDT</span></div>
<div class="story-body">
{ps(B[:2])}
<div class="related-stories"><h4>Related Stories</h4><ul><li><a href="/news/local/baker-clinic-closes">Baker clinic closes its doors after 40 years</a></li><li><a href="/news/state/rural-hospitals-report">Report: rural hospitals face staffing crisis</a></li></ul></div>
{ps(B[2:])}
<p><em>Associated Press writer Tom Reyes in Salt Lake City contributed to this report.</em></p>
<p class="ap-copyright">Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>
</div>
<div class="news-tip"><h4>Have a news tip?</h4><p>Email us at <a href="mailto:newsroom@kxrt.example">newsroom@kxrt.example</a> or call our newsroom at (208) 555-0117.</p></div>
<div class="station-copyright">Copyright 2026 KXRT. All Rights Reserved.</div>
</div>""")

# ---- UK regional paper carrying a Local Democracy Reporting Service story: the scheme's notice, a newsletter pitch,
#      "Read more:" lines, a comments prompt; guard: a sentence about copyright in a planning row
T = "Council rejects plan for 200 homes on former quarry after objections"
B = [
    "Plans for 200 homes on the site of a former quarry outside Wrenbury have been rejected by councillors, who said the village's roads and school could not cope.",
    "The developer, Hartwell Estates, had promised a new play park and 60 affordable homes. More than 350 residents objected, many of them about traffic on the narrow lane that leads to the site.",
    "Councillor Alan Briggs told the planning committee: \u201cNobody here is against new homes. We are against 200 of them at the end of a single-track road.\u201d",
    "The meeting also heard that copyright in the developer's drawings had been disputed by the architect who drew up an earlier scheme, a matter the committee said was not for it to decide.",
    "Hartwell Estates said it was disappointed and would consider an appeal to the Planning Inspectorate.",
]
page("tune", "syndicated-en-uk-ldrs", "en", "Wessex Evening Echo", T, B, f"""<article>
<h1>{T}</h1>
<div class="article-byline">By Sarah Milner <span>Local Democracy Reporter</span> <span>14:05, 2 DEC 2026</span></div>
<div class="article-body">
{ps(B[:2])}
<p><b>Read more:</b> <a href="/news/local-news/wrenbury-school-expansion">Wrenbury school expansion put on hold again</a></p>
{ps(B[2:4])}
<div class="newsletter-inline"><p>Get the biggest stories from across Wessex straight to your inbox. <a href="/newsletters">Sign up to our free daily newsletter here</a>.</p></div>
{ps(B[4:])}
<p class="ldrs-notice"><i>The Local Democracy Reporting Service is a public service news agency funded by the BBC, which supplies stories on councils and public bodies to regional newspapers across the UK.</i></p>
</div>
<div class="comments-prompt"><p>Have your say on this story in the comments below.</p></div>
</article>""")

# ---- magazine long read, English: reading time and progress text, an author box and a "You might also like" rail
#      inside the column, a caption, subheadings; the notes (markers in the text, an ordered list) are the article's
T = "The last lighthouse keepers of the north coast"
NOTE1 = "The board's figures for 1962 list 94 staffed lights; by 1998 there were none."
NOTE2 = "Her logbooks are now held by the county archive, which lent them for this piece."
NOTE3 = "Helen asked that her surname not be used."
B = [
    "For forty-one years, Duncan Ross climbed the same 132 steps twice a night. He wound the clockwork that turned the lens, trimmed the wick, wrote the weather in a ledger and, when the fog came in, started the horn that could be heard eleven miles out to sea.",
    "He was one of the last. When the lighthouse board automated its remaining stations, it did so quickly, and in the space of a decade a job that had passed from father to son for two centuries simply stopped existing.[1]",
    "The night watch",
    "Ross still wakes at two in the morning. \u201cYour body keeps the rota long after they take the light away from you,\u201d he told me in the kitchen of the keeper's cottage he now rents from the board, a hundred yards from the tower he used to run.",
    "His wife, Morag, kept the logbooks when he was ill, and for one winter kept the light alone. She remembers the storm of January 1978 as a sound more than a sight: the windows of the lantern room humming, the whole tower moving a finger's width in the gusts.[2]",
    "What automation kept, and what it lost",
    "Automation was not a mistake, the keepers are quick to say. The lights are more reliable now, and nobody has to risk the iron ladder in a gale. But the keepers were also the coast's eyes. They reported wrecks, counted seabirds, and more than once rowed out to fishermen in trouble before the lifeboat could launch.",
    "A younger keeper I spoke to, who served only six years before her station went automatic, put it plainly: \u201cWe were the people who noticed things. Now nobody is paid to notice.\u201d[3]",
    "Notes",
    "\n".join([NOTE1, NOTE2, NOTE3]),  # an <ol>: its items' text, without the numbers the browser draws
]
page("tune", "longread-en-sidebar", "en", "The Longitude Review", T, B, f"""<div class="reading-progress" aria-hidden="true"><span class="reading-progress__label">Reading progress</span> <span class="reading-progress__value">0%</span></div>
<article class="longform">
<header class="longform__header"><h1>{T}</h1><p class="longform__meta"><span>By Fiona Carmichael</span> <span>Photographs by Ewan Laird</span> <span>18 min read</span></p></header>
<div class="longform__body">
<p>{B[0]}</p>
<p>{B[1].replace("[1]", '<sup><a href="#note-1" id="ref-1">[1]</a></sup>')}</p>
<figure class="longform__image"><img src="/img/keeper.jpg" alt=""><figcaption>Duncan Ross at the foot of the tower in November. Photograph: Ewan Laird</figcaption></figure>
<h2>{B[2]}</h2>
<p>{B[3]}</p>
<aside class="sidebar sidebar--related"><h3>You might also like</h3><ul>
<li><a href="/features/ferrymen">The ferrymen who would not retire</a><p>On the west coast, a crossing kept alive by three brothers.</p></li>
<li><a href="/features/fog-signals">A short history of the fog signal</a><p>From cannon to diaphone, the sounds that kept ships off the rocks.</p></li>
</ul></aside>
<p>{B[4].replace("[2]", '<sup><a href="#note-2" id="ref-2">[2]</a></sup>')}</p>
<h2>{B[5]}</h2>
<p>{B[6]}</p>
<aside class="sidebar sidebar--author"><img src="/img/fiona.jpg" alt=""><h3>About the author</h3><p>Fiona Carmichael is a writer based in Orkney. Her book on the northern lights, <em>Keepers</em>, is out in May.</p><p><a href="/authors/fiona-carmichael">More from Fiona Carmichael</a></p></aside>
<p>{B[7].replace("[3]", '<sup><a href="#note-3" id="ref-3">[3]</a></sup>')}</p>
<section class="longform__notes"><h2>{B[8]}</h2><ol>
<li id="note-1">{NOTE1}</li>
<li id="note-2">{NOTE2}</li>
<li id="note-3">{NOTE3}</li>
</ol></section>
</div>
<footer class="longform__footer"><p>You've reached the end of this story.</p><p><a href="/subscribe">Become a member to read every long read</a></p></footer>
</article>""")

# ---- magazine long read, German: "Lesezeit", a scroll-progress line, "Das könnte Sie auch interessieren" between
#      paragraphs, "Über die Autorin" box; note markers as Unicode superscript digits (¹ ²) and the notes as paragraphs under
#      "Anmerkungen" (the article's)
T = "Die Uhrmacher von Glashütte und das Ende der Zeit"
B = [
    "Wer in Glashütte eine Werkstatt betritt, hört zuerst nichts. Dann, wenn sich das Ohr an die Stille gewöhnt hat, ein Ticken von vielen Seiten, nie ganz im Gleichtakt, wie ein Regen, der nicht aufhören will.",
    "Hier, in einem Tal des Erzgebirges, werden seit 1845 Uhren gebaut. Die Stadt hat zwei Weltkriege, die Enteignung und die Wende überstanden, und heute arbeiten mehr Menschen in den Manufakturen als zu DDR-Zeiten.\u00b9",
    "Lehrjahre",
    "Katrin Vogel ist 23 und im dritten Lehrjahr. An ihrem Platz liegen Pinzetten, eine Lupe und ein Werk, das kleiner ist als ein Zwei-Euro-Stück. \u201eAm Anfang habe ich eine Woche lang nur Schrauben sortiert\u201c, sagt sie. \u201eMan lernt Geduld, oder man geht.\u201c",
    "Ihr Meister, Bernd Hänel, hat 1979 hier angefangen, als die Uhren noch nach Plan gebaut wurden und die besten Stücke in den Westen gingen. Er erzählt davon ohne Bitterkeit, eher mit dem Stolz eines Handwerkers, dessen Arbeit auch damals gut war.\u00b2",
    "Eine Zukunft aus der Vergangenheit",
    "Dass junge Menschen wieder Uhrmacher werden wollen, liegt auch am Smartphone, sagt Hänel. Wer den ganzen Tag auf einen Bildschirm schaue, wolle abends etwas in der Hand halten, das in fünfzig Jahren noch funktioniert.",
    "Katrin Vogel will nach der Lehre bleiben. Sie hat sich ein altes Taschenuhrwerk ihres Urgroßvaters mitgebracht, das sie im Winter zerlegen will. \u201eEs ist stehen geblieben, als er starb\u201c, sagt sie. \u201eIch will wissen, warum.\u201c",
    "Anmerkungen",
    "\u00b9 Nach Angaben des Stadtmuseums waren es 1989 rund 2.300 Beschäftigte, heute sind es etwa 2.600.",
    "\u00b2 Die Produktion der DDR-Zeit wird im Uhrenmuseum der Stadt gezeigt; Hänels erstes Werkstück ist dort ausgestellt.",
]
page("tune", "longread-de-anmerkungen", "de", "Das Lange Lesen", T, B, f"""<div class="artikel artikel--reportage">
<div class="artikel__kopf"><h1>{T}</h1><div class="artikel__info">Eine Reportage von Miriam Stolle · Lesezeit: 14 Min.</div></div>
<div class="scroll-fortschritt" role="progressbar"><span>Sie haben 0 % dieses Artikels gelesen</span></div>
<div class="artikel__text">
<p>{B[0]}</p>
<p>{B[1]}</p>
<h3>{B[2]}</h3>
<p>{B[3]}</p>
<div class="empfehlung"><p class="empfehlung__titel">Das könnte Sie auch interessieren</p>
<div class="empfehlung__teaser"><a href="/reportage/porzellan-meissen"><span class="kicker">Meißen</span> <span>Die letzten Porzellanmaler</span></a></div>
<div class="empfehlung__teaser"><a href="/reportage/orgelbau"><span class="kicker">Orgelbau</span> <span>Wo Pfeifen noch von Hand gestimmt werden</span></a></div>
</div>
<p>{B[4]}</p>
<h3>{B[5]}</h3>
{ps(B[6:8])}
<div class="autorin-box"><p class="autorin-box__titel">Über die Autorin</p><p>Miriam Stolle schreibt seit 2015 Reportagen über Handwerk und ländliche Regionen. Sie lebt in Dresden.</p><p><a href="/autoren/miriam-stolle">Alle Texte von Miriam Stolle</a></p></div>
<div class="artikel__anmerkungen"><h4>{B[8]}</h4>
<p>{B[9]}</p>
<p>{B[10]}</p>
</div>
</div>
<div class="artikel__ende"><p>Artikel teilen</p><p>Merken</p></div>
</div>""")


# ================================================================ check half

# ---- science-news site (a research-news aggregator's layout): the rewrite, then "Story Source" with the
#      republication note, "Journal Reference", "Cite This Page", a funding note, a media contact box; guard: a
#      paragraph opening "Provided by the county's hospitals, ..."
T = "Heat waves sent more older adults to hospital with kidney injury, records show"
B = [
    "Hospital admissions for acute kidney injury among adults over 65 rose by almost a fifth during heat waves, according to an analysis of eleven years of hospital records from the American Southwest.",
    "The researchers matched each admission with the day's maximum temperature and humidity in the patient's zip code. On days above 105 degrees Fahrenheit, admissions climbed steadily, and they stayed high for two days after the heat broke.",
    "Provided by the county's hospitals under a data-sharing agreement, the records covered more than 2.1 million admissions, which let the team compare neighborhoods with and without shaded bus stops and public cooling centers.",
    "Neighborhoods where more than a third of older residents lived alone saw the steepest rise. \u201cDehydration in an older person can happen quietly, in a single afternoon,\u201d said the study's senior author, nephrologist Dr. Luis Carranza of Sonora State University.",
    "The authors say simple measures, such as phone calls to people living alone on the hottest days, could prevent many of the admissions, and they are now testing such a program with two county health departments.",
]
page("check", "science-en-republished", "en", "Research Ledger", T, B, f"""<div id="story">
<h1 id="headline">{T}</h1>
<div id="date_posted">Date: <span>December 1, 2026</span></div>
<div id="source">Source: <span>Sonora State University</span></div>
<div id="summary"><b>Summary:</b> A study of hospital records finds kidney injuries among older adults rise during extreme heat.</div>
<hr>
<div id="story_text">
<div id="text">
{ps(B)}
</div>
<div class="funding"><p><em>The study was funded by the National Institute of Environmental Health Sciences (grant R01ES034418) and the Carranza Family Foundation. The funders had no role in the analysis.</em></p></div>
<div id="story_source"><h3>Story Source:</h3><p><a href="https://sonorastate.example/news">Materials</a> provided by <b>Sonora State University</b>. Original written by Mara Ellison. <i>Note: Content may be edited for style and length.</i></p>
<p>This article has been republished from the following materials. For further information, please contact the cited source.</p></div>
<div id="journal_references"><h3>Journal Reference:</h3><ol class="journal"><li>Luis Carranza, Nadia Orozco, Peter Whitfield. <b>Extreme heat and acute kidney injury admissions among older adults, 2014\u20132025</b>. <i>JAMA Network Open</i>, 2026; 9 (12): e2648812 DOI: <a href="https://doi.org/10.1001/jamanetworkopen.2026.48812">10.1001/jamanetworkopen.2026.48812</a></li></ol></div>
<div id="citation"><h3>Cite This Page:</h3><p>MLA APA Chicago</p><p>Sonora State University. \u201cHeat waves sent more older adults to hospital with kidney injury, records show.\u201d Research Ledger. Research Ledger, 1 December 2026.</p></div>
<div class="media-contact"><h4>Media Contact</h4><p>Mara Ellison, Sonora State University</p><p>mellison@sonorastate.example \u00b7 +1 520 555 0143</p></div>
</div>
</div>""")

# ---- Spanish science agency (SINC-like): labelled "Referencia:" with a list of references, "Derechos: Creative
#      Commons", "Fuente:", "Contacto" box, "Te recomendamos" cards, a funding line as a labelled paragraph
T = "Un sensor barato detecta microplásticos en el agua del grifo en diez minutos"
B = [
    "Un equipo del Instituto de Ciencia de Materiales de Almería ha desarrollado un sensor que detecta partículas de plástico de menos de una micra en el agua potable en solo diez minutos y con un coste inferior a cinco euros por análisis.",
    "Hasta ahora, contar microplásticos exigía filtrar grandes volúmenes de agua y examinar las muestras al microscopio durante días, un trabajo que solo pueden hacer laboratorios especializados.",
    "Cómo funciona",
    "El dispositivo utiliza una lámina de papel recubierta de un tinte que se adhiere a los plásticos y brilla bajo luz ultravioleta. Una aplicación para teléfono móvil cuenta los puntos luminosos y estima la concentración.",
    "\u201cQueremos que cualquier ayuntamiento pueda vigilar su red de agua sin enviar muestras a otro país\u201d, explica la investigadora Elena Marín, primera autora del estudio.",
    "En las pruebas con agua de doce municipios andaluces, el sensor coincidió con los análisis de laboratorio en nueve de cada diez muestras. Los autores advierten de que todavía no distingue entre tipos de plástico.",
]
page("check", "science-es-sinc", "es", "Agencia Ciencia Hoy", T, B, f"""<section class="noticia">
<div class="noticia-cabecera"><p class="seccion">Ciencias / Química</p><h1>{T}</h1><p class="fecha">Almería | 2 diciembre 2026 10:00 CET</p></div>
<div class="noticia-cuerpo">
{ps(B[:2])}
<h2>{B[2]}</h2>
{ps(B[3:])}
<div class="bloque-referencia"><p><strong>Referencia:</strong></p>
<ul><li>Marín, E. et al. \u201cPaper-based fluorescent sensing of sub-micron plastics in drinking water\u201d. <em>Analytical Chemistry</em> (2026). DOI: 10.1021/acs.analchem.6b04417</li>
<li>Marín, E., Ortega, J. \u201cNile red staining for field detection of microplastics\u201d. <em>Water Research</em> 241 (2025).</li></ul></div>
<p class="financiacion"><strong>Financiación:</strong> el trabajo ha recibido fondos del Plan Estatal de Investigación (PID2023-148812OB) y de la Junta de Andalucía.</p>
</div>
<div class="noticia-pie">
<p class="derechos"><strong>Derechos:</strong> Creative Commons</p>
<p class="fuente"><strong>Fuente:</strong> Instituto de Ciencia de Materiales de Almería</p>
<div class="contacto"><h4>Contacto</h4><p>Unidad de Cultura Científica</p><p>comunicacion@icma.example</p></div>
<div class="recomendados"><h4>Te recomendamos</h4><div class="tarjeta"><a href="/noticias/plasticos-rio-ebro">Hallan microplásticos en todos los tramos del Ebro</a></div><div class="tarjeta"><a href="/noticias/filtro-grafeno">Un filtro de grafeno para depurar agua en zonas rurales</a></div></div>
</div>
</section>""")

# ---- Czech news site: "Čtěte také" boxes of links, "Související články", "Komerční sdělení", "Štítky", share,
#      "Diskuse (34)", a cookie banner; guard: „Čtěte také …" quoted inside a sentence
T = "Brno zavede noční tramvajovou linku přes celé centrum"
B = [
    "Dopravní podnik města Brna od března zavede novou noční tramvajovou linku, která spojí Královo Pole s Komárovem přes hlavní nádraží. Tramvaje budou jezdit každých třicet minut.",
    "Linka nahradí dvě noční autobusové spoje, na které si cestující dlouhodobě stěžovali kvůli zpožděním a přeplněným vozům v pátek a v sobotu.",
    "Radní pro dopravu Jana Horáková uvedla, že provoz bude stát zhruba dvanáct milionů korun ročně. \u201eNoční doprava není luxus, je to služba pro lidi, kteří v noci pracují\u201c, řekla.",
    "Dopravní podnik zároveň spustí kampaň ke čtení ve vozech. Na obrazovkách se bude objevovat výzva \u201eČtěte také v tramvaji\u201c a ve vybraných vozech budou poličky s knihami z městské knihovny.",
    "Opozice návrh podpořila, požaduje ale, aby město po roce zveřejnilo, kolik lidí noční linku skutečně využívá.",
]
page("check", "cee-cs-zpravy", "cs", "Brněnský deník dnes", T, B, f"""<div class="clanek">
<h1 class="clanek-nadpis">{T}</h1>
<p class="clanek-autor">Petr Novotný | 5. 12. 2026 | 11:20</p>
<div class="clanek-text">
{ps(B[:2])}
<div class="ctete-take"><span class="ctete-take__label">Čtěte také</span><ul><li><a href="/zpravy/brno-parkovani-centrum">Parkování v centru Brna zdraží od ledna</a></li></ul></div>
{ps(B[2:4])}
<div class="komercni-sdeleni"><span>Komerční sdělení</span><p><a href="/komercni/energie">Jak ušetřit za energie v zimě? Poradíme vám</a></p></div>
{ps(B[4:])}
</div>
<div class="souvisejici"><h3>Související články</h3><ul><li><a href="/zpravy/nove-tramvaje">Brno objednalo dvacet nových tramvají</a></li><li><a href="/zpravy/hlavni-nadrazi">Stavba nového nádraží se opět odkládá</a></li></ul></div>
<div class="stitky"><span>Štítky:</span> <a href="/tag/brno">Brno</a> <a href="/tag/mhd">MHD</a> <a href="/tag/doprava">doprava</a></div>
<div class="sdilet"><span>Sdílet:</span> <a href="https://facebook.example/sharer">Facebook</a> <a href="https://x.example/intent">X</a> <a href="mailto:?subject=tramvaj">E-mail</a></div>
<div class="diskuse-odkaz"><a href="/diskuse/tramvaj">Diskuse (34)</a></div>
</div>
<div class="cookie-lista"><p>Tento web používá k poskytování služeb, personalizaci reklam a analýze návštěvnosti soubory cookie. Používáním tohoto webu s tím souhlasíte.</p><button>Rozumím</button></div>""")

# ---- Hungarian news site: "Kapcsolódó" link block, "Ajánló" box, a sponsored partner line, "Kövess minket"
#      follow line, "Címkék", share, comments, a cookie notice; guard: a paragraph opening "Kapcsolódó ..."
T = "Debrecenben új uszoda épül a Nagyerdőn"
B = [
    "Debrecenben jövő tavasszal kezdődik egy új, ötvenméteres medencével rendelkező uszoda építése a Nagyerdő szélén, jelentette be kedden a város polgármestere.",
    "A létesítmény körülbelül 9,5 milliárd forintba kerül, és a tervek szerint 2029 nyarára készül el. Az uszodában tanmedence és egy gyógyvizes rész is lesz.",
    "Kapcsolódó fejlesztésként a város felújítja a környék kerékpárútjait, és száz új parkolóhelyet alakít ki a stadion mögött, hogy az uszoda forgalma ne terhelje a lakóutcákat.",
    "\u201eA városban ma több úszóegyesület van, mint ahány sáv\u201d \u2013 mondta Kovács Eszter, a helyi úszóklub edzője, aki szerint a gyerekek hajnalban edzenek, mert délután nincs szabad víz.",
    "A környékbeli lakók egy része az erdő védelme miatt aggódik. Az önkormányzat szerint egyetlen fát sem vágnak ki, az épület a korábbi salakos sportpálya helyére kerül.",
]
page("check", "cee-hu-hirek", "hu", "Hajdúsági Hírek", T, B, f"""<article class="cikk">
<div class="cikk-fej"><h1>{T}</h1><div class="cikk-adatok"><span>Szerző: Tóth Gábor</span> <span>2026. december 8., kedd 16:40</span></div></div>
<div class="cikk-torzs">
{ps(B[:2])}
<div class="kapcsolodo-doboz"><div class="doboz-cim">Kapcsolódó</div><a href="/debrecen/strandfurdo-felujitas"><h3>Megújul a nagyerdei strandfürdő</h3></a></div>
{ps(B[2:4])}
<div class="ajanlo"><div class="doboz-cim">Ajánló</div><p><a href="/eletmod/teli-uszas">Télen is érdemes úszni: ezért jót tesz az ízületeknek</a></p></div>
{ps(B[4:])}
<p class="partner-tartalom"><small>Szponzorált tartalom</small> <a href="/partner/wellness-hetvege">Wellness hétvége két főre féláron \u2013 csak decemberben</a></p>
<p class="kovess"><strong>Kövess minket a Facebookon is!</strong> <a href="https://facebook.example/hajdusagihirek">Hajdúsági Hírek</a></p>
</div>
<div class="cimkek">Címkék: <a href="/cimke/debrecen">Debrecen</a> <a href="/cimke/uszoda">uszoda</a> <a href="/cimke/nagyerdo">Nagyerdő</a></div>
<div class="megosztas"><a href="https://facebook.example/sharer">Megosztás</a> <a href="#">Link másolása</a></div>
<div class="hozzaszolasok"><a href="#hozzaszolasok">Hozzászólások (21)</a></div>
</article>
<div id="suti-ertesites"><p>Weboldalunk sütiket használ, hogy a böngészés még hatékonyabb legyen. Az oldal használatával elfogadod a sütik használatát.</p><button>Elfogadom</button></div>""")

# ---- US regional paper, a column distributed through a syndicate: "originally published" line, the syndicate's
#      notice with the paper's copyright, a tip line; guard: the columnist's "This story was originally told to me ..."
T = "My grandfather's orchard taught me what drought really costs"
B = [
    "This story was originally told to me by my grandfather on the porch of his house outside Visalia, the summer I turned twelve and the well first ran dry.",
    "He had planted the almond trees in 1958, when water seemed endless and the valley was still more fields than subdivisions. Sixty years later, my cousins pulled half of them out because there was no longer enough water to keep them alive.",
    "We talk about drought in acre-feet and groundwater basins, and those numbers matter. But on a farm, drought is measured in decisions: which trees get water this week, which field goes fallow, which worker you cannot hire back in the spring.",
    "The state's new groundwater rules will force more of those decisions on families like mine. Some of that is overdue. The valley floor has sunk by several feet in places because we pumped as if the aquifer had no bottom.",
    "But if Sacramento wants farmers to pump less, it should help pay for the recharge basins and the canal repairs that would let us store water in wet years. Otherwise the rules will simply hand the valley to whoever can afford the deepest well.",
]
page("check", "syndicated-en-tribune", "en", "The Valley Courier", T, B, f"""<div class="article-container">
<div class="header"><span class="kicker">Opinion</span><h1 class="h1">{T}</h1>
<div class="byline"><a href="/profile/maria-delgado">By Maria Delgado</a> <span>Special to The Valley Courier</span></div></div>
<div class="article-body">
{ps(B[:3])}
<div class="related-content"><p class="related-title">Related stories from The Valley Courier</p><p><a href="/opinion/water-rights">Who owns the water under your land?</a></p></div>
{ps(B[3:])}
<p class="bio"><i>Maria Delgado is a writer and third-generation farmer in Tulare County.</i></p>
<p class="syndication">\u00a92026 The Valley Courier. Visit valleycourier.example. Distributed by Tribune Content Agency, LLC.</p>
<p class="published-date">This story was originally published December 6, 2026 at 5:00 AM.</p>
</div>
<div class="tip-box"><p>Got a tip for our opinion desk? Write to <a href="mailto:opinion@valleycourier.example">opinion@valleycourier.example</a>.</p></div>
</div>""")

# ---- UK regional site of a newspaper group, a story shared across the group's titles: "This article originally
#      appeared on ...", a WhatsApp-channel line, "Send your stories and photos" appeal, the group's copyright
T = "Volunteers restore village war memorial in time for its centenary"
B = [
    "A group of volunteers in Ashby Parva has spent eight months restoring the village war memorial, which will be rededicated on Sunday, a hundred years after it was first unveiled.",
    "The limestone cross had been worn by weather and the names of 23 men from the village had become hard to read. Volunteers raised \u00a318,000 through coffee mornings, a sponsored walk and a grant from a national heritage fund.",
    "Stonemason Jim Harker, who carried out the work, said the lettering had been recut by hand using photographs from the 1920s. \u201cEvery name is a family still in the village, or one that was,\u201d he said.",
    "Local historian Margaret Cole has traced the stories of all 23 men, and her research will be published in a booklet sold in the church, with the money going to the memorial's upkeep.",
    "The rededication service begins at 11am and will be followed by tea in the village hall.",
]
page("check", "syndicated-en-uk-group", "en", "Leicestershire Mercury", T, B, f"""<main>
<div class="article-first">
<h1 class="article-title">{T}</h1>
<p class="article-byline">By Tom Atherton <span>Reporter</span> \u00b7 <span>Share</span></p>
</div>
<div class="article-body">
{ps(B[:3])}
<p class="whatsapp-cta">We've launched a new WhatsApp channel. <a href="https://whatsapp.example/channel/mercury">Click here to follow us</a>.</p>
{ps(B[3:])}
<p class="syndication-note"><em>This article originally appeared on the Market Harborough Herald's website.</em></p>
<div class="ugc-callout"><h4>Get involved with the news in your community</h4><p><a href="/send-us-your-news">Send your stories and photos</a> \u2013 we'd love to hear from you.</p></div>
</div>
<div class="article-footer"><p>\u00a9 Copyright 2026 Midshires Media Group. All rights reserved.</p></div>
</main>""")

# ---- magazine long read, English: an author box at the top in an aside, a "Recommended" rail of cards in the
#      column, a "min left" reading line, a caption in a div; endnotes as paragraphs under "Endnotes" (the article's)
T = "What the river remembers: a year on the Severn's tidal reach"
B = [
    "Twice a day the tide climbs the Severn further than almost anywhere in the world, and twice a day the river forgets which way it is meant to flow. For a year I followed the people who live by that confusion.",
    "The bore is the part visitors come for: a single wave, sometimes two metres high, that runs upstream for twenty miles. The people who live here talk about it the way farmers talk about weather, with a shrug that hides a great deal of knowledge.*",
    "The elvers",
    "In spring, men with wide nets stand in the shallows at night waiting for glass eels, the young of eels born in the Sargasso Sea. A licensed fisherman, Ray Powell, showed me how to hold the net against the flood so the elvers swim into it instead of around it.",
    "\u201cMy father did this, and his,\u201d he said. \u201cThe price has gone up and the eels have gone down, and those two things are the same story.\u201d\u2020",
    "The wall",
    "Behind the villages runs a sea wall, mostly earth, some of it medieval. The Environment Agency inspects it each winter, but it is the residents who walk it after every big tide, looking for the small slumps that come before a breach.",
    "They are not sentimental about it. The wall will have to be raised, or the fields behind it given back to the salt marsh, and most of them suspect they already know which.",
    "Endnotes",
    "* The highest bores come with the spring tides around the equinoxes; timetables are published a year ahead.",
    "\u2020 Elver fishing is licensed and limited to hand nets; the catch has fallen by more than nine tenths since the 1980s.",
]
page("check", "longread-en-endnotes", "en", "Tideline Quarterly", T, B, f"""<div class="post-layout">
<aside class="post-layout__author"><div class="author-card"><img src="/img/owen.jpg" alt=""><p class="author-card__name">Owen Pritchard</p><p class="author-card__bio">Owen Pritchard writes about rivers and coasts. He lives in Gloucester.</p><p><a href="/contributors/owen-pritchard">Follow Owen</a></p></div></aside>
<div class="post-layout__main">
<h1 class="post-title">{T}</h1>
<div class="post-reading"><span>22 minute read</span> \u00b7 <span class="post-reading__left">22 min left</span></div>
<div class="post-content">
{ps(B[:2])}
<div class="image-block"><img src="/img/bore.jpg" alt=""><div class="image-block__caption">Surfers wait for the bore at Minsterworth. Photo by Ana Ruiz</div></div>
<h3>{B[2]}</h3>
{ps(B[3:5])}
<div class="recommended"><p class="recommended__heading">Recommended</p>
<div class="card"><a href="/essays/tidal-mills"><p class="card__title">The tide mills of the Dee</p><p class="card__meta">14 min read</p></a></div>
<div class="card"><a href="/essays/saltmarsh"><p class="card__title">Giving the land back to the sea</p><p class="card__meta">19 min read</p></a></div>
</div>
<h3>{B[5]}</h3>
{ps(B[6:8])}
<div class="endnotes"><h4>{B[8]}</h4>
<p>{B[9]}</p>
<p>{B[10]}</p>
</div>
</div>
<div class="post-end"><p>Thanks for reading. <a href="/membership">Support independent long-form writing</a></p></div>
</div>
</div>""")

# ---- magazine long read, French: "Temps de lecture", a progress line, "À propos de l'auteure", "Vous aimerez
#      aussi"; notes called with "(1)" in the text and set as a list after "Notes" (the article's)
T = "Dans les Cévennes, les derniers bergers transhumants"
NOTES = [
    "(1) Selon la chambre d'agriculture de la Lozère, une quarantaine de troupeaux font encore la transhumance à pied.",
    "(2) Les drailles sont les anciens chemins de transhumance, dont certains sont inscrits au patrimoine de l'Unesco depuis 2011.",
]
B = [
    "Le troupeau part avant l'aube. Mille deux cents brebis, trois chiens, deux bergers et un âne qui porte le sel : c'est ainsi que Lucie Fabre monte chaque année de la plaine du Gard vers les estives du mont Lozère, en six jours de marche.",
    "Ils ne sont plus qu'une poignée à faire le trajet à pied (1). La plupart des éleveurs louent des camions, plus rapides et moins risqués, et la route a remplacé les drailles (2) sur lesquelles les troupeaux passaient depuis le Moyen Âge.",
    "Le métier",
    "\u00ab On me demande souvent si c'est de la nostalgie. Non, c'est de l'économie \u00bb, dit Lucie Fabre. Ses brebis mangent en chemin, gratuitement, et arrivent en meilleure santé que celles qui ont passé huit heures dans une remorque.",
    "Le soir, le troupeau s'arrête chez des agriculteurs qui prêtent un pré. Certains la connaissent depuis vingt ans et l'attendent avec une soupe ; d'autres découvrent le passage et regardent les bêtes comme une parade.",
    "Ce qui reste",
    "Le loup, revenu dans le massif, l'oblige désormais à dormir près des brebis et à payer un troisième berger. La transhumance à pied coûte plus cher chaque année, et elle ne sait pas combien de temps elle pourra encore la faire.",
    "Notes",
    "\n".join(NOTES),
]
page("check", "longread-fr-notes", "fr", "Le Temps long", T, B, f"""<article class="grand-format">
<div class="gf-entete"><h1>{T}</h1><p class="gf-signature">Par Claire Vidal \u2013 Photographies de Paul Mercier</p><p class="gf-lecture">Temps de lecture : 16 min</p></div>
<div class="gf-progression"><span>Vous avez lu 0 % de cet article</span></div>
<div class="gf-corps">
{ps(B[:2])}
<h2>{B[2]}</h2>
<p>{B[3]}</p>
<aside class="gf-encadre gf-encadre--auteur"><h4>À propos de l'auteure</h4><p>Claire Vidal est journaliste indépendante. Elle a publié \u00ab Les chemins de l'herbe \u00bb (2024).</p></aside>
<p>{B[4]}</p>
<aside class="gf-encadre gf-encadre--lire"><h4>Vous aimerez aussi</h4><ul><li><a href="/grand-format/apiculteurs-ardeche">Les apiculteurs nomades de l'Ardèche</a></li><li><a href="/grand-format/fromagers-aubrac">Sur l'Aubrac, le fromage des burons</a></li></ul></aside>
<h2>{B[5]}</h2>
<p>{B[6]}</p>
<div class="gf-notes"><h3>{B[7]}</h3><ul class="gf-notes__liste">{"".join(f"<li>{n}</li>" for n in NOTES)}</ul></div>
</div>
<div class="gf-fin"><p>Partager ce grand format</p><p><a href="/abonnement">S'abonner pour lire tous nos grands formats</a></p></div>
</article>""")


def main():
    write_pages(PAGES)


if __name__ == "__main__":
    main()

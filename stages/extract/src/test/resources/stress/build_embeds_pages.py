#!/usr/bin/env python3
"""The stress pages of the twelfth group: three kinds of furniture set inside the article's body that the first eleven
groups' rules never took (each tried on a probe page first):

- posts embedded from social networks left as plain text, without the embed code's blockquote class the third group's
  rule reads: a post's text and its signature line ("— Ana Lopes (@analopes) March 4, 2026"), Instagram's fallback
  lines ("View this post on Instagram", "A post shared by Name (@handle)", and their translations), in a wrapper
  `div`, a WordPress embed `figure` or a bare run of paragraphs;
- pull quotes: a sentence of the article repeated as display text (`blockquote.pull-quote`, `figure.wp-block-pullquote`
  with its `cite`, `p.pullquote`, `div.zitat-box`), perhaps without its quotation marks or in other case;
- polls: a question, its answers (labels whose radio buttons the cleaning takes away, a list, results as percentages)
  and the poll's own lines ("Vote", "View Results", "Total Votes: 1,482", "Jetzt abstimmen", "2.317 Stimmen", "Voir les
  résultats", "Total de votos: 845"), in a poll plugin's markup and in sites' own.

Shopping buttons ("$29 at Amazon", "See at Best Buy", "Voir l'offre") were tried on probe pages too: set as a link of
their own in a paragraph, or in a div of links, the existing rules (a lone link read as another story's headline, the
cleaning of link-heavy divs) already take them, so they got no pages here.

Guard pages hold the article's own look-alikes: a long quotation in a blockquote one of whose sentences the prose
repeats (the quotation stays), a handle in a sentence ("Krüger, die auf Instagram als @sabine.krueger.bgm ..."), a
shop and a price in prose with a sponsored link in a sentence, a reader's "buy now" in a quotation, a question the
article asks under a subheading and answers with a list of its own (a survey's results in percentages).

Annotation (what a reader keeps as the article's text): an embedded post is someone else's words and the network's
frame, furniture (as the third group has it); a pull quote repeats the article's own words, so the copy is furniture
and the sentence in the prose is the article's; a reader poll (its question, answers, vote buttons and counts) is the
site's widget, furniture, while a survey the story reports on, its question and its results, is the article's.

Written for issue 16 before any rule was changed for them; same method as build_header_pages.py, whose chrome and
writer it reuses. Deterministic.
"""
from build_header_pages import page_list, ps, write_pages

PAGES, page = page_list()


# ================================================================ tune half

# ---- a post left as text: English, a WordPress site; a tweet in a wp-block-embed figure, Instagram's fallback lines
T = "Coastal road to close for six weeks as harbour wall is rebuilt"
B = [
    "The coast road between the harbour and the lighthouse will close for six weeks from Monday while contractors rebuild the section of the harbour wall that collapsed in the January storms.",
    "Buses will be diverted through the upper town, adding about ten minutes to each journey, and residents of the six houses on the seaward side will be given permits to drive to their homes.",
    "The mayor, Ana Lopes, announced the closure on social media on Sunday evening and apologised to the fishermen, whose lorries will have to use the narrow lane behind the fish market.",
    "The council said the new wall would be two metres higher than the old one and built to withstand a storm of the kind expected once in a hundred years.",
    "Works on the second stretch of the wall, beyond the lighthouse, are due to start next spring.",
]
page("tune", "embed-en-text", "en", "The Harbour Post", T, B, f"""<div class="entry-content">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
<p lang="en" dir="ltr">The coast road closes on Monday for six weeks so that we can rebuild the harbour wall. I know this is hard for the fishermen and I am sorry. <a href="https://t.co/k3Xb9">pic.twitter.com/k3Xb9</a></p>&mdash; Ana Lopes (@analopes) <a href="https://twitter.com/analopes/status/1798312">March 1, 2026</a>
</div></figure>
<p>{B[3]}</p>
<div class="embed-container">
<p><a href="https://www.instagram.com/p/C4xYz1/">View this post on Instagram</a></p>
<p>Storm damage at the north pier this morning. #harbour #storm</p>
<p><a href="https://www.instagram.com/p/C4xYz1/">A post shared by Harbour Pilots (@harbourpilots)</a></p>
</div>
<p>{B[4]}</p>
</div>""")

# ---- a post left as text: Portuguese, a news portal; Instagram's fallback in Portuguese, a Threads post as paragraphs
T = "Câmara aprova plano para recuperar o mercado municipal"
B = [
    "A Câmara Municipal aprovou esta terça-feira o plano de recuperação do mercado municipal, encerrado desde o incêndio de 2024, com um investimento de 6,5 milhões de euros.",
    "O projeto prevê a reconstrução da cobertura, novas bancas para 48 comerciantes e um espaço de restauração no primeiro piso, que deverá abrir até ao fim do próximo ano.",
    "Os comerciantes, que vendem desde o incêndio numa tenda provisória no largo da igreja, saudaram a decisão. A vereadora das obras públicas partilhou as imagens do projeto nas redes sociais.",
    "A oposição votou contra, por considerar que o custo das obras foi subestimado e que o concurso devia ter sido lançado há um ano.",
]
page("tune", "embed-pt-instagram", "pt", "Diário do Litoral", T, B, f"""<div class="materia-texto">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<div class="social-embed instagram">
<p><a href="https://www.instagram.com/p/C5aBc2/">Ver essa foto no Instagram</a></p>
<p>O nosso mercado vai voltar! Obrigada a todos os comerciantes pela paciência.</p>
<p><a href="https://www.instagram.com/p/C5aBc2/">Uma publicação compartilhada por Marta Sousa (@martasousa.vereadora)</a></p>
</div>
<div class="social-embed threads">
<p>Hoje aprovámos o plano do mercado. Seis milhões e meio para devolver o coração da cidade aos comerciantes.</p>
<p>&mdash; Marta Sousa (@martasousa.vereadora) <a href="https://www.threads.net/@martasousa.vereadora/post/C5aBd9">12 de março de 2026</a></p>
</div>
<p>{B[3]}</p>
</div>""")

# ---- pull quotes: English, a magazine-like long read; a blockquote.pull-quote and an aside-like figure with its cite
T = "The last ferryman of the estuary"
B = [
    "For thirty-one years Tom Hendry has rowed passengers across the estuary from the slipway below the church, six days a week, in a boat his grandfather built in 1952.",
    "The crossing takes eleven minutes when the tide is with him and twenty when it is not. He charges two pounds, the same fare he charged when he took over the ferry from his father.",
    "\u201cPeople think it is a quiet job, but the river is never the same twice,\u201d he said, pulling on the oars as a container ship slid past towards the port. \u201cYou have to read it every morning like a newspaper.\u201d",
    "The parish council, which owns the slipway, has been looking for someone to take over when he retires next year. Nobody has applied.",
    "Hendry says he will keep the boat. \u201cI will row it on Sundays,\u201d he said, \u201cjust to see who is waiting.\u201d",
]
page("tune", "pullquote-en-magazine", "en", "Estuary Life", T, B, f"""<article class="longform">
<h1>{T}</h1>
<div class="longform__body">
<p>{B[0]}</p>
<p>{B[1]}</p>
<blockquote class="pull-quote"><p>\u201cThe river is never the same twice\u201d</p></blockquote>
<p>{B[2]}</p>
<p>{B[3]}</p>
<figure class="wp-block-pullquote"><blockquote><p>You have to read it every morning like a newspaper.</p><cite>Tom Hendry, ferryman</cite></blockquote></figure>
<p>{B[4]}</p>
</div>
</article>""")

# ---- a poll: English, a poll plugin's markup (question, answers as labels, "Vote", "View Results", a vote count)
T = "Council to decide on four-day week for its staff"
B = [
    "The county council will vote next month on whether to let its 2,300 staff work a four-day week without a cut in pay, after a six-month trial in three departments.",
    "Sickness absence in the trial departments fell by a fifth and the number of planning applications decided on time rose slightly, according to a report by the council's own auditors.",
    "Opposition councillors said the trial had been too short to show whether the savings would last, and that residents might find offices closed on Fridays.",
    "The council's leader, Priya Shah, said offices would stay open five days a week because staff would take different days off.",
]
page("tune", "poll-en-plugin", "en", "County Chronicle", T, B, f"""<div class="article-body">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<div class="pds-box"><div class="pds-question"><div class="pds-question-inner">Should the council move its staff to a four-day week?</div></div>
<div class="pds-answer"><span class="pds-answer-group"><span class="pds-answer-input"><input type="radio" name="pd" value="1"></span><label class="pds-feedback-label">Yes, if services stay the same</label></span>
<span class="pds-answer-group"><span class="pds-answer-input"><input type="radio" name="pd" value="2"></span><label class="pds-feedback-label">No</label></span>
<span class="pds-answer-group"><span class="pds-answer-input"><input type="radio" name="pd" value="3"></span><label class="pds-feedback-label">Not sure</label></span></div>
<div class="pds-vote"><a href="#" class="pds-vote-button">Vote</a> <span class="pds-links"><a href="#" class="pds-view-results">View Results</a></span></div>
<div class="pds-total-votes">Total Votes: <span>1,482</span></div></div>
<p>{B[2]}</p>
<p>{B[3]}</p>
</div>""")

# ---- a poll: German, a regional site's own markup ("Umfrage:" in bold, answers as a list, "Abstimmen", a count)
T = "Stadt will Parkgebühren in der Innenstadt verdoppeln"
B = [
    "Die Stadt will die Parkgebühren in der Innenstadt zum 1. Juli verdoppeln. Eine Stunde im Parkhaus am Markt soll dann vier Euro kosten, am Straßenrand drei Euro.",
    "Mit den Mehreinnahmen von rund 1,8 Millionen Euro im Jahr will die Verwaltung den Busverkehr ausbauen und zwei neue Linien in die Stadtteile einrichten.",
    "Der Einzelhandelsverband warnt, dass Kunden in die Einkaufszentren am Stadtrand ausweichen könnten, wo das Parken kostenlos ist.",
    "Der Stadtrat entscheidet am 14. Mai über die Pläne.",
]
page("tune", "poll-de-umfrage", "de", "Stadtkurier", T, B, f"""<div class="artikel-inhalt">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<div class="umfrage-widget">
<p><strong>Umfrage:</strong> Sollen die Parkgebühren in der Innenstadt steigen?</p>
<ul class="antworten"><li>Ja, für bessere Busse</li><li>Nein, auf keinen Fall</li><li>Weiß nicht</li></ul>
<p class="abstimmen">Jetzt abstimmen</p>
<p class="stimmen">2.317 Stimmen</p>
</div>
<p>{B[2]}</p>
<p>{B[3]}</p>
</div>""")

# ---- guard: the article's own look-alikes in English
T = "Town's last bookshop survives with help from its readers"
B = [
    "The town's last independent bookshop will stay open after more than 400 readers lent it money to pay off its debts, its owner, Grace Whitfield, said on Thursday.",
    "Whitfield wrote to her customers in January. Her letter, which she pinned to the shop's door, read:",
    "\u201cWe have sold books on this street for forty years. We cannot compete with the prices online, and we will not pretend that we can. But we can still order any book by the next morning, and we still know what you might like to read next.\u201d",
    "\u201cWe cannot compete with the prices online,\u201d she said again this week, \u201cbut people have decided they want us here.\u201d",
    "Her nephew, who posts about the shop as @whitfieldbooks, said the loans would be repaid in books: every lender gets a voucher worth a tenth of the loan each year.",
    "A new paperback costs about £10 in the shop, the same as on <a href=\"https://www.amazon.co.uk/b?node=266239&amp;tag=paper-21\" rel=\"sponsored\">Amazon</a>, she said, but customers rarely ask about the price.",
    "\u201cBuy now, while we are still here,\u201d one regular told her. \u201cThat is what everyone says, and they mean it.\u201d",
    "What do the lenders get?",
    "A voucher each year",
    "Their name on a shelf",
    "First pick of signed copies",
]
# the list's items are lines of one block, as the body text sets a list
TEXT = [b.replace('<a href="https://www.amazon.co.uk/b?node=266239&amp;tag=paper-21" rel="sponsored">', "").replace("</a>", "") for b in B]
page("tune", "guard-en-quotes", "en", "The Harbour Post", T, TEXT[:8] + ["\n".join(TEXT[8:11])], f"""<div class="article-body">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<blockquote><p>{B[2]}</p></blockquote>
{ps(B[3:7])}
<h3>{B[7]}</h3>
<ul><li>{B[8]}</li><li>{B[9]}</li><li>{B[10]}</li></ul>
</div>""")

# ================================================================ check half

# ---- a post left as text: French, a regional daily; a tweet as a div of paragraphs, Instagram's fallback in French
T = "La ville ferme la piscine municipale pour deux ans de travaux"
B = [
    "La piscine municipale fermera ses portes le 1er juin pour deux ans de travaux de rénovation, a annoncé la mairie mardi, après la découverte de fissures dans le bassin principal.",
    "Les clubs de natation seront accueillis dans les piscines des communes voisines, et la ville financera des navettes pour les écoles.",
    "L\u2019adjoint aux sports a confirmé la fermeture sur les réseaux sociaux dans la soirée, en promettant « une piscine plus grande et mieux isolée ».",
    "Le chantier coûtera 11 millions d\u2019euros, dont la moitié sera financée par la région et l\u2019État.",
]
page("check", "embed-fr-texte", "fr", "Le Courrier de l'Ouest", T, B, f"""<div class="article-corps">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<div class="tweet-embed">
<p>La piscine ferme le 1er juin. Deux ans de travaux pour une piscine plus grande et mieux isolée. Merci de votre patience !</p>
<p>&mdash; Julien Marchand (@julienmarchand) <a href="https://x.com/julienmarchand/status/1799021">3 mars 2026</a></p>
</div>
<div class="insta">
<p><a href="https://www.instagram.com/p/C6dEf3/">Voir cette publication sur Instagram</a></p>
<p><a href="https://www.instagram.com/p/C6dEf3/">Une publication partagée par Club Nautique (@clubnautique)</a></p>
</div>
<p>{B[3]}</p>
</div>""")

# ---- pull quotes: German, a weekly's feature; a div.zitat-box without quotation marks, a p.pullquote in capitals
T = "Die letzte Bäckerei im Dorf"
B = [
    "Seit 1978 steht Elke Brandner jeden Morgen um drei Uhr in der Backstube. Ihre Bäckerei ist das letzte Geschäft im Dorf, seit vor fünf Jahren der Supermarkt schloss.",
    "\u201eWenn wir zumachen, gibt es hier keinen Ort mehr, an dem man sich trifft\u201c, sagt sie. Morgens kommen die Handwerker, mittags die Schulkinder, nachmittags die Rentner auf einen Kaffee.",
    "Die Gemeinde hat ihr die Miete für das Ladenlokal erlassen. Trotzdem reiche das Geld kaum, sagt Brandner, weil Mehl und Strom so teuer geworden seien.",
    "Einen Nachfolger hat sie noch nicht gefunden. Ihr Sohn arbeitet als Ingenieur in München. \u201eIch backe, solange ich kann\u201c, sagt sie.",
]
page("check", "pullquote-de-zitat", "de", "Die Landwoche", T, B, f"""<div class="artikel">
<h1>{T}</h1>
<div class="artikel-text">
<p>{B[0]}</p>
<div class="zitat-box"><p>Wenn wir zumachen, gibt es hier keinen Ort mehr, an dem man sich trifft</p></div>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p class="pullquote">ICH BACKE, SOLANGE ICH KANN</p>
<p>{B[3]}</p>
</div>
</div>""")

# ---- pull quotes: Spanish, a WordPress site; a figure.wp-block-pullquote with its cite, shortened with an ellipsis
T = "El último afilador de la ciudad"
B = [
    "Manuel Ferreiro recorre cada mañana las calles del casco viejo con su bicicleta y su piedra de afilar, anunciándose con el mismo silbato de caña que usaba su padre.",
    "Cobra cuatro euros por un cuchillo y seis por unas tijeras. Sus clientes son sobre todo restaurantes, carnicerías y algunas peluquerías que no se fían de las máquinas.",
    "\u201cAntes éramos doce en la provincia y ahora quedo yo solo. Cuando me jubile, se acabó el oficio en esta ciudad\u201d, dice mientras afila un cuchillo de cocina.",
    "El Ayuntamiento le ha propuesto dar un taller en la escuela de oficios el próximo otoño. Ferreiro ha dicho que sí.",
]
page("check", "pullquote-es-cita", "es", "Crónica de Galicia", T, B, f"""<div class="entry-content">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<p>{B[2]}</p>
<figure class="wp-block-pullquote"><blockquote><p>\u201cAntes éramos doce en la provincia y ahora quedo yo solo\u2026 se acabó el oficio en esta ciudad\u201d</p><cite>Manuel Ferreiro</cite></blockquote></figure>
<p>{B[3]}</p>
</div>""")

# ---- a poll: French, a regional daily's poll ("Sondage" heading, answers as labels, "Voir les résultats")
T = "La métropole veut interdire les trottinettes en libre-service"
B = [
    "La métropole a annoncé lundi son intention de ne pas renouveler les contrats des trois opérateurs de trottinettes en libre-service, qui arrivent à échéance en septembre.",
    "Les élus reprochent aux engins d\u2019encombrer les trottoirs et citent une hausse des accidents impliquant des piétons l\u2019an dernier.",
    "Les opérateurs assurent que leurs trottinettes remplacent surtout des trajets en voiture et proposent de limiter leur vitesse à 15 km/h en centre-ville.",
    "Une consultation en ligne sera ouverte aux habitants jusqu\u2019à la fin du mois.",
]
page("check", "poll-fr-sondage", "fr", "Le Progrès du Sud", T, B, f"""<div class="article__body">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<div class="sondage">
<h4>Sondage</h4>
<p class="sondage__question">Faut-il interdire les trottinettes en libre-service ?</p>
<div class="sondage__choix"><label><input type="radio" name="s"> Oui</label></div>
<div class="sondage__choix"><label><input type="radio" name="s"> Non</label></div>
<div class="sondage__choix"><label><input type="radio" name="s"> Sans opinion</label></div>
<button type="submit">Voter</button>
<p><a href="#resultats">Voir les résultats</a></p>
</div>
<p>{B[2]}</p>
<p>{B[3]}</p>
</div>""")

# ---- a poll after voting: Spanish, the results as percentages, "Total de votos"
T = "El Gobierno regional estudia adelantar el inicio del curso escolar"
B = [
    "El Gobierno regional estudia adelantar el inicio del curso escolar a la primera semana de septiembre para igualar el calendario con el de las comunidades vecinas.",
    "Las asociaciones de familias apoyan la medida porque reduciría el tiempo que los niños pasan sin clase en verano, pero los sindicatos de profesores se oponen.",
    "La consejera de Educación dijo que la decisión se tomará antes de Semana Santa, después de escuchar a los consejos escolares.",
    "El curso pasado empezó el 11 de septiembre en toda la región.",
]
page("check", "poll-es-encuesta", "es", "Heraldo del Valle", T, B, f"""<div class="cuerpo-noticia">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<div class="encuesta">
<p class="encuesta-pregunta">¿Está de acuerdo con adelantar el inicio del curso?</p>
<div class="encuesta-resultado"><span>Sí</span> <span>62%</span></div>
<div class="encuesta-resultado"><span>No</span> <span>31%</span></div>
<div class="encuesta-resultado"><span>No sabe</span> <span>7%</span></div>
<p class="encuesta-total">Total de votos: 845</p>
</div>
<p>{B[2]}</p>
<p>{B[3]}</p>
</div>""")

# ---- guard: the article's own look-alikes in German
T = "Bürgermeisterin verteidigt Ausbau des Radwegs"
B = [
    "Bürgermeisterin Sabine Krüger hat den geplanten Ausbau des Radwegs an der Bundesstraße gegen Kritik aus dem Gemeinderat verteidigt.",
    "In einem Brief an den Rat, den die Gemeinde am Montag veröffentlichte, schreibt sie:",
    "\u201eDer Radweg ist seit Jahren zu schmal und an drei Stellen gefährlich. Wir haben das Geld vom Land, und wir sollten es jetzt ausgeben. Wer warten will, muss erklären, worauf.\u201c",
    "\u201eDer Radweg ist seit Jahren zu schmal\u201c, sagte Krüger auch am Dienstag im Rat. Die CDU-Fraktion will den Ausbau um ein Jahr verschieben.",
    "Krüger, die auf Instagram als @sabine.krueger.bgm über die Gemeinde berichtet, hatte den Brief dort zuerst veröffentlicht.",
    "Ein Meter Radweg kostet nach Angaben der Verwaltung rund 450 Euro, bei 3,2 Kilometern also knapp 1,5 Millionen Euro.",
    "Soll der Radweg ausgebaut werden?",
    "Ja: 58 Prozent",
    "Nein: 42 Prozent",
    "An der Umfrage der Gemeinde nahmen 1.204 Bürgerinnen und Bürger teil. Abstimmen konnten alle Einwohner ab 16 Jahren.",
]
page("check", "guard-de-zitat", "de", "Kreisbote", T, B[:7] + ["\n".join(B[7:9])] + B[9:], f"""<div class="artikel">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<blockquote class="zitat"><p>{B[2]}</p></blockquote>
{ps(B[3:6])}
<h3>{B[6]}</h3>
<ul><li>{B[7]}</li><li>{B[8]}</li></ul>
<p>{B[9]}</p>
</div>""")


def main():
    write_pages(PAGES)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The stress pages of the eleventh group: notes about the piece and labels the first ten groups never wrote, which
every blind set still kept: update notes ("This article was updated on March 4 to include ...", "Dieser Artikel wurde
am 5. März aktualisiert.", "Cet article a été mis à jour ...", "Editor's note: This story has been updated ..."), an
ad slot's label in languages other than English ("Anzeige", "Reklama", "Pubblicità", "Publicidad", "Publicidade"), and a
podcast's episode notes (the platforms to listen on, "wherever you get your podcasts", a note on how the transcript was
made). Guard pages hold the article's own look-alikes: a story about a newspaper's correction, correction officers, an
update inside a running story ("Update: the district said ..."), a story about podcast platforms that names them, the
word "Anzeige" (a police report) in German prose.

Written for issue 16 before any rule was changed for them; same method as build_header_pages.py, whose chrome and
writer it reuses. Annotation: a note that the piece was updated is furniture; an "Update:" paragraph that tells news is
the article's. A correction note ("Correction: An earlier version of this article misstated ...", "Korrektur: ...",
"Rectificatif : ...", "Errata: ...", "Fe de errores: ...") is the article's, as the sixth group's guard pages, blind3's
and blind4's annotators have it (their READMEs: "the correction line in"); the first version of these pages, committed
before any rule, had it as furniture, as only the first blind set does, and was changed when the rule's first version
took the sixth group's correction paragraphs (see stress/README.md, eleventh group). Deterministic.
"""
from build_header_pages import page_list, ps, write_pages

PAGES, page = page_list()


# ================================================================ tune half

# ---- correction and update notes: English, a US-metro-paper-like body, notes at the end and at the top
T = "County delays vote on new landfill after residents pack hearing"
B = [
    "The county board postponed a vote on a proposed landfill east of Millbrook on Tuesday after more than 300 residents filled the hearing room and the corridor outside it, many of them holding signs against the plan.",
    "The landfill would take up to 1,500 tons of household waste a day from four counties for thirty years. Its operator says it would pay the county about $4 million a year in fees and create 60 jobs.",
    "Residents said trucks would clog the two-lane road past the elementary school and that the site sits above the aquifer that supplies most wells in the township. \u201cWe drink that water,\u201d said Alma Reyes, who lives a mile from the site.",
    "The board's chair, Dennis Okafor, said the vote would be moved to next month so that the county's engineers could answer questions about groundwater monitoring.",
    "The operator said it would hold two open evenings at the township hall before then.",
]
C = "Correction: An earlier version of this article misstated the number of counties that would send waste to the landfill. It is four, not five."
page("tune", "notes-en-correction", "en", "Millbrook Ledger", T, B + [C], f"""<div class="article-body">
<h1>{T}</h1>
<p class="editors-note"><em>Editor\u2019s note: This story has been updated with the date of the rescheduled vote.</em></p>
{ps(B)}
<p class="correction"><i>{C}</i></p>
<p><em>This article was updated on March 4 to include a response from the operator.</em></p>
</div>""")

# ---- correction notes: German, a regional-paper-like body, the note in a box and as a last line
T = "Kreistag stoppt Pl\u00e4ne f\u00fcr neues Gewerbegebiet am Waldrand"
B = [
    "Der Kreistag hat am Mittwochabend die Pl\u00e4ne f\u00fcr ein neues Gewerbegebiet am Rand des Stadtwaldes vorerst gestoppt. Eine Mehrheit aus Gr\u00fcnen, SPD und Freien W\u00e4hlern stimmte f\u00fcr eine neue Pr\u00fcfung der Fl\u00e4che.",
    "Auf dem zw\u00f6lf Hektar gro\u00dfen Gel\u00e4nde sollten Logistikfirmen und Handwerksbetriebe angesiedelt werden. Die Verwaltung hatte mit bis zu 400 neuen Arbeitspl\u00e4tzen gerechnet.",
    "Anwohner und Naturschutzverb\u00e4nde hatten mehr als 6000 Unterschriften gegen das Vorhaben gesammelt. Sie bef\u00fcrchten mehr Lastwagenverkehr und den Verlust eines Brutgebiets f\u00fcr Rotmilane.",
    "Landrat Peter Hollmann sagte, die Pr\u00fcfung werde bis zum Herbst dauern. Bis dahin ruhe das Verfahren.",
]
C = "Korrektur: In einer fr\u00fcheren Version dieses Artikels hie\u00df es, das Gel\u00e4nde sei 20 Hektar gro\u00df. Richtig sind zw\u00f6lf Hektar. Wir haben den Fehler korrigiert."
page("tune", "notes-de-korrektur", "de", "Kreiszeitung", T, B[:2] + [C] + B[2:], f"""<article class="artikel">
<h1>{T}</h1>
<div class="artikel-text">
<p>{B[0]}</p>
<p>{B[1]}</p>
<div class="hinweis-box"><p><strong>Korrektur:</strong>{C[len("Korrektur:"):]}</p></div>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p><small>Dieser Artikel wurde am 5. M\u00e4rz aktualisiert.</small></p>
</div>
</article>""")

# ---- an ad slot's label in German and Polish: German news portal, "Anzeige" above ad slots
T = "Bahn k\u00fcndigt neue Direktverbindung zwischen Leipzig und Prag an"
B = [
    "Die Deutsche Bahn und die tschechische Staatsbahn wollen ab Dezember eine direkte Verbindung zwischen Leipzig und Prag anbieten. Die Z\u00fcge sollen zweimal am Tag fahren und die Strecke in knapp vier Stunden schaffen.",
    "Bisher m\u00fcssen Reisende in Dresden umsteigen. Die neue Verbindung soll vor allem Pendler und Touristen ansprechen, die bislang mit dem Fernbus fahren.",
    "Eingesetzt werden sollen modernisierte Wagen der tschechischen Bahn mit Speisewagen. Tickets sollen ab Oktober buchbar sein, die Preise stehen noch nicht fest.",
    "Der s\u00e4chsische Verkehrsminister begr\u00fc\u00dfte die Pl\u00e4ne. Langfristig solle eine Neubaustrecke durch das Erzgebirge die Fahrzeit auf gut zwei Stunden verk\u00fcrzen.",
]
page("tune", "notes-de-anzeige-label", "de", "Mitteldeutsches Portal", T, B, f"""<div class="story">
<h1>{T}</h1>
<p>{B[0]}</p>
<div class="ad-container"><span class="ad-label">Anzeige</span><div class="ad-slot" id="ad-1"></div></div>
<p>{B[1]}</p>
<p>{B[2]}</p>
<div class="ad-container"><p class="ad-label">ANZEIGE</p></div>
<p>{B[3]}</p>
</div>""")

T = "Samorz\u0105d przeznaczy 40 milion\u00f3w z\u0142otych na nowe linie tramwajowe"
B = [
    "Rada miasta zgodzi\u0142a si\u0119 we wtorek przeznaczy\u0107 40 milion\u00f3w z\u0142otych na budow\u0119 dw\u00f3ch nowych linii tramwajowych, kt\u00f3re po\u0142\u0105cz\u0105 centrum z osiedlami na p\u00f3\u0142nocy miasta.",
    "Pierwsza linia ma by\u0107 gotowa za trzy lata. Tramwaje b\u0119d\u0105 je\u017adzi\u0107 co dziesi\u0119\u0107 minut, a w godzinach szczytu co pi\u0119\u0107.",
    "Mieszka\u0144cy osiedli od lat skar\u017cyli si\u0119 na zat\u0142oczone autobusy. Radni opozycji pytali jednak, sk\u0105d miasto we\u017amie pieni\u0105dze na utrzymanie nowych linii.",
    "Prezydent miasta zapowiedzia\u0142, \u017ce cz\u0119\u015b\u0107 koszt\u00f3w pokryj\u0105 fundusze unijne.",
]
page("tune", "notes-pl-reklama", "pl", "Gazeta Miejska", T, B, f"""<section class="art-content">
<h1>{T}</h1>
<p>{B[0]}</p>
<p>{B[1]}</p>
<div class="adv"><div class="adv-title">REKLAMA</div></div>
<p>{B[2]}</p>
<aside class="box"><p>Reklama</p></aside>
<div><p>Reklama</p></div>
<p>{B[3]}</p>
</section>""")

# ---- a podcast episode's page: English, the notes around the summary of the episode
T = "The Ledger podcast: why the county can't find bus drivers"
B = [
    "The county's bus service has cut eleven routes since the spring because it cannot hire enough drivers. On this week's episode, our transport reporter explains why the shortage has lasted longer here than in neighbouring counties.",
    "Drivers start on $19 an hour, less than the county's warehouses pay, and new hires wait up to four months for a commercial licence test. The union says a third of drivers will reach retirement age within five years.",
    "The county says it will raise starting pay in July and has asked the state to let it train and test drivers itself.",
]
page("tune", "notes-en-podcast", "en", "Millbrook Ledger", T, B, f"""<article class="episode">
<h1>{T}</h1>
<div class="episode-links"><p>Listen on <a href="https://podcasts.apple.example/ledger">Apple Podcasts</a> | <a href="https://open.spotify.example/show/ledger">Spotify</a> | <a href="https://overcast.example/ledger">Overcast</a></p></div>
{ps(B)}
<p><em>Subscribe to The Ledger wherever you get your podcasts.</em></p>
<p><em>This transcript has been edited for length and clarity.</em></p>
</article>""")

# ---- guard: the story's own correction, update, ad and podcast words (English)
T = "Regional paper apologises after misreporting school closure"
B = [
    "The Valley Herald apologised on Monday after reporting that the Oak Street elementary school would close in June. The school will stay open; the district had voted to close a different building on Oak Avenue.",
    "The newspaper published a correction on its front page, saying an earlier version of its story had confused the two buildings. Its editor, Ruth Sandoval, said the reporter had relied on a draft of the district's agenda.",
    "Correction officers at the county jail, who had been told their children's school would close, said they learned the truth from the district's website before the paper changed its story.",
    "Update: The district said on Tuesday evening that it would send a letter to every family at Oak Street to confirm that the school stays open.",
    "The Herald's own podcast, which is carried on Spotify and Apple Podcasts, discussed the error in an episode released on Tuesday.",
    "Advertising revenue at the paper has fallen by half since 2015, Sandoval said, leaving it with four reporters for a county of 90,000 people.",
]
page("tune", "guard-en-corrections", "en", "Press Watch", T, B, f"""<div class="post-content">
<h1>{T}</h1>
{ps(B)}
</div>""")

# ================================================================ check half

# ---- correction and update notes: French, a national-daily-like body
T = "La r\u00e9gion renonce \u00e0 fermer trois lignes ferroviaires rurales"
B = [
    "Le conseil r\u00e9gional a renonc\u00e9 jeudi \u00e0 fermer trois lignes ferroviaires rurales dont la fr\u00e9quentation avait chut\u00e9 pendant la pand\u00e9mie, apr\u00e8s plusieurs mois de mobilisation des \u00e9lus locaux et des usagers.",
    "Les trois lignes transportent environ 2 000 voyageurs par jour, surtout des lyc\u00e9ens et des salari\u00e9s qui travaillent dans les villes moyennes de la r\u00e9gion.",
    "La r\u00e9gion financera la r\u00e9novation des voies sur dix ans, pour un co\u00fbt estim\u00e9 \u00e0 180 millions d\u2019euros, dont un tiers sera pris en charge par l\u2019\u00c9tat.",
    "Les associations d\u2019usagers ont salu\u00e9 la d\u00e9cision mais demandent des trains plus fr\u00e9quents le matin.",
]
C = "Rectificatif\u00a0: une version pr\u00e9c\u00e9dente de cet article indiquait que les lignes transportaient 20\u00a0000 voyageurs par jour. Il s\u2019agit de 2\u00a0000 voyageurs."
page("check", "notes-fr-rectificatif", "fr", "Le Quotidien des R\u00e9gions", T, B + [C], f"""<div class="article__content">
<h1>{T}</h1>
<p class="article__paragraph">{B[0]}</p>
<p class="article__paragraph">{B[1]}</p>
<p class="article__paragraph">{B[2]}</p>
<p class="article__paragraph">{B[3]}</p>
<div class="article__rectificatif"><p>{C}</p></div>
<p class="article__update"><em>Cet article a \u00e9t\u00e9 mis \u00e0 jour le 6 mars avec la r\u00e9action des associations d\u2019usagers.</em></p>
</div>""")

# ---- correction and update notes and an ad label: Portuguese and Spanish
T = "Prefeitura amplia hor\u00e1rio das creches municipais a partir de abril"
B = [
    "A prefeitura vai ampliar o hor\u00e1rio de funcionamento das creches municipais a partir de abril. As unidades passar\u00e3o a abrir \u00e0s 6h30 e a fechar \u00e0s 19h, uma hora e meia a mais do que hoje.",
    "A medida atende um pedido antigo de m\u00e3es e pais que trabalham no com\u00e9rcio e na ind\u00fastria e n\u00e3o conseguiam buscar os filhos antes das 17h30.",
    "Para cobrir o novo hor\u00e1rio, a prefeitura vai contratar 320 auxiliares de educa\u00e7\u00e3o por concurso p\u00fablico.",
    "O sindicato dos professores disse que acompanhar\u00e1 as contrata\u00e7\u00f5es de perto.",
]
C = "Errata: uma vers\u00e3o anterior deste texto informava que seriam contratados 230 auxiliares. O n\u00famero correto \u00e9 320."
page("check", "notes-pt-errata", "pt", "Jornal da Cidade", T, [C] + B, f"""<div class="materia-conteudo">
<h1>{T}</h1>
<p><strong>Errata:</strong>{C[len("Errata:"):]}</p>
<p>{B[0]}</p>
<p>{B[1]}</p>
<div class="publicidade"><span>Publicidade</span></div>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p><i>Este texto foi atualizado \u00e0s 18h para incluir a posi\u00e7\u00e3o do sindicato.</i></p>
</div>""")

T = "El Ayuntamiento abrir\u00e1 las bibliotecas los domingos por la tarde"
B = [
    "El Ayuntamiento abrir\u00e1 a partir de mayo las seis bibliotecas municipales los domingos de cuatro a ocho de la tarde, una petici\u00f3n que los estudiantes llevaban a\u00f1os haciendo.",
    "La medida costar\u00e1 unos 300.000 euros al a\u00f1o y permitir\u00e1 contratar a doce personas a media jornada.",
    "La concejala de Cultura dijo que, si la experiencia funciona, el horario se ampliar\u00e1 a las ma\u00f1anas de los festivos.",
    "Las asociaciones de vecinos pidieron que tambi\u00e9n abran las salas de estudio de los centros c\u00edvicos.",
]
C = "Fe de errores: en una versi\u00f3n anterior de este art\u00edculo se dec\u00eda que las bibliotecas abrir\u00edan por la ma\u00f1ana."
page("check", "notes-es-fe-de-errores", "es", "Diario del Sur", T, B + [C], f"""<div class="cuerpo-noticia">
<h1>{T}</h1>
<p>{B[0]}</p>
<div class="publi"><p>PUBLICIDAD</p></div>
<p>{B[1]}</p>
<p>{B[2]}</p>
<p>{B[3]}</p>
<p class="fe-errores"><em>{C}</em></p>
</div>""")

# ---- an ad slot's label in Italian
T = "Il Comune rinnova i giardini pubblici del centro storico"
B = [
    "Il Comune ha approvato un piano da 2,5 milioni di euro per rinnovare i quattro giardini pubblici del centro storico, che saranno chiusi a turno a partire dall\u2019autunno.",
    "Saranno piantati trecento alberi, rifatti i vialetti e installate nuove fontanelle. I lavori dureranno circa diciotto mesi.",
    "I residenti hanno chiesto che almeno un giardino resti sempre aperto durante i lavori, e l\u2019assessore ha promesso di farlo.",
    "Il piano prevede anche nuovi bagni pubblici e un\u2019area giochi accessibile ai bambini con disabilit\u00e0.",
]
page("check", "notes-it-pubblicita", "it", "Corriere Cittadino", T, B, f"""<article>
<h1>{T}</h1>
<div class="testo">
<p>{B[0]}</p>
<div class="adv-box"><small>Pubblicit\u00e0</small></div>
<p>{B[1]}</p>
<p>{B[2]}</p>
<div class="adv-box"><p>PUBBLICIT\u00c0</p></div>
<p>{B[3]}</p>
</div>
</article>""")

# ---- a podcast episode's page: German, the notes after the summary
T = "Der Stadtpodcast: Warum die Mieten im Umland so stark steigen"
B = [
    "Die Mieten in den Gemeinden rund um die Stadt sind im vergangenen Jahr st\u00e4rker gestiegen als in der Stadt selbst. In dieser Folge erkl\u00e4rt unsere Wirtschaftsredakteurin, woran das liegt.",
    "Viele Familien ziehen aus der Stadt weg, weil sie dort keine bezahlbare Wohnung finden. In den Umlandgemeinden wird aber kaum neu gebaut, und die Nachfrage treibt die Preise.",
    "Die Landesregierung will den Wohnungsbau in den Gemeinden mit einem neuen F\u00f6rderprogramm unterst\u00fctzen. Ob das reicht, bezweifeln die Mietervereine.",
]
page("check", "notes-de-podcast", "de", "Stadtanzeiger", T, B, f"""<div class="podcast-folge">
<h1>{T}</h1>
{ps(B)}
<p>H\u00f6ren Sie den Stadtpodcast auf <a href="https://open.spotify.example/show/stadtpodcast">Spotify</a>, <a href="https://podcasts.apple.example/stadtpodcast">Apple Podcasts</a> oder \u00fcberall, wo es Podcasts gibt.</p>
<p><em>Dieses Transkript wurde automatisch erstellt und kann Fehler enthalten.</em></p>
</div>""")

# ---- guard: the story's own correction, update, ad and podcast words (German)
T = "Zeitung muss Gegendarstellung zu Bericht \u00fcber Bauunternehmer drucken"
B = [
    "Das Landgericht hat eine Regionalzeitung verpflichtet, eine Gegendarstellung zu einem Bericht \u00fcber einen Bauunternehmer zu drucken. Die Zeitung hatte geschrieben, gegen den Unternehmer liege eine Anzeige wegen Betrugs vor.",
    "Anzeige erstattet hatte nach Angaben des Gerichts niemand. Die Zeitung erkl\u00e4rte, eine fr\u00fchere Version ihres Artikels habe sich auf eine falsche Auskunft der Polizei gest\u00fctzt, und korrigierte den Bericht online.",
    "Korrekturen wie diese seien selten, sagte der Chefredakteur. Die Redaktion pr\u00fcfe jede Meldung, bevor sie erscheine.",
    "Update: Der Unternehmer hat am Donnerstag angek\u00fcndigt, auch Schadenersatz zu verlangen.",
    "Der Fall wird auch im Medienpodcast des Senders besprochen, der auf Spotify und Apple Podcasts zu h\u00f6ren ist.",
]
page("check", "guard-de-korrektur", "de", "Medienwoche", T, B, f"""<div class="content">
<h1>{T}</h1>
{ps(B)}
</div>""")


def main():
    write_pages(PAGES, lambda block: block.replace("\u00a0", " "))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The stress pages of the eleventh group's second part: the author's bio after the article in languages other than
English ("Lena Hartmann ist Redakteurin im Ressort Wirtschaft.", "Marco Bellini è giornalista e si occupa di
trasporti.", "Lucía Prieto es periodista y cubre ..."), which the end markers know only in English ("Jane Doe is a
reporter ..."); the first blind set's class totals name bios in other languages. Guard pages end on a sentence about a
person of the story: a mayor named with her office, a journalist who is the story's subject told in another form.

Written for issue 16 before any rule was changed for them; same method as build_header_pages.py, whose chrome and
writer it reuses. Annotation: the author's bio after the article is furniture; a sentence about a person in the story
is the article's. Deterministic.
"""
from build_header_pages import page_list, ps, write_pages

PAGES, page = page_list()


# ================================================================ tune half

# ---- German: a bio box after the article
T = "Landkreis f\u00fchrt Rufbus f\u00fcr D\u00f6rfer ohne Busanbindung ein"
B = [
    "Der Landkreis f\u00fchrt im Sommer einen Rufbus f\u00fcr die D\u00f6rfer ein, die bislang keine regelm\u00e4\u00dfige Busverbindung haben. Fahrg\u00e4ste sollen den Kleinbus per App oder Telefon bis eine Stunde vor der Fahrt bestellen k\u00f6nnen.",
    "Der Bus f\u00e4hrt zwischen sechs und zweiundzwanzig Uhr und bringt die Fahrg\u00e4ste zum n\u00e4chsten Bahnhof oder in die Kreisstadt. Eine Fahrt kostet so viel wie ein normales Busticket.",
    "Im ersten Jahr rechnet der Kreis mit Kosten von 1,2 Millionen Euro, die H\u00e4lfte tr\u00e4gt das Land. Nach zwei Jahren soll gepr\u00fcft werden, wie viele Menschen das Angebot nutzen.",
]
page("tune", "bio-de-autorenbox", "de", "Kreiszeitung", T, B, f"""<article>
<h1>{T}</h1>
{ps(B)}
<div class="autorenbox"><p>Lena Hartmann ist Redakteurin im Ressort Wirtschaft und schreibt \u00fcber Verkehr und Energie.</p></div>
</article>""")

# ---- Italian: the bio in italics as the last line
T = "Il Comune raddoppia le piste ciclabili entro il 2028"
B = [
    "Il Comune ha approvato un piano per raddoppiare i chilometri di piste ciclabili entro il 2028, collegando i quartieri periferici al centro e alle stazioni.",
    "Il piano costa 14 milioni di euro, in parte coperti da fondi europei. Le prime due linee saranno pronte entro la fine del prossimo anno.",
    "Le associazioni dei commercianti temono la perdita di parcheggi, mentre quelle dei ciclisti chiedono tempi pi\u00f9 rapidi.",
]
page("tune", "bio-it-corsivo", "it", "Corriere Cittadino", T, B, f"""<div class="testo-articolo">
<h1>{T}</h1>
{ps(B)}
<p><em>Marco Bellini \u00e8 giornalista del Corriere Cittadino e si occupa di mobilit\u00e0 e ambiente.</em></p>
</div>""")

# ---- guard: the story ends on its own people (German)
T = "Neue B\u00fcrgermeisterin will das Rathaus l\u00e4nger \u00f6ffnen"
B = [
    "Die neue B\u00fcrgermeisterin will das Rathaus an zwei Abenden in der Woche bis zwanzig Uhr \u00f6ffnen. Berufst\u00e4tige sollen ihre Ausweise und Anmeldungen dann ohne Urlaubstag erledigen k\u00f6nnen.",
    "Der Personalrat hat bereits zugestimmt. Die Mitarbeiter sollen daf\u00fcr an anderen Tagen fr\u00fcher gehen k\u00f6nnen.",
    "\u00dcber die Pl\u00e4ne berichtete zuerst die Lokalredakteurin Jana Vogt, die seit zwanzig Jahren aus dem Rathaus berichtet.",
    "Sabine Kr\u00fcger ist B\u00fcrgermeisterin seit dem Fr\u00fchjahr und war vorher Kämmerin der Stadt.",
]
page("tune", "guard-de-personen", "de", "Stadtanzeiger", T, B, f"""<div class="content">
<h1>{T}</h1>
{ps(B)}
</div>""")

# ================================================================ check half

# ---- Spanish: a bio paragraph in a small box after the text
T = "La Junta ampl\u00eda las ayudas para instalar placas solares en viviendas"
B = [
    "La Junta ampliar\u00e1 este a\u00f1o las ayudas para instalar placas solares en viviendas, que podr\u00e1n cubrir hasta el 40 por ciento de la inversi\u00f3n, frente al 25 por ciento actual.",
    "Las solicitudes podr\u00e1n presentarse a partir de abril. Tendr\u00e1n prioridad las familias con ingresos bajos y las comunidades de vecinos.",
    "Las empresas instaladoras advirtieron de que faltan t\u00e9cnicos para atender la demanda.",
]
page("check", "bio-es-firma", "es", "Diario del Sur", T, B, f"""<div class="cuerpo">
<h1>{T}</h1>
{ps(B)}
<div class="autor-bio"><small>Luc\u00eda Prieto es periodista de Diario del Sur y cubre energ\u00eda y medio ambiente.</small></div>
</div>""")

# ---- Dutch and Portuguese bios as plain last paragraphs
T = "Gemeente opent nieuwe fietsenstalling onder het station"
B = [
    "De gemeente heeft maandag een nieuwe fietsenstalling onder het station geopend, met plek voor 4.000 fietsen. De eerste 24 uur zijn gratis.",
    "De oude stalling naast het station was al jaren te klein. Fietsen stonden vaak op de stoep en blokkeerden de ingang voor mensen in een rolstoel.",
    "De stalling kostte 18 miljoen euro. Het Rijk en de spoorwegen betaalden samen de helft.",
]
page("check", "bio-nl-laatste", "nl", "Stadsblad", T, B, f"""<section class="artikel">
<h1>{T}</h1>
{ps(B)}
<p>Sanne de Wit is verslaggever bij het Stadsblad en schrijft over verkeer.</p>
</section>""")

# ---- guard: the story ends on a journalist who is its subject, and on an official (Portuguese)
T = "Jornalista premiada volta \u00e0 reda\u00e7\u00e3o onde come\u00e7ou"
B = [
    "A jornalista Marta Vieira, premiada no ano passado por uma investiga\u00e7\u00e3o sobre obras p\u00fablicas, voltou esta semana ao jornal regional onde come\u00e7ou a carreira.",
    "Vieira vai coordenar uma equipa de quatro rep\u00f3rteres dedicada a investiga\u00e7\u00f5es locais, financiada por uma funda\u00e7\u00e3o.",
    "O diretor do jornal, Paulo Reis, disse que a equipa publicar\u00e1 a primeira investiga\u00e7\u00e3o antes do ver\u00e3o.",
    "Reis \u00e9 diretor do jornal desde 2019.",
]
page("check", "guard-pt-jornalista", "pt", "Observador Local", T, B, f"""<div class="entry-content">
<h1>{T}</h1>
{ps(B)}
</div>""")


def main():
    write_pages(PAGES)


if __name__ == "__main__":
    main()

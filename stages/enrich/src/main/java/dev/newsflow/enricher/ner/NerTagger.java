package dev.newsflow.enricher.ner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Named-entity tagger: a first-order structured averaged perceptron over {@link NerFeatures} decoded by
 * {@link Viterbi}, emitting IOB2 tags with the CoNLL-2003 types PER, ORG, LOC, MISC. Thread-safe.
 */
public final class NerTagger {

    /** Classpath location of the bundled model. */
    public static final String MODEL_RESOURCE = "/dev/newsflow/enricher/ner/ner-model.bin.gz";

    private final FeatureWeights weights;
    private final NerFeatures features;
    private final Gazetteer gazetteer;
    private final ResultTables resultTables;
    // weights of the previous-label features alone, [prev * L + label]: the same for every token
    private final float[] transitionBias;
    private final List<Rule> rules;
    // names of the rules this tagger skips (none but for measuring what a rule does)
    private final Set<String> switchedOff;

    NerTagger(PerceptronModel model, Gazetteer gazetteer) {
        this.weights = new FeatureWeights(model);
        this.gazetteer = gazetteer;
        this.resultTables = new ResultTables(name -> gazetteer.contains("countries", name));
        this.features = new NerFeatures(gazetteer, model.casing, model.clusters, model.extensions);
        int nl = Labels.ALL.length;
        transitionBias = new float[(nl + 1) * nl];
        NerFeatures.Buffer feats = new NerFeatures.Buffer();
        for (int prev = 0; prev <= nl; prev++) {
            feats.clear();
            NerFeatures.transitionBias(prev, feats);
            weights.score(feats, transitionBias, prev * nl);
        }
        this.rules = rules();
        this.switchedOff = Set.of();
    }

    // the same model and lists as another tagger's, with some rules switched off
    private NerTagger(NerTagger base, Set<String> switchedOff) {
        this.weights = base.weights;
        this.gazetteer = base.gazetteer;
        this.resultTables = base.resultTables;
        this.features = base.features;
        this.transitionBias = base.transitionBias;
        this.rules = rules();
        this.switchedOff = Set.copyOf(switchedOff);
    }

    /** The model bundled with the enricher; throws {@link ModelLoadException} with the reason if it cannot load. */
    public static NerTagger bundled() {
        InputStream in = NerTagger.class.getResourceAsStream(MODEL_RESOURCE);
        if (in == null) {
            throw new ModelLoadException("NER model " + MODEL_RESOURCE + " is missing from the classpath; "
                    + "train it with `newsflow train ner` (see stages/enrich/TRAINING.md)");
        }
        return load(in, MODEL_RESOURCE);
    }

    /** A model from a file written by {@link NerTrainer}. */
    public static NerTagger load(Path file) {
        try {
            return load(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new ModelLoadException("cannot read NER model " + file + ": " + e.getMessage(), e);
        }
    }

    private static NerTagger load(InputStream raw, String name) {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)) {
            return new NerTagger(PerceptronModel.read(new BufferedInputStream(in, 1 << 16)), Gazetteer.bundled());
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelLoadException mle) {
                throw mle;
            }
            throw new ModelLoadException("cannot load NER model " + name + ": " + e, e);
        }
    }

    /** IOB2 tags of one sentence's tokens: the best sequence under the model (Viterbi), as it was trained. */
    public String[] tag(String[] words) {
        int n = words.length;
        String[] tags = new String[n];
        if (n == 0) {
            return tags;
        }
        NerFeatures.Prepared p = features.prepare(features.forTagging(words));
        NerFeatures.Buffer feats = new NerFeatures.Buffer();
        int nl = Labels.ALL.length;
        float[] emission = new float[n * nl];
        float[] transition = new float[n * (nl + 1) * nl];
        for (int i = 0; i < n; i++) {
            feats.clear();
            features.fixed(p, i, feats);
            weights.score(feats, emission, i * nl);
            for (int prev = i == 0 ? Labels.START : 0; prev <= (i == 0 ? Labels.START : nl - 1); prev++) {
                int offset = (i * (nl + 1) + prev) * nl;
                System.arraycopy(transitionBias, prev * nl, transition, offset, nl);
                feats.clear();
                NerFeatures.transition(p, i, prev, feats);
                weights.score(feats, transition, offset);
            }
        }
        int[] best = new int[n];
        Viterbi.decode(n, emission, transition, best);
        for (int i = 0; i < n; i++) {
            tags[i] = Labels.ALL[best[i]];
        }
        return tags;
    }

    /** Tags of every sentence of one document: the model's, then the rules after it ({@link #ruleNames}). */
    public List<String[]> tagDocument(List<String[]> written) {
        List<String[]> sentences = TypographicApostrophes.asTrained(written);
        List<String[]> tags = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            tags.add(tag(s));
        }
        for (Rule rule : rules) {
            if (!switchedOff.contains(rule.name())) {
                rule.action().apply(sentences, tags);
            }
        }
        return tags;
    }

    /** The names of the rules applied after the model, in the order they run. */
    public List<String> ruleNames() {
        return rules.stream().map(Rule::name).toList();
    }

    /**
     * The same model with the named rules switched off ({@code "all"}: every rule, the model's tags as they are),
     * to measure what each rule does; throws {@link IllegalArgumentException} for a name that is no rule.
     */
    public NerTagger withoutRules(Collection<String> names) {
        Set<String> off = new HashSet<>(switchedOff);
        for (String name : names) {
            if (name.equals("all")) {
                off.addAll(ruleNames());
            } else if (ruleNames().contains(name)) {
                off.add(name);
            } else {
                throw new IllegalArgumentException("no rule named '" + name + "'; the rules: all, "
                        + String.join(", ", ruleNames()));
            }
        }
        return new NerTagger(this, off);
    }

    /** One step after the model, by the name {@link #withoutRules} knows it by. */
    private record Rule(String name, DocumentRule action) {
    }

    /** What a rule does to a document's tags, given its sentences' words. */
    @FunctionalInterface
    private interface DocumentRule {
        void apply(List<String[]> sentences, List<String[]> tags);
    }

    // a rule that reads one sentence at a time
    private static DocumentRule eachSentence(BiConsumer<String[], String[]> rule) {
        return (sentences, tags) -> {
            for (int i = 0; i < sentences.size(); i++) {
                rule.accept(sentences.get(i), tags.get(i));
            }
        };
    }

    // The rules after the model, in order: the one place that says what runs after the model and when.
    private List<Rule> rules() {
        Predicate<String> country = name -> gazetteer.contains("countries", name);
        Predicate<String> demonym = word -> gazetteer.contains("demonyms", word);
        Predicate<String> givenName = word -> gazetteer.contains("firstnames", word);
        return List.of(
                new Rule("trim-titles", eachSentence(this::trimTitles)),
                new Rule("cut-at-semicolons", eachSentence(NerTagger::cutAtSemicolons)),
                new Rule("trim-punctuation", eachSentence(NerTagger::trimPunctuation)),
                new Rule("world-wars", eachSentence(NerTagger::worldWars)),
                new Rule("org-heads", eachSentence(NerTagger::orgHeads)),
                new Rule("scorecard-letters", eachSentence(NerTagger::cutAtScorecardLetters)),
                new Rule("events", eachSentence((w, t) -> events(w, t, demonym))),
                // before the indices: an exchange's name that is also its index's ("Nasdaq") is the index only
                // before an index word ("the Nasdaq composite"), which the index rule then sees
                new Rule("listed-institutions", eachSentence(ListedNames.INSTITUTIONS::apply)),
                new Rule("market-indices", eachSentence(MarketNames::indices)),
                new Rule("listed-parties", eachSentence(ListedNames.PARTIES::apply)),
                new Rule("listed-states", eachSentence(ListedNames.STATES::apply)),
                new Rule("listed-companies", eachSentence((w, t) ->
                        ListedNames.COMPANIES.apply(w, t, (from, to) -> townBeforeItsCountry(w, t, from, to)))),
                new Rule("coordinations", (sentences, tags) ->
                        Coordinations.split(sentences, tags, this::listedType, givenName)),
                // after the coordinations' cut: "Center on Poverty and Inequality" holds an "and" that joins no
                // two names
                new Rule("institution-names", InstitutionNames::join),
                new Rule("possessives", (sentences, tags) ->
                        Possessives.split(sentences, tags, this::listedPlace, this::namedOrganisation)),
                new Rule("market-companies", MarketNames::companies),
                new Rule("document-consistency", (sentences, tags) ->
                        DocumentConsistency.apply(sentences, tags, name -> country.test(name)
                                || gazetteer.contains("cities", name) || gazetteer.contains("regions", name)
                                || gazetteer.contains("organisations", name))),
                new Rule("listed-organisations", (sentences, tags) ->
                        ListedOrganisations.retypePersons(sentences, tags, this::listedOrganisation,
                                (w, from, to) -> listedPlace(Words.join(w, from, to)), givenName,
                                this::personsTitle)),
                new Rule("peoples", (sentences, tags) -> Peoples.apply(sentences, tags,
                        word -> demonym.test(word) || PEOPLES.contains(word), this::personsTitle)),
                new Rule("country-owners", (sentences, tags) ->
                        PlaceTypes.countryOwners(sentences, tags, this::listedPlace, country)),
                new Rule("landmarks", eachSentence(PlaceTypes::landmarks)),
                new Rule("countries-whole", eachSentence((w, t) -> PlaceTypes.countriesWhole(w, t, country))),
                new Rule("countries-as-places", this::countriesAsPlaces),
                new Rule("caps-lines", CapsLines::namesFromBody),
                new Rule("result-tables", eachSentence(resultTables::apply)),
                new Rule("sports-copy", (sentences, tags) ->
                        SportsCopy.apply(sentences, tags, resultTables.country(), demonym)),
                new Rule("venues", Venues::apply),
                // again, for the names the sports rules gave the body ("World Cup" MISC reaches "SKIING - WORLD
                // CUP DOWNHILL RESULTS", where a run of capitals shows no name's edges); once here alone cost a
                // check-half span
                new Rule("caps-lines-again", CapsLines::namesFromBody),
                new Rule("dateline", eachSentence(NerTagger::dateline)));
    }

    /**
     * Whether the model typed words [from, to) as one place followed by a comma and a listed country, region or
     * state ("in Le Relais , Canada"): a town and its country, however a company of the same name is listed. A
     * country that owns what follows opens the next item of a list ("Norway 's Statoil , Britain 's BP").
     */
    boolean townBeforeItsCountry(String[] words, String[] tags, int from, int to) {
        if (!tags[from].equals("B-LOC") || Labels.nameEnd(tags, from) != to || to + 1 >= words.length
                || !words[to].equals(",")) {
            return false;
        }
        for (int end = to + 2; end <= Math.min(words.length, to + 4); end++) {
            if (listedPlace(Words.join(words, to + 1, end)) || ListedNames.STATES.lists(words, to + 1, end)) {
                return end == words.length || !words[end].equals("'s");
            }
        }
        return false;
    }

    // whether a name (words joined by one space) is on the organisation list, or two words or more ending in a word
    // that ends organisations' names ("Stanford University", "Manchester United"): a name of its own before a
    // possessive ("Stanford University 's Center on Poverty")
    private boolean namedOrganisation(String name) {
        int space = name.lastIndexOf(' ');
        return gazetteer.contains("organisations", name)
                || space > 0 && gazetteer.contains("orgcues", name.substring(space + 1));
    }

    // the CoNLL type of a listed name (words [from, to)), or null; places first ("Georgia"), then organisations,
    // then nationalities
    private String listedType(String[] words, int from, int to) {
        String name = Words.join(words, from, to);
        if (listedPlace(name) || ListedNames.STATES.lists(words, from, to)) {
            return "LOC";
        }
        if (listedOrganisation(words, from, to) || ListedNames.PARTIES.lists(words, from, to)) {
            return "ORG";
        }
        return gazetteer.contains("demonyms", name) ? "MISC" : null;
    }

    // whether words [from, to) are on the organisation, company or institution lists (a one-word name in capitals
    // too: "SHELL", "PEMEX")
    private boolean listedOrganisation(String[] words, int from, int to) {
        return gazetteer.contains("organisations", Words.join(words, from, to))
                || ListedNames.COMPANIES.lists(words, from, to) || ListedNames.INSTITUTIONS.lists(words, from, to);
    }

    // a title or courtesy word before a person's name ("Mr", "President", "Dr.")
    private boolean personsTitle(String word) {
        return gazetteer.contains("titles", word);
    }

    // a title written as one before a name ("Colonel", "Mr."), not a job's noun in running text ("leader")
    private boolean capitalisedTitle(String word) {
        return Words.startsUpper(word) && personsTitle(word);
    }

    // whether a name (words joined by one space) is on the country, region or city lists
    private boolean listedPlace(String name) {
        return gazetteer.contains("countries", name) || gazetteer.contains("regions", name)
                || gazetteer.contains("cities", name);
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "jan", "jan.", "feb",
            "feb.", "aug", "aug.", "sept", "sept.", "sep", "sep.", "oct", "oct.", "nov", "nov.", "dec", "dec.");

    // a date's words, which a dateline's place never is ("Friday March 3")
    static final Set<String> CALENDAR = Stream.concat(MONTHS.stream(),
            Stream.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                    "today", "yesterday", "updated", "posted", "published")).collect(Collectors.toUnmodifiableSet());

    /**
     * A wire story's dateline names the place it was filed from: a line of its own, "LONDON 1996-08-30" or
     * "HILVERSUM , Netherlands 1996-08-31" (each comma-separated name a location), or the opening of the first
     * sentence, "WASHINGTON ( Reuters ) - ..." (the capitals a location, the bracketed agency an organisation).
     * The model reads a lone all-caps word before a date as an organisation as often as a place, and neither
     * GMB nor wikigold holds a dateline to learn from, so the layout is read here; nothing else is touched.
     */
    static void dateline(String[] words, String[] tags) {
        int n = words.length;
        // "PLACE [, Region]* DATE": the date is an ISO date or a month and a day, with an optional year
        if (n < 2) {
            return;
        }
        // a dateline line is short: past 12 words only the opening form below can apply
        int end = n <= 12 ? dateStart(words) : n;
        if (end < n && end >= 2 && words[end - 1].equals(",")) {
            end--; // "NEW YORK , Aug 22"
        }
        if (end < n && end >= 1 && end <= 8 && placeRuns(words, 0, end, tags)) {
            return;
        }
        // "PLACE [, Region] ( Agency ) -" opening a sentence: the place in capitals
        int open = -1;
        for (int k = 0; k < Math.min(n, 8); k++) {
            if (words[k].equals("(")) {
                open = k;
                break;
            }
        }
        if (open < 1 || !allCaps(words[0])) {
            return;
        }
        int close = open + 1;
        while (close < n && close - open <= 4 && Words.startsUpper(words[close])) {
            close++;
        }
        if (close == open + 1 || close + 1 >= n || !words[close].equals(")") || !isDash(words[close + 1])) {
            return;
        }
        if (placeRuns(words, 0, open, tags)) {
            Labels.name(tags, open + 1, close, "ORG");
        }
    }

    /**
     * Where a date that ends the line begins: an ISO date ("1996-08-30") or a month and a day with an optional
     * year ("Aug 22", "Aug 22 , 1996"); the line's length when it ends in no date.
     */
    private static int dateStart(String[] words) {
        int n = words.length;
        if (words[n - 1].length() == 10 && ISO_DATE.matcher(words[n - 1]).matches()) {
            return n - 1;
        }
        int k = n - 1;
        if (words[k].length() == 4 && ResultTables.allDigits(words[k])) {
            k--;
            if (k >= 0 && words[k].equals(",")) {
                k--;
            }
        }
        if (k >= 1 && words[k].length() <= 2 && ResultTables.allDigits(words[k])
                && MONTHS.contains(words[k - 1].toLowerCase(Locale.ROOT))) {
            return k - 1;
        }
        return n;
    }

    // Tags words [from, to) as locations, one per comma-separated run of capitalised words; false (and no tag
    // changed) unless the whole stretch is such runs.
    private static boolean placeRuns(String[] words, int from, int to, String[] tags) {
        boolean expectName = true;
        for (int k = from; k < to; k++) {
            if (words[k].equals(",")) {
                if (expectName) {
                    return false;
                }
                expectName = true;
            } else if (Words.startsUpper(words[k]) && !CALENDAR.contains(words[k].toLowerCase(Locale.ROOT))) {
                expectName = false;
            } else {
                return false;
            }
        }
        if (expectName) {
            return false;
        }
        boolean open = false;
        for (int k = from; k < to; k++) {
            if (words[k].equals(",")) {
                tags[k] = "O";
                open = false;
            } else {
                tags[k] = (open ? "I-" : "B-") + "LOC";
                open = true;
            }
        }
        return true;
    }

    private static boolean allCaps(String word) {
        int letters = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    private static boolean isDash(String word) {
        return word.equals("-") || word.equals("--") || word.equals("\u2014") || word.equals("\u2013");
    }

    /**
     * A country's name typed as a person on its own ("Wales beat Italy 31-26": in GMB the one who beats is most
     * often a person) is the place, or the national team, which CoNLL also tags as the place. Left alone: a name
     * on the given-name list, one that ends a person's full name in the document ("Jimmy Wales") and one after a
     * capitalised title ("Colonel Jordan", "Mr. Nepal": not "Group A leader Finland"); a lone "Jordan" who scored
     * is read as the country, the commoner sense in news.
     * Proxies: one more right span on GMB dev in each casing (86.06 -> 86.07), wikigold held-out unchanged.
     */
    void countriesAsPlaces(List<String[]> sentences, List<String[]> tags) {
        Set<String> surnames = new HashSet<>();
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if (span.type() == Span.PER && span.length() >= 2) {
                surnames.add(w[span.end() - 1]);
            }
        });
        Span.eachIn(sentences, tags, (w, t, span) -> {
            if (span.type() == Span.PER && span.length() == 1
                    && gazetteer.contains("countries", w[span.start()])
                    && !gazetteer.contains("firstnames", w[span.start()]) && !surnames.contains(w[span.start()])
                    && (span.start() == 0 || !capitalisedTitle(w[span.start() - 1]))) {
                t[span.start()] = "B-LOC";
            }
        });
    }

    /**
     * CoNLL conventions the model may miss in unusual layouts (captions): a span that opens with title words
     * ("State Colin Powell" of "Secretary of State Colin Powell") starts at the given name as a person, and a
     * person split in two ("Donald" "Rumsfeld") is one person. A name that ends in a place's noun is a place
     * named after a titled person ("Prince William County", "Prince Edward Island") and keeps its title.
     */
    void trimTitles(String[] words, String[] tags) {
        for (Span span : Span.in(tags)) {
            if (PLACE_NOUNS.contains(words[span.end() - 1])) {
                continue;
            }
            for (int k = span.start() + 1; k < span.end() - 1; k++) {
                if (!gazetteer.contains("firstnames", words[k])) {
                    continue;
                }
                boolean titles = true;
                for (int j = span.start(); j < k; j++) {
                    titles &= gazetteer.contains("titles", words[j]) || TITLE_WORDS.contains(words[j]);
                }
                if (titles) {
                    for (int j = span.start(); j < span.end(); j++) {
                        tags[j] = j < k ? "O" : (j == k ? "B-PER" : "I-PER");
                    }
                }
                break;
            }
        }
        for (int i = 1; i < tags.length; i++) {
            if (tags[i].equals("B-PER") && (tags[i - 1].equals("B-PER") || tags[i - 1].equals("I-PER"))) {
                tags[i] = "I-PER";
            }
        }
    }

    // The numerals that complete "World War": "World War II" and "World War Two" alike.
    private static final Set<String> WAR_NUMERALS = Set.of("I", "II", "One", "Two", "ONE", "TWO");

    /**
     * "World War II" is one MISC name under the CoNLL conventions; GMB, the bulk of the training data, tags
     * only the numeral, and the model learnt that.
     */
    static void worldWars(String[] words, String[] tags) {
        for (int i = 0; i + 2 < words.length; i++) {
            if (!words[i].equalsIgnoreCase("World") || !WAR_NUMERALS.contains(words[i + 2])
                    || !(words[i + 1].equalsIgnoreCase("War") || words[i + 1].equalsIgnoreCase("Wars"))) {
                continue;
            }
            // "World" already inside a longer MISC name stays inside it
            tags[i] = tags[i].equals("I-MISC") ? "I-MISC" : "B-MISC";
            tags[i + 1] = "I-MISC";
            tags[i + 2] = "I-MISC";
            if (i + 3 < tags.length && tags[i + 3].startsWith("I-") && !tags[i + 3].equals("I-MISC")) {
                tags[i + 3] = "B-" + tags[i + 3].substring(2);
            }
        }
    }

    // Peoples' adjectives and nouns that demonyms.txt, a feature list of the model, lacks (gazetteer/peoples.txt)
    private static final Set<String> PEOPLES = Gazetteer.words("peoples.txt");

    // Words that open the names of organisations and never of places (gazetteer/orgheads.txt).
    private static final Set<String> ORG_HEADS = Gazetteer.words("orgheads.txt");

    /**
     * A place or MISC name of two words or more opened by a word that opens organisations' names ("Ansar
     * al-Sharia", "Jaish al-Mahdi": supporters, army, party...) is an organisation. GMB's bootstrapped tags make
     * such groups places after "in" or "from" ("membership in Ansar al-Islam"), and the model learnt that from
     * them; relabelling those training spans instead fixes it too, but the retrained model scored lower on GMB
     * dev (TRAINING.md). Persons are left alone, since some of these words are given names too ("Ansar Burney"),
     * unless the next word opens with the Arabic article ("Ansar al-Sharia", "Jaish al-Adl"): that is a group's
     * "supporters of the ...", not a given name and a surname (the demo's facets listed Ansar al-Sharia as a person).
     */
    static void orgHeads(String[] words, String[] tags) {
        for (Span span : Span.in(tags)) {
            if (span.length() >= 2 && ORG_HEADS.contains(words[span.start()])
                    && (span.type() == Span.LOC || span.type() == Span.MISC
                        || span.type() == Span.PER && ARABIC_ARTICLE.matcher(words[span.start() + 1]).lookingAt())) {
                span.retype(tags, "ORG");
            }
        }
    }

    /** The Arabic article as it opens a transliterated word: "al-Sharia", "ad-Din", "ash-Shabaab", "el-Adl". */
    private static final Pattern ARABIC_ARTICLE =
            Pattern.compile("(?:al|el|ad|ash|as|at|an|ar|az)-\\p{L}", Pattern.CASE_INSENSITIVE);

    /**
     * No name holds a semicolon: it separates clauses or the items of a list ("in Whangārei; Parata holds ...").
     * GMB's bootstrapped tags run a few place spans across one (train holds five such tokens, dev and wikigold
     * none), and the model learnt to continue a name over it; the span is cut there. Nor does a person's,
     * place's or organisation's name hold a colon, which in wire copy ends a table row's label ("At Chelmsford :
     * Essex 402-8"); a title of a work may ("Phase 1 : Fortification", MISC in wikigold), so MISC keeps it.
     */
    static void cutAtSemicolons(String[] words, String[] tags) {
        for (int i = 0; i < words.length; i++) {
            boolean cut = words[i].equals(";") || words[i].equals(":") && !tags[i].endsWith("-MISC");
            if (cut && !tags[i].equals("O")) {
                Labels.cutAt(tags, i);
            }
        }
    }

    /**
     * A name neither starts nor ends with a token that has no letter or digit ("AFP /", "West -"), nor with a
     * number written with separators: a score, a date, a time or a bowling figure ("Wales 3-1", "Qadir
     * 26-6-57-5", "1:21.526"); such tokens at the edges of a span are left out of it. A bare number may end a
     * name ("FTSE 100", "Group of 20"), so it stays; but a person's name does not start with one ("135 Robert-Jan
     * Derksen", a golf total before the player).
     */
    static void trimPunctuation(String[] words, String[] tags) {
        for (Span span : Span.in(tags)) {
            int from = span.start();
            int to = span.end();
            while (from < to && (!hasLetterOrDigit(words[from]) || numberWithSeparators(words[from])
                    || span.type() == Span.PER && ResultTables.allDigits(words[from]))) {
                tags[from++] = "O";
            }
            while (to > from && (!hasLetterOrDigit(words[to - 1]) || numberWithSeparators(words[to - 1]))) {
                tags[--to] = "O";
            }
            if (from < to && from > span.start()) {
                tags[from] = "B-" + tags[from].substring(2);
            }
        }
    }

    // "3-1", "2009-04-29", "1:21.526", "35,000", "9.97": digits and separators, no letter
    private static boolean numberWithSeparators(String word) {
        boolean digit = false;
        boolean separator = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c == '-' || c == ':' || c == '.' || c == ',' || c == '/') {
                separator = true;
            } else {
                return false;
            }
        }
        return digit && separator;
    }

    /**
     * A one-letter lower-case word never sits inside a name: in a cricket scorecard "c" (caught) and "b"
     * (bowled) stand between the batsman, the fielder and the bowler ("M. Ashdown c Akmal b Qadir 64"), and
     * the model, which never saw one, ran the three names together. The span is cut there. Vowels and "y"
     * are left alone: they join names in several languages ("Ortega y Gasset").
     */
    static void cutAtScorecardLetters(String[] words, String[] tags) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() == 1 && Character.isLowerCase(w.charAt(0)) && "aeiouy".indexOf(w.charAt(0)) < 0
                    && !tags[i].equals("O")) {
                Labels.cutAt(tags, i);
            }
        }
    }

    // The last words of competitions' and prizes' names ("World Cup", "U.S. Open", "London Marathon").
    private static final Set<String> EVENT_HEADS = Set.of("open", "championship",
            "championships", "marathon", "prix", "trophy");

    /**
     * A competition or a prize is MISC under the CoNLL conventions: a name of two words or more that ends in
     * one of {@link #EVENT_HEADS} and that the model typed as a place or an organisation ("London Marathon",
     * "Players Championship") or left untagged ("World Cup", which GMB tags only in part) is MISC. Persons are
     * left alone. GMB's MISC is mostly nationalities, and the model took events for the places and bodies
     * that hold them. A nationality's adjective that opens three words or more is a name of its own ("English" +
     * "County Championship"), as in {@link SportsCopy}: named whole here, the sports rules found a MISC span and
     * left it so, which cost four right spans on each tune half.
     */
    static void events(String[] words, String[] tags, Predicate<String> demonym) {
        for (Span span : Span.in(tags)) {
            if ((span.type() == Span.ORG || span.type() == Span.LOC) && span.length() >= 2
                    && isEventHead(words[span.end() - 1])) {
                SportsCopy.writeCompetition(words, tags, span.start(), span.end(), demonym);
            }
        }
        Labels.eachUntaggedCapitalRun(words, tags, (from, to) -> {
            if (to - from >= 2 && isEventHead(words[to - 1])) {
                SportsCopy.writeCompetition(words, tags, from, to, demonym);
            }
        });
    }

    private static boolean isEventHead(String word) {
        return Words.startsUpper(word) && EVENT_HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean hasLetterOrDigit(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLetterOrDigit(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    // nouns that end places' names and no person's (not "Bay", "Land", "Lake", "Park", "Street": surnames too)
    private static final Set<String> PLACE_NOUNS = Set.of("County", "Island", "Islands", "Sound", "Strait",
            "Province", "Valley");

    private static final Set<String> TITLE_WORDS = Set.of("State", "of", "Affairs", "Home",
            "Defence", "Defense", "Foreign", "Interior", "Health", "Justice", "Trade", "Energy", "Culture");
}

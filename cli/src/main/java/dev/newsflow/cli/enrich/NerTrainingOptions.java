package dev.newsflow.cli.enrich;

import dev.newsflow.enricher.ner.NerTrainer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The entity tagger's training options, shared by {@code train ner} and {@code eval ner-cv}. */
public class NerTrainingOptions {

    @Option(names = "--train", split = ",", description = "training files, token TAG (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/datasets/gmb-ner/train.txt")
    List<Path> train;

    @Option(names = "--wikigold", description = "wikigold file: even documents trained on, odd ones scored "
            + "(default: ${DEFAULT-VALUE}; 'none' to leave it out)",
            defaultValue = "../shared/datasets/wikigold/wikigold.txt")
    String wikigold;

    @Option(names = "--wikigold-repeat", defaultValue = "2", description = "copies of the wikigold training half")
    int wikigoldRepeat;

    @Option(names = "--epochs", defaultValue = "10")
    int epochs;

    @Option(names = "--sample", defaultValue = "1.0", description = "fraction of training sentences (quick runs)")
    double sample;

    @Option(names = "--upper-rate", defaultValue = "0.08", description = "fraction of sentences copied in capitals")
    double upperRate;

    @Option(names = "--relabel", split = ",", defaultValue = "the,places,orgs,demonyms,courtesy",
            description = "CoNLL convention rules applied to the training files: the, places, orgs, demonyms, "
                    + "courtesy, adjectives (untagged peoples' and faiths' words become MISC), or none (default: ${DEFAULT-VALUE})")
    Set<String> relabel;

    @Option(names = "--seed", defaultValue = "13")
    long seed;

    @Option(names = "--clusters", defaultValue = "stages/enrich/data/word-clusters.tsv.gz",
            description = "word clusters (word TAB fine TAB coarse, gzip) stored in the model and used as features "
                    + "(default: ${DEFAULT-VALUE}; 'none' to leave them out)")
    String clusters;

    @Option(names = "--features", split = ",", defaultValue = "wide-clusters,prev-cluster,geo-cities,truecase",
            description = "optional feature templates stored in the model: wide-clusters, prev-cluster, geo-cities, "
                    + "truecase, rule-lists, long-affixes, initial-casing (the last three tried, not shipped), or none "
                    + "(default: ${DEFAULT-VALUE}; see stages/enrich/TRAINING.md)")
    Set<String> features;

    /** The wikigold file, or null when left out. */
    Path wikigoldFile() {
        return wikigold == null || wikigold.equals("none") ? null : Path.of(wikigold);
    }

    /** The trainer's options. */
    NerTrainer.Options options() {
        return new NerTrainer.Options(train, wikigoldFile(), wikigoldRepeat, sample, upperRate, epochs, seed, relabel,
                clusters == null || clusters.equals("none") ? null : Path.of(clusters), features);
    }
}

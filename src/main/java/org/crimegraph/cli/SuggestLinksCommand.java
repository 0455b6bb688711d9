package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.links.LinkPrediction;
import org.crimegraph.app.links.SuggestLinks;
import org.crimegraph.app.query.UnresolvedReference;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crimegraph suggest-links}: pairs not linked who probably should be, with reasons ({@link SuggestLinks}). */
@Command(name = "suggest-links", mixinStandardHelpOptions = true,
        description = {"Suggest links: pairs of persons who are not linked but probably should be, best first, each "
                + "with its reasons (common contacts, Adamic-Adar, resource allocation, Katz, same community; from "
                + "the store also calls to common numbers no person is known to use and overlap of active weeks, "
                + "under the same release rule), scored by a logistic regression learned from the network's own "
                + "links (docs/algorithms.md).",
                "Suggestions are not evidence: they are never written to the store, to an export or to a partner "
                        + "release. REF: person id, phone, IBAN, registration or name (an id with --edges); exit "
                        + "code 3 if unknown, 6 if ambiguous."})
final class SuggestLinksCommand extends ReleasedCommand implements StoreQuery {

    @Option(names = "--top", defaultValue = "20", paramLabel = "N",
            description = "How many suggestions to print (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--for", paramLabel = "REF", description = "Only suggestions involving this person.")
    String person;

    @Mixin
    CsvFormatOption format;

    @Mixin
    SeedOption seed;

    @Option(names = "--per-person", defaultValue = "50", paramLabel = "M",
            description = "Candidates kept per person (those with the most common contacts first), so hubs do not "
                    + "explode the pairs. Default: ${DEFAULT-VALUE}.")
    int perPerson;

    @Mixin
    EdgeListOption edges;

    @Mixin
    RegionOption region;

    @Mixin
    QuietOption progress;

    private Monitor monitor = Monitor.NONE;

    @Override
    public Integer call() {
        try (CtrlC ctrlC = CtrlC.install()) {
            monitor = progress.monitor(ctrlC);
            if (edges.file == null) {
                return onStore(this);
            }
            if (!release.filter().equals(ProjectionFilter.ALL)) {
                throw new IllegalArgumentException("--release-to, --min-grade, --from and --to select reports and "
                        + "evidence; an edge list has neither (drop them, or read the store)");
            }
            return answer(() -> new SuggestLinks(auditor()).run(edges.file, request(), monitor), out(), err());
        }
    }

    @Override
    public int run(GraphStore store, PrintWriter out, PrintWriter err) {
        return answer(() -> new SuggestLinks(auditor()).run(store, release.filter(), request(), monitor), out, err);
    }

    private SuggestLinks.Request request() {
        LinkPrediction.Parameters defaults = LinkPrediction.Parameters.DEFAULTS;
        return new SuggestLinks.Request(person, top, new LinkPrediction.Parameters(seed.value(), perPerson, defaults.beta(),
                defaults.folds(), defaults.l2(), defaults.maxTrainingTies()), region.code);
    }

    private int answer(Supplier<SuggestLinks.Result> suggest, PrintWriter out, PrintWriter err) {
        try {
            LinkSuggestionPrinter.print(suggest.get(), format.format, out);
            return ExitCodes.OK;
        } catch (UnresolvedReference unresolved) {
            return PersonQueryCommand.printCandidates(unresolved, out, err);
        } catch (ComputationCancelledException e) {
            err.println("crimegraph: interrupted; nothing was written");
            err.flush();
            return ExitCodes.INTERRUPTED;
        }
    }
}

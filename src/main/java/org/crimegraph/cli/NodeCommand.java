package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.crimegraph.app.query.NodeQuery;
import org.crimegraph.app.score.ScoreNetwork;
import org.crimegraph.graph.PathLength;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crimegraph node REF}: one person's profile in the person network — every measure with its
 * rank, target rank and reasons, articulation status, the strongest links with their evidence, the
 * person's identity and holdings with their reports — all under the release filter ({@link NodeQuery}).
 */
@Command(name = "node", mixinStandardHelpOptions = true,
        description = {"One person's profile: every score and its rank, structural role, the strongest links, "
                + "identity (names, aliases, date of birth, nationality) and holdings (phones, accounts, vehicles, "
                + "addresses), each with the reports behind it.",
                "REF: " + PersonQueryCommand.REFERENCES})
final class NodeCommand extends PersonQueryCommand {

    @Mixin
    PathLengthOption pathLength;

    @Parameters(index = "0", paramLabel = "REF", description = "The person: id (e.g. P020), phone, IBAN, registration or name.")
    String personId;

    @Option(names = "--links", defaultValue = "10", paramLabel = "N",
            description = "How many of the strongest links to list (default: ${DEFAULT-VALUE}).")
    int links;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ScoringModeOption scoringMode;

    @Override
    int answer(GraphStore store, PrintWriter out, PrintWriter err) {
        NodeQuery.Request request = new NodeQuery.Request(personId, release.filter(), region.code, links);
        NodeQuery profile = new NodeQuery(store, (filter, id) -> new ScoreNetwork(auditor()).run(store,
                new ScoreNetwork.Request(filter, threads.count, scoringMode.method(NetworkScoringJob.DEFAULT_SEED),
                        NetworkScoringJob.DEFAULT_SEED,
                        "node", Map.of("person", id), pathLength.or(PathLength.INVERSE_WEIGHT))));
        NodeQuery.Result result = profile.run(request);
        if (format.json()) {
            NodeJson.print(result, out);
        } else {
            NodeTable.print(result, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}

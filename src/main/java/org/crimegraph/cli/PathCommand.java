package org.crimegraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crimegraph.app.query.FullPathQuery;
import org.crimegraph.app.query.PathQuery;
import org.crimegraph.app.query.QueryScope;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.graph.PathLength;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crimegraph path A B}: how two persons are linked, hop by hop, with the evidence and the reports
 * behind every hop. See docs/queries.md for the search used by each option.
 */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = {"Shortest path(s) between two persons in the person network, with the evidence and reports behind each hop.",
                "A and B: " + PersonQueryCommand.REFERENCES})
final class PathCommand extends SubgraphQueryCommand {

    @Mixin
    PathLengthOption pathLength;

    @Mixin
    PersonPairParameters persons;

    @Option(names = "--full", description = "Through the multi-mode graph (person-phone-call-phone-person, "
            + "person-account-transaction-account-person, vehicles, addresses, routes, meetings), with Neo4j's shortestPath; "
            + "at most 4 x --max-hops relationships (24 at most); names who uses, holds or drives each phone, account and "
            + "vehicle on it.")
    boolean full;

    @Mixin
    WeightedOption weighted;

    @Option(names = "--k", defaultValue = "1", paramLabel = "N",
            description = "Up to N loopless shortest paths (Yen), or with --disjoint up to N node-disjoint paths (default: 1, or 10 with --disjoint).")
    int k;

    @Option(names = "--disjoint", description = "Node-disjoint alternatives (Suurballe): how redundant is the link?")
    boolean disjoint;

    @Option(names = "--max-hops", defaultValue = "6", paramLabel = "N", description = "Longest path considered, in links (default: ${DEFAULT-VALUE}).")
    int maxHops;

    @Option(names = "--in-time-order", description = "Only time-respecting paths: each contact (call, transfer, meeting, crossing) no earlier than the one before.")
    boolean inTimeOrder;

    @Option(names = "--max-gap", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "With --in-time-order: at most this long between consecutive contacts (e.g. 48h, 7d, PT36H).")
    Duration maxGap;

    @Mixin
    EvidenceOption evidencePerHop;

    @Override
    int answer(GraphStore store, PrintWriter out, PrintWriter err) {
        if (full && (disjoint || k > 1 || weighted.weighted || pathLength.chosen != null || inTimeOrder)) {
            throw new IllegalArgumentException("--full finds one multi-mode path: it does not combine with --k, --disjoint, --weighted, --path-length or --in-time-order");
        }
        boolean kGiven = spec.commandLine().getParseResult().hasMatchedOption("--k");
        if (weighted.weighted && pathLength.or(PathLength.INVERSE_WEIGHT) == PathLength.HOPS) {
            throw new IllegalArgumentException("--weighted means --path-length inverse-weight: it does not combine with --path-length hops");
        }
        PathLength distance = weighted.weighted ? PathLength.INVERSE_WEIGHT : pathLength.or(PathLength.HOPS);
        PathQuery.Request request = new PathQuery.Request(persons.a, persons.b, distance, kGiven || k != 1 ? k : null, disjoint,
                maxHops, inTimeOrder, maxGap, subgraph.maxPersons);
        QueryScope scope = new QueryScope(store, release.reportsOnly("path"), region.code);
        String evidence = scope.filter().describe();
        boolean json = format.json();
        if (full) {
            FullPathQuery.Result result = new FullPathQuery(scope).run(new FullPathQuery.Request(persons.a, persons.b, maxHops));
            FullPathPrinter.print(result, evidence, scope::report, json, out);
            out.flush();
            return ExitCodes.OK;
        }
        PathQuery.Result result = new PathQuery(scope).run(request);
        PathPrinter.print(result, maxHops, evidence, scope::report, evidencePerHop.or(EvidenceOption.PER_HOP), json, out);
        out.flush();
        if (subgraph.graphml != null) {
            PathPrinter.graphMl(result, subgraph.graphml);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", result.from().personId());
        parameters.put("to", result.to().personId());
        parameters.put("search", result.search());
        parameters.put("pathLength", result.distance().queryDescription());
        parameters.put("paths", result.found().stream().map(f -> String.join(">", f.path().persons())).toList());
        audit(store, AuditEvent.of("path").with(parameters).release(evidence));
        return ExitCodes.OK;
    }
}

package org.crimegraph.cli;

import org.crimegraph.text.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.scoring.RunDiff;
import org.crimegraph.scoring.RunDiff.CommunityChange;
import org.crimegraph.scoring.RunDiff.PersonChange;
import org.crimegraph.scoring.RunDiffer;
import org.crimegraph.scoring.RunParameters;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.model.ScoringRunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crimegraph diff [RUN_A RUN_B]}: what changed between two saved runs (default: the two latest). */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two saved scoring runs (default: the two latest): first what differs in their "
                + "parameters (evidence rule, grade threshold, time window, seed, store counts), then who entered or left the top k, "
                + "the largest rank movements, new articulation points, communities merged, split or appeared.")
final class DiffCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    @Parameters(arity = "0..2", paramLabel = "RUN", description = "The earlier and the later run id.")
    List<String> runIds;

    @Option(names = "--top", defaultValue = "10", paramLabel = "K", description = "Size of the top list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--moves", defaultValue = "10", paramLabel = "N",
            description = "How many of the largest rank movements to show (default: ${DEFAULT-VALUE}).")
    int moves;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (runIds != null && runIds.size() == 1) {
            throw new IllegalArgumentException("give two run ids, or none for the two latest runs");
        }
        RunDiff diff;
        List<RunParameters.Parameter> parameters;
        try (GraphStore store = storeOptions.open()) {
            ScoringRuns runs = new ScoringRuns(store);
            String a;
            String b;
            if (runIds == null || runIds.isEmpty()) {
                List<ScoringRunRecord> latest = runs.latest(2);
                if (latest.size() < 2) {
                    throw new IllegalArgumentException("diff needs two saved runs; this store has " + latest.size()
                            + " (save runs with 'crimegraph score --save')");
                }
                a = latest.get(1).runId();
                b = latest.get(0).runId();
            } else {
                a = runIds.get(0);
                b = runIds.get(1);
            }
            SavedRun before = runs.load(a);
            SavedRun after = runs.load(b);
            diff = new RunDiffer(top, moves).diff(before, after);
            auditOptions.record(storeOptions, store, AuditEvent.of("diff").with("before", a).with("after", b)
                    .with("top", top).with("moves", moves));
            parameters = RunParameters.compare(before.run(), after.run());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper mapper = Json.mapper();
            com.fasterxml.jackson.databind.node.ObjectNode root = mapper.createObjectNode();
            root.put("rulesDiffer", RunParameters.rulesDiffer(parameters));
            root.set("parameters", mapper.valueToTree(parameters));
            root.setAll((com.fasterxml.jackson.databind.node.ObjectNode) mapper.valueToTree(diff));
            out.println(mapper.writeValueAsString(root));
        } else {
            printParameters(parameters, out);
            print(diff, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** What differs between the runs' parameters, first, with a warning if they were scored differently. */
    static void printParameters(List<RunParameters.Parameter> parameters, PrintWriter out) {
        if (RunParameters.rulesDiffer(parameters)) {
            out.println("WARNING: the two runs were scored under different parameters; the changes below mix changes "
                    + "in the network with the effect of those parameters.");
        }
        out.println("Parameters (earlier -> later):");
        for (RunParameters.Parameter p : parameters) {
            out.printf(Locale.ROOT, "  %-20s %s%n", p.name(), p.differs() ? p.before() + "  ->  " + p.after()
                    : p.before() + "  (same)");
        }
        out.println();
    }

    static void print(RunDiff d, PrintWriter out) {
        out.printf("Changes from run %s to run %s%n%n", d.before(), d.after());
        section(out, "Entered the top " + d.topK(), d.entered());
        section(out, "Left the top " + d.topK(), d.left());
        section(out, "New articulation points (removing them now splits the network)", d.newArticulationPoints());
        section(out, "No longer articulation points", d.lostArticulationPoints());
        section(out, "Largest rank movements", d.movements());
        section(out, "New persons", d.newPersons());
        section(out, "Persons no longer scored", d.gonePersons());
        out.println("Communities:");
        if (!d.communitiesCompared()) {
            out.println("  not compared: one of the runs has no community results");
        } else if (d.communities().stream().allMatch(c -> c.kind() == RunDiff.CommunityChangeKind.CONTINUED)) {
            out.println("  unchanged (every community matched one to one)");
        }
        for (CommunityChange c : d.communities()) {
            if (c.kind() == RunDiff.CommunityChangeKind.CONTINUED) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-9s %s -> %s  (Jaccard %.2f, %d members: %s)%n", c.kind().name().toLowerCase(Locale.ROOT),
                    c.before(), c.after(), c.jaccard(), c.members().size(), String.join(" ", c.members()));
        }
    }

    private static void section(PrintWriter out, String title, List<PersonChange> changes) {
        out.println(title + ":");
        if (changes.isEmpty()) {
            out.println("  (none)");
        }
        for (PersonChange c : changes) {
            out.printf(Locale.ROOT, "  %-8s %-28s rank %4s -> %-4s %s%n", c.personId(), c.name(),
                    c.rankBefore() == null ? "-" : c.rankBefore(), c.rankAfter() == null ? "-" : c.rankAfter(),
                    c.gain() > 0 ? "(up " + c.gain() + ")" : c.gain() < 0 ? "(down " + -c.gain() + ")" : "");
        }
        out.println();
    }
}

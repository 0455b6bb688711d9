package org.crimegraph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.crimegraph.app.run.CompareRuns;
import org.crimegraph.scoring.RunDiff;
import org.crimegraph.scoring.RunDiff.CommunityChange;
import org.crimegraph.scoring.RunDiff.PersonChange;
import org.crimegraph.scoring.RunParameters;
import org.crimegraph.text.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crimegraph diff [RUN_A RUN_B]}: what changed between two saved runs (default: the two latest). */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two saved scoring runs (default: the two latest): first what differs in their "
                + "parameters (evidence rule, grade threshold, time window, seed, store counts), then who entered or left the top k, "
                + "the largest rank movements, new articulation points, communities merged, split or appeared.")
final class DiffCommand extends CaseCommand {

    @Parameters(arity = "0..2", paramLabel = "RUN", description = "The earlier and the later run id.")
    List<String> runIds;

    @Mixin
    TopOption top;

    @Option(names = "--moves", defaultValue = "10", paramLabel = "N",
            description = "How many of the largest rank movements to show (default: ${DEFAULT-VALUE}).")
    int moves;

    @Mixin
    FormatOption format;

    @Mixin
    QuietOption progress;

    @Override
    public Integer call() throws Exception {
        if (runIds != null && runIds.size() == 1) {
            throw new IllegalArgumentException("give two run ids, or none for the two latest runs");
        }
        boolean latest = runIds == null || runIds.isEmpty();
        // Ctrl-C stops between the steps (exit 130)
        CompareRuns.Result result = monitored(progress, (store, monitor) -> new CompareRuns(auditor()).run(store,
                new CompareRuns.Request(latest ? null : runIds.get(0), latest ? null : runIds.get(1),
                        top.or(TopOption.DEFAULT), moves), monitor));
        PrintWriter out = out();
        if (format.json()) {
            ObjectNode root = Json.object();
            root.put("rulesDiffer", result.rulesDiffer());
            root.set("parameters", Json.mapper().valueToTree(result.parameters()));
            root.setAll((ObjectNode) Json.mapper().valueToTree(result.diff()));
            out.println(Json.pretty(root));
        } else {
            printParameters(result.parameters(), out);
            print(result.diff(), out);
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

package org.crimegraph.cli;

import java.util.concurrent.Callable;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crimegraph score}: rank the persons as targets and say why. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score the person network (degree, strength, betweenness, PageRank, components, "
                + "articulation points) and print the top targets with their reasons.")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    @Mixin
    ReleaseOption release;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "How many targets (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    TargetReport.Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for betweenness (default: all cores).")
    Integer threads;

    @Mixin
    RunOptions runOptions;

    @Override
    public Integer call() {
        try (GraphStore store = runOptions.open(storeOptions)) {
            ScoringResult result = runOptions.save
                    ? RunStep.scoreAndSave(store, release.filter(), threads, runOptions, auditOptions, storeOptions,
                            spec.commandLine().getErr())
                    : ScoreStep.run(store, release.filter(), threads, auditOptions, storeOptions);
            TargetReport.print(result, top, format, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}

package org.crimegraph.cli;

import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.community.CommunityAlgorithm;
import org.crimegraph.app.communities.DetectCommunities;
import org.crimegraph.scoring.CommunityResult;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crimegraph communities}: the groups of the person network, their density and their brokers ({@link DetectCommunities}). */
@Command(name = "communities", mixinStandardHelpOptions = true,
        description = "Find the communities of the person network (Leiden, Louvain or label propagation) and "
                + "print each one's size, density, members and brokers.")
final class CommunitiesCommand extends ReleasedCommand {

    @Option(names = "--algorithm", defaultValue = "leiden", paramLabel = "NAME",
            description = "leiden (communities always connected), louvain or label-propagation (fast, ignores "
                    + "weights). Default: ${DEFAULT-VALUE}.")
    String algorithm;

    @Option(names = "--resolution", defaultValue = "1.0", paramLabel = "GAMMA",
            description = "Modularity resolution: above 1 gives more, smaller communities. Default: ${DEFAULT-VALUE}.")
    double resolution;

    @Mixin
    SeedOption seed;

    @Mixin
    FormatOption format;

    @Mixin
    ConsensusOption consensus;

    @Mixin
    QuietOption progress;

    @Override
    public Integer call() {
        CommunityAlgorithm chosen = CommunityAlgorithm.parse(algorithm);
        DetectCommunities.Request request = new DetectCommunities.Request(release.filter(), chosen, resolution,
                seed.value(), consensus.runs);
        try (CtrlC ctrlC = CtrlC.install(); GraphStore store = storeOptions.open()) {
            CommunityResult result = new DetectCommunities(auditor()).run(store, request, progress.monitor(ctrlC));
            CommunityTable.print(result, format.format, out());
        } catch (ComputationCancelledException e) {
            return ExitCodes.interrupted(err());
        }
        return ExitCodes.OK;
    }
}

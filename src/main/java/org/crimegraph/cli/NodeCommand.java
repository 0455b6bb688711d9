package org.crimegraph.cli;

import static org.crimegraph.text.SafeText.clip;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.MeasureRank;
import org.crimegraph.analysis.RemovalEffect;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.graph.Claim;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.Release;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.query.EntityLookup;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crimegraph node ID}: one person's profile in the person network — every measure with its
 * rank, target rank and reasons, articulation status, and the strongest links with their evidence.
 * The network is projected and scored as by {@code score}, under the same release filter. Then the
 * claims about the person that the filter allows: every value with its reports, conflicts marked.
 */
@Command(name = "node", mixinStandardHelpOptions = true,
        description = "One person's profile: every score and its rank, structural role, and the strongest links "
                + "with the reports behind them.")
final class NodeCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    @Mixin
    ReleaseOption release;

    @Parameters(index = "0", paramLabel = "ID", description = "The person id, e.g. P020.")
    String personId;

    @Option(names = "--links", defaultValue = "10", paramLabel = "N",
            description = "How many of the strongest links to list (default: ${DEFAULT-VALUE}).")
    int links;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the path measures (default: all cores).")
    Integer threads;

    @Override
    public Integer call() {
        if (links < 0) {
            throw new IllegalArgumentException("--links must not be negative");
        }
        try (GraphStore store = storeOptions.open()) {
            ScoringResult result = ScoreStep.run(store, release.filter(), threads, auditOptions, storeOptions, "node",
                    Map.of("person", personId), BetweennessMethod.EXACT, NetworkScoringJob.DEFAULT_SEED);
            if (!result.network().graph().containsVertex(personId)) {
                throw new IllegalArgumentException("no person " + personId + " in the network under this filter ("
                        + result.filter().describe() + ")");
            }
            PrintWriter out = spec.commandLine().getOut();
            Release claimRule = Release.of(result.filter(), new PersonNetworkReader(store).reports());
            List<Claim> claims = new EntityLookup(store, claimRule).claims(personId);
            Profile profile = Profile.of(result, personId, links);
            if (format == Format.json) {
                json(profile, claimRule, claims, out);
            } else {
                table(profile, out);
                claims(claimRule, claims, out);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** What the profile shows, gathered once for both formats. */
    record Profile(ScoringResult result, VertexScore<String> score, Target target, List<MeasureRank> ranks,
                   List<PersonLink> links, int linkCount) {

        static Profile of(ScoringResult result, String personId, int limit) {
            Target target = result.targets().stream().filter(t -> t.personId().equals(personId)).findFirst()
                    .orElseThrow();
            List<PersonLink> all = result.network().linksOf(personId);
            return new Profile(result, result.scores().of(personId), target, result.scores().ranksOf(personId),
                    all.subList(0, Math.min(limit, all.size())), all.size());
        }

        String id() {
            return score.vertex();
        }

        String name() {
            return result.network().name(score.vertex());
        }
    }

    private static void table(Profile p, PrintWriter out) {
        ScoringResult result = p.result();
        int persons = result.network().graph().vertexSet().size();
        out.printf(Locale.ROOT, "%s  %s%n", p.id(), p.name());
        out.printf(Locale.ROOT, "Network: %d persons, %d links. Evidence used: %s. Path lengths: %s.%n",
                persons, result.network().graph().edgeSet().size(), result.filter().describe(),
                result.scores().pathLength().description());
        out.printf(Locale.ROOT, "Target rank %d of %d (score %.3f; %s)%n%n", p.target().rank(), persons,
                p.target().score(), org.crimegraph.analysis.TargetRanking.DEFINITION);
        out.printf(Locale.ROOT, "%-15s %14s  %-12s%n", "measure", "value", "rank");
        out.println("-".repeat(43));
        for (MeasureRank rank : p.ranks()) {
            out.printf(Locale.ROOT, "%-15s %14s  %d of %d%n", rank.measure(), value(rank), rank.rank(), rank.of());
        }
        out.println();
        VertexScore<String> s = p.score();
        int componentSize = result.scores().componentSizes().get(s.component());
        out.printf(Locale.ROOT, "Component %d of %d (%d persons).%n", s.component() + 1,
                result.scores().componentSizes().size(), componentSize);
        int community = result.communityOf(s.vertex());
        out.printf(Locale.ROOT, "Community %d (%d persons; one of %d %s communities, numbered from 0).%n", community,
                result.communities().size(community), result.communities().count(), result.communities().algorithm());
        if (s.articulationPoint()) {
            RemovalEffect e = s.removal();
            out.printf(Locale.ROOT, "Articulation point: removal cuts off %d %s and splits the component into %d pieces "
                            + "(the largest keeps %d of %d).%n", e.cutOff(), e.cutOff() == 1 ? "person" : "persons",
                    e.pieces(), e.largestPiece(), e.componentSize());
        } else {
            out.println("Not an articulation point: the component stays connected without this person.");
        }
        out.println();
        out.printf(Locale.ROOT, "Strongest links (%d of %d):%n", p.links().size(), p.linkCount());
        if (!p.links().isEmpty()) {
            out.printf(Locale.ROOT, "  %6s  %-30s %-34s %-6s %-8s %s%n", "weight", "person", "kinds", "grade",
                    "handling", "reports");
            for (PersonLink link : p.links()) {
                String other = link.other(p.id());
                String who = other.equals(result.network().name(other)) ? other : other + " " + result.network().name(other);
                out.printf(Locale.ROOT, "  %6.2f  %-30s %-34s %-6s %-8s %s%n", link.weight(), clip(who, 30),
                        clip(String.join(", ", link.kinds()), 34), link.weakestGrade().code(), link.handling(),
                        String.join(", ", link.reportIds()));
            }
        }
        out.println();
        out.println("Why (as a target):");
        for (String reason : p.target().reasons()) {
            out.println("  - " + reason);
        }
    }

    /** The person's descriptive fields, whose values are claims of reports (docs/provenance.md). */
    static final List<String> FIELDS = List.of("name", "aliases", "dob", "nationality");

    /**
     * The claims about the person the release allows: each field's values with the reports giving them,
     * the value shown first, and a conflict mark where allowed claims disagree.
     */
    private static void claims(Release rule, List<Claim> claims, PrintWriter out) {
        out.println();
        out.println("Claims (value: reports; the first value is the one shown, from the most trusted report):");
        for (String field : FIELDS) {
            List<Release.Stated> stated = rule.stated(claims, field);
            if (stated.isEmpty()) {
                continue;
            }
            boolean conflict = !field.equals("aliases") && stated.size() > 1;
            out.printf(Locale.ROOT, "  %-12s %s%s%n", field, conflict ? "CONFLICT  " : "", String.join("; ",
                    stated.stream().map(v -> v.value() + ": " + String.join(", ", v.reportIds())).toList()));
        }
    }

    private static void json(Profile p, Release rule, List<Claim> claims, PrintWriter out) {
        ScoringResult result = p.result();
        ObjectNode root = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        root.put("id", p.id());
        root.put("name", p.name());
        root.put("evidence", result.filter().describe());
        root.put("pathLength", result.scores().pathLength().description());
        ObjectNode network = root.putObject("network");
        network.put("persons", result.network().graph().vertexSet().size());
        network.put("links", result.network().graph().edgeSet().size());
        ObjectNode target = root.putObject("target");
        target.put("rank", p.target().rank());
        target.put("score", p.target().score());
        ArrayNode reasons = target.putArray("reasons");
        p.target().reasons().forEach(reasons::add);
        ObjectNode measures = root.putObject("measures");
        for (MeasureRank rank : p.ranks()) {
            ObjectNode m = measures.putObject(rank.measure());
            if (rank.measure().equals(VertexScore.DEGREE) || rank.measure().equals(VertexScore.CORENESS)) {
                m.put("value", (long) rank.value());
            } else {
                m.put("value", rank.value());
            }
            m.put("rank", rank.rank());
            m.put("of", rank.of());
            m.put("percentile", rank.percentile());
        }
        VertexScore<String> s = p.score();
        root.put("component", s.component());
        root.put("componentSize", result.scores().componentSizes().get(s.component()));
        root.put("community", result.communityOf(s.vertex()));
        root.put("articulationPoint", s.articulationPoint());
        ObjectNode removal = root.putObject("removal");
        removal.put("cutOff", s.removal().cutOff());
        removal.put("pieces", s.removal().pieces());
        removal.put("largestPiece", s.removal().largestPiece());
        root.put("linkCount", p.linkCount());
        ArrayNode linkArray = root.putArray("links");
        for (PersonLink link : p.links()) {
            String other = link.other(p.id());
            ObjectNode l = linkArray.addObject();
            l.put("id", other);
            l.put("name", result.network().name(other));
            l.put("weight", link.weight());
            ArrayNode kinds = l.putArray("kinds");
            link.kinds().forEach(kinds::add);
            ArrayNode reports = l.putArray("reports");
            link.reportIds().forEach(reports::add);
            l.put("weakestGrade", link.weakestGrade().code());
            l.put("handling", link.handling().name());
        }
        ObjectNode claimNode = root.putObject("claims");
        for (String field : FIELDS) {
            List<Release.Stated> stated = rule.stated(claims, field);
            if (stated.isEmpty()) {
                continue;
            }
            ObjectNode f = claimNode.putObject(field);
            f.put("conflict", !field.equals("aliases") && stated.size() > 1);
            ArrayNode values = f.putArray("values");
            for (Release.Stated v : stated) {
                ObjectNode value = values.addObject();
                value.put("value", String.valueOf(v.value()));
                ArrayNode ids = value.putArray("reports");
                v.reportIds().forEach(ids::add);
            }
        }
        TargetReport.print(root, out);
    }

    /** Counts as whole numbers, other values with six significant digits. */
    private static String value(MeasureRank rank) {
        if (rank.measure().equals(VertexScore.DEGREE) || rank.measure().equals(VertexScore.CORENESS)) {
            return String.valueOf((long) rank.value());
        }
        return String.format(Locale.ROOT, "%.6g", rank.value());
    }
}

package org.crimegraph.app.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.timeline.ScoredWindow;
import org.crimegraph.analysis.timeline.TimeWindow;
import org.crimegraph.analysis.timeline.TimeWindows;
import org.crimegraph.analysis.timeline.Timeline;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.score.ScoreEdgeList;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.graph.EvidenceSet;
import org.crimegraph.graph.PathLength;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.PersonNetworkProjection;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.ProjectionWeights;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;

/**
 * Use case {@code timeline}: the person network in consecutive time windows, each projected under the
 * same release and grading rule as {@code score} and scored the same way, with the network measures per
 * window, every person's measures and ranks, who enters and leaves, and the communities matched across
 * windows ({@link Timeline}); charts on request; audited.
 *
 * <p>A window's network holds the evidence dated inside it and, unless {@link Request#datedOnly}, the
 * undated evidence (associations, shared phones, accounts, vehicles, addresses, routes), which has no date
 * to test and so counts in every window (docs/projection.md); a person is in a window when they have at
 * least one link there. The store is read once for all windows.
 */
public final class NetworkTimeline {

    /** Which windows: an explicit list, or consecutive windows of one length moved by one step. */
    public record Plan(List<TimeWindow> windows, Period length, Period step) {

        public Plan {
            windows = windows == null ? null : List.copyOf(windows);
            if (windows == null && (length == null || step == null)) {
                throw new IllegalArgumentException("a timeline needs --windows or --window");
            }
        }

        /** Consecutive windows of {@code length}, moved by {@code step} (null: the length). */
        public static Plan consecutive(Period length, Period step) {
            return new Plan(null, length, step == null ? length : step);
        }

        /** Exactly these windows. */
        public static Plan of(List<TimeWindow> windows) {
            return new Plan(windows, null, null);
        }

        String describe() {
            return windows != null ? windows.size() + " windows given" : "window " + length + ", step " + step;
        }
    }

    /**
     * @param filter     report rules (release, grade) and, optionally, the span the consecutive windows cover
     *                   ({@code from}/{@code to}; without them, from the first day with dated evidence, or the
     *                   first of its month for windows in months, to the last day with dated evidence; a window
     *                   is cut at {@code to} only when {@code to} is given)
     * @param plan       the windows
     * @param datedOnly  leave undated evidence out of every window
     * @param pathLength how betweenness, closeness and harmonic measure path length
     * @param threads    threads, or null for all cores
     * @param seed       seed for the Leiden communities of every window
     * @param charts     folder for the SVG charts, or null for none
     * @param chartTop   how many persons the rank chart follows
     */
    public record Request(ProjectionFilter filter, Plan plan, boolean datedOnly, PathLength pathLength, Integer threads,
                          long seed, Path charts, int chartTop) {

        public Request {
            if (filter == null || plan == null || pathLength == null) {
                throw new IllegalArgumentException("filter, plan and pathLength are required");
            }
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1");
            }
            if (chartTop < 1) {
                throw new IllegalArgumentException("--top must be at least 1");
            }
            if (plan.windows() != null && (filter.from() != null || filter.to() != null)) {
                throw new IllegalArgumentException("--windows lists the windows itself: it does not combine with --from/--to");
            }
        }

        int threadCount() {
            return threads == null ? NetworkScoringJob.defaultThreads() : threads;
        }

        /** The report rules alone (the span's bounds are applied per window). */
        ProjectionFilter reportRules() {
            return new ProjectionFilter(filter.minGrade(), filter.maxHandling());
        }
    }

    /**
     * @param timeline the timeline
     * @param evidence the release rule and the rule for undated evidence, in words
     * @param charts   the chart files written
     */
    public record Result(Timeline timeline, String evidence, List<Path> charts) {
    }

    private final Auditor auditor;

    public NetworkTimeline(Auditor auditor) {
        this.auditor = auditor;
    }

    /**
     * Builds the timeline, reporting one progress step per window to {@code monitor} and stopping when it is
     * cancelled (nothing written or audited then).
     */
    public Result run(GraphStore store, Request request, Monitor monitor) {
        ProjectionFilter rules = request.reportRules();
        EvidenceSet evidence = new PersonNetworkReader(store).load(rules, PersonNetworkReader.DEFAULT_CROSSING_WINDOW);
        if (request.datedOnly()) {
            evidence = evidence.datedOnly();
        }
        List<TimeWindow> windows = windows(request, evidence);
        NetworkScoringJob.Parameters parameters = new NetworkScoringJob.Parameters(request.threadCount(),
                BetweennessMethod.EXACT, request.seed(), request.pathLength());
        List<ScoredWindow> scored = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            monitor.progress("timeline windows", i, windows.size());
            TimeWindow window = windows.get(i);
            ProjectionFilter inWindow = rules.window(window.from(), window.to());
            PersonNetwork network = linkedOnly(evidence.project(new PersonNetworkProjection(inWindow,
                    ProjectionWeights.DEFAULTS)));
            if (network.graph().vertexSet().isEmpty()) {
                scored.add(new ScoredWindow(window, network, null, null, List.of()));
            } else {
                ScoringResult result = NetworkScoringJob.score(inWindow, network, parameters, monitor.cancellationOnly());
                scored.add(new ScoredWindow(window, network, result.scores(), result.communities(), result.targets()));
            }
        }
        monitor.progress("timeline windows", windows.size(), windows.size());
        Timeline timeline = Timeline.of(scored);
        String described = describe(rules, request.datedOnly());
        List<Path> charts = new ArrayList<>();
        if (request.charts() != null) {
            try {
                charts.addAll(TimelineCharts.write(timeline, request.chartTop(), request.charts()));
                charts.addAll(TimelineFrames.write(scored, described, request.charts()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the charts in " + request.charts() + ": " + e.getMessage(), e);
            }
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        charts.forEach(p -> outputs.put(p.toString(), ScoreEdgeList.sha256(p)));
        auditor.record(store, AuditEvent.of("timeline").with("windows", windows.size())
                .with("first", windows.get(0).label()).with("last", windows.get(windows.size() - 1).label())
                .with("plan", request.plan().describe()).with("datedOnly", request.datedOnly())
                .with("pathLength", request.pathLength().description()).with("seed", request.seed())
                .with("threads", request.threadCount())
                .with("persons", timeline.persons().size())
                .outputs(outputs).release(described));
        return new Result(timeline, described, charts);
    }

    /** The report rules and the rule for undated evidence, in words. */
    static String describe(ProjectionFilter rules, boolean datedOnly) {
        return rules.describe() + "; per window: evidence dated inside it"
                + (datedOnly ? " only (undated evidence left out)" : ", and undated evidence in every window");
    }

    /** The windows asked for, the consecutive ones over the span given or over the dated evidence. */
    static List<TimeWindow> windows(Request request, EvidenceSet evidence) {
        if (request.plan().windows() != null) {
            return request.plan().windows();
        }
        Instant from = request.filter().from();
        Instant to = request.filter().to();
        boolean cut = to != null;
        if (from == null || to == null) {
            Instant[] span = evidence.datedSpan().orElseThrow(() -> new IllegalArgumentException(
                    "no dated evidence (calls, transfers, meetings, crossings) under this release rule: give the span "
                            + "with --from and --to, or the windows with --windows"));
            from = from != null ? from : start(span[0], request.plan().length());
            to = to != null ? to : span[1].atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(1).toInstant();
        }
        return TimeWindows.consecutive(from, to, request.plan().length(), request.plan().step(), cut);
    }

    /**
     * Where consecutive windows start when the span is taken from the evidence: the first of the month of
     * the earliest dated evidence for windows in whole months or years (calendar months), else its day.
     */
    static Instant start(Instant earliest, Period length) {
        var day = earliest.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        boolean calendar = length.getDays() == 0 && length.toTotalMonths() > 0;
        return (calendar ? day.withDayOfMonth(1) : day).toInstant();
    }

    /** The network without persons who have no link in it. */
    static PersonNetwork linkedOnly(PersonNetwork network) {
        Map<String, String> names = new HashMap<>();
        for (PersonLink link : network.links()) {
            names.put(link.source(), network.name(link.source()));
            names.put(link.target(), network.name(link.target()));
        }
        return names.size() == network.graph().vertexSet().size() ? network : PersonNetwork.of(names, network.links());
    }
}

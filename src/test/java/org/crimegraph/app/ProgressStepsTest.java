package org.crimegraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.ProgressListener;
import org.crimegraph.analysis.Termination;
import org.crimegraph.app.export.ExportNetwork;
import org.crimegraph.app.ingest.IngestReports;
import org.crimegraph.app.report.RunReport;
import org.crimegraph.app.run.CompareRuns;
import org.crimegraph.app.run.ScheduledRun;
import org.crimegraph.disruption.RemovalSimulation;
import org.crimegraph.disruption.RemovalStrategy;
import org.crimegraph.export.ExportFormat;
import org.crimegraph.export.NetworkExporter;
import org.crimegraph.graph.Evidence;
import org.crimegraph.graph.EvidenceKind;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.model.ScoringRunRecord;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.ResolutionStore;
import org.crimegraph.store.ScoringRunStore;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long steps of the overnight path report themselves through the one progress interface
 * ({@link ProgressListener}), on a real store loaded with the sample case: the projection read names every
 * evidence kind it reads with its rows, and score --save, export, report and diff name each of their steps
 * with units that count something (persons, formats, curves). Checked by what is reported, not by timing.
 */
class ProgressStepsTest {

    @TempDir
    static Path dir;

    static GraphStore store;
    static Auditor auditor;
    static ScheduledRun.Result first;
    static ScheduledRun.Result second;
    static final Recording scoring = new Recording();
    static final Recording ingesting = new Recording();
    static IngestReports.Result ingest;

    /** One progress call. */
    record Event(String task, long done, long total, String unit) {
        boolean finished() {
            return total >= 0 && done >= total;
        }
    }

    /** Every progress call, in order (heartbeats call from their own thread). */
    static final class Recording implements ProgressListener {
        final List<Event> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void progress(String task, long done, long total) {
            progress(task, done, total, "steps");
        }

        @Override
        public void progress(String task, long done, long total, String unit) {
            assertThat(done).isNotNegative();
            events.add(new Event(task, done, total, unit));
        }

        Monitor monitor() {
            return new Monitor(this, Termination.NONE);
        }

        List<Event> snapshot() {
            synchronized (events) {
                return List.copyOf(events);
            }
        }

        /** The last call that finished {@code task}. */
        Event finished(String task) {
            List<Event> done = snapshot().stream().filter(e -> e.task().equals(task) && e.finished()).toList();
            assertThat(done).as("finished calls of '%s' among %s", task, tasks()).isNotEmpty();
            return done.get(done.size() - 1);
        }

        /** Where {@code task} was first reported. */
        int first(String task) {
            List<Event> all = snapshot();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).task().equals(task)) {
                    return i;
                }
            }
            throw new AssertionError("'" + task + "' was never reported; reported: " + tasks());
        }

        List<String> tasks() {
            return snapshot().stream().map(Event::task).distinct().toList();
        }
    }

    @BeforeAll
    static void loadTheSampleCaseAndSaveTwoRuns() {
        store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("store")));
        auditor = Auditor.of("Progress Test", null, dir.resolve("store"));
        ingest = new IngestReports(auditor).run(store, new IngestReports.Request(
                List.of(Path.of("sample-data")), "GB", ZoneId.of("UTC"), Ingestion.DEFAULT_BATCH_SIZE,
                dir.resolve("rejects.csv")), new PrintStream(OutputStream.nullOutputStream()), ingesting.monitor());
        assertThat(ingest.summary().complete()).isTrue();
        first = new ScheduledRun(auditor).run(store, new ScheduledRun.Request(ProjectionFilter.ALL, 1,
                BetweennessMethod.EXACT, 3, 3, Duration.ofHours(1), null), Monitor.NONE);
        second = new ScheduledRun(auditor).run(store, new ScheduledRun.Request(ProjectionFilter.ALL, 1,
                BetweennessMethod.EXACT, 4, 3, Duration.ofHours(1), null), scoring.monitor());
    }

    @Test
    void theLookForPossibleDuplicatesAfterAnIngestShowsEachRuleWithThePairsItRead() {
        // at a million persons this whole-store read took minutes after the last row was loaded, silently
        String sameName = ResolutionStore.SCAN_TASK + ": same name and birth date";
        String shared = ResolutionStore.SCAN_TASK + ": shared phone, account or vehicle";
        assertThat(ingesting.finished(sameName).unit()).isEqualTo("pairs");
        assertThat(ingesting.finished(shared).unit()).isEqualTo("pairs");
        assertThat(ingesting.first(sameName)).isLessThan(ingesting.first(shared));
        assertThat(ingesting.finished(sameName).done() + ingesting.finished(shared).done())
                .as("pairs read by the two rules, at least the candidates found")
                .isGreaterThanOrEqualTo(ingest.newDuplicates());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theProjectionReadReportsEachEvidenceKindItReadsWithItsRows() {
        Map<String, Long> stored = new TreeMap<>();
        store.read("projection/person-evidence", Map.of(), r -> r.get("kind").asString())
                .forEach(kind -> stored.merge(kind, 1L, Long::sum));
        // calls are read apart (calls.cypher joined with phone-users.cypher in Java); counted here by the
        // node query's statement, which finds each call from both of its ends
        List<String> ids = store.read("projection/persons", Map.of(), r -> r.get("personId").asString());
        long callRows = store.read("query/evidence-of", Map.of("ids", ids, "crossingWindowSeconds", 1800L), r -> r.get("kind").asString()).stream()
                .filter("call"::equals).count();
        assertThat(callRows % 2).isZero();
        stored.put("call", callRows / 2);
        assertThat(stored).as("the sample case has evidence of many kinds").hasSizeGreaterThanOrEqualTo(5);

        Recording reading = new Recording();
        new PersonNetworkReader(store, reading.monitor()).read(ProjectionFilter.ALL);

        Map<String, Long> reported = new TreeMap<>();
        for (EvidenceKind kind : EvidenceKind.values()) {
            String task = PersonNetworkReader.evidenceTask(kind.label());
            if (reading.tasks().contains(task)) {
                Event done = reading.finished(task);
                assertThat(done.unit()).isEqualTo(PersonNetworkReader.EVIDENCE_UNIT);
                reported.put(kind.label(), done.done());
            }
        }
        assertThat(reported).isEqualTo(stored);
        // the kinds that stand in the network are among those reported
        List<Evidence> evidence = new PersonNetworkReader(store).load(ProjectionFilter.ALL,
                PersonNetworkReader.DEFAULT_CROSSING_WINDOW).evidence();
        assertThat(evidence.stream().map(e -> e.kind()).filter(k -> k != EvidenceKind.CROSSING).map(EvidenceKind::label)
                .collect(Collectors.toSet())).isSubsetOf(reported.keySet());
        // reports and persons before the evidence, then the network is built
        Event persons = reading.finished(PersonNetworkReader.TASK + ": persons");
        assertThat(persons.unit()).isEqualTo("persons");
        assertThat(persons.done()).isEqualTo(store.read("projection/persons", Map.of(), r -> 1).size());
        assertThat(reading.first(PersonNetworkReader.TASK + ": reports"))
                .isLessThan(reading.first(PersonNetworkReader.TASK + ": persons"));
        assertThat(reading.first(PersonNetworkReader.TASK + ": persons"))
                .isLessThan(reading.first(PersonNetworkReader.evidenceTask(stored.keySet().iterator().next())));
        assertThat(reading.first(PersonNetworkReader.evidenceTask("call")))
                .isLessThan(reading.first(PersonNetworkReader.BUILD_TASK));
        reading.finished(PersonNetworkReader.BUILD_TASK);
    }

    @Test
    void aSavedRunReportsItsProjectionItsMeasuresAndItsWriteBackInPersons() {
        assertThat(scoring.tasks()).contains(PersonNetworkReader.evidenceTask("call"), PersonNetworkReader.BUILD_TASK,
                org.crimegraph.analysis.NetworkScoring.CORE_TASK,
                org.crimegraph.analysis.NetworkScoring.ARTICULATION_TASK,
                org.crimegraph.analysis.community.Leiden.TASK);
        Event written = scoring.finished(ScoringRunStore.WRITE_TASK);
        assertThat(written.unit()).isEqualTo("persons");
        assertThat(written.done()).isEqualTo(second.saved().results().size()).isPositive();
        assertThat(scoring.first(PersonNetworkReader.BUILD_TASK))
                .isLessThan(scoring.first(org.crimegraph.analysis.NetworkScoring.CORE_TASK));
        assertThat(scoring.first(org.crimegraph.analysis.NetworkScoring.CORE_TASK))
                .isLessThan(scoring.first(ScoringRunStore.WRITE_TASK));
    }

    @Test
    void theReportReportsEachOfItsSteps() {
        Recording report = new Recording();
        ScoringRunRecord run = second.saved().run();
        new RunReport(auditor).run(store, new RunReport.Request(run.runId(), dir.resolve("report.html"), 10, true),
                report.monitor());

        Event steps = report.finished(RunReport.TASK);
        assertThat(steps.total()).isEqualTo(RunReport.STEPS.size());
        assertThat(steps.unit()).isEqualTo("steps");
        Event read = report.finished(ScoringRunStore.readTask(run.runId()));
        assertThat(read.done()).isEqualTo(run.input().persons());
        assertThat(read.unit()).isEqualTo("persons");
        Event curves = report.finished(RunReport.CURVES_TASK);
        assertThat(curves.unit()).isEqualTo("curves");
        assertThat(curves.done()).isEqualTo(5); // degree, betweenness, articulation, random, key players
        report.finished(RemovalSimulation.task(RemovalStrategy.DEGREE));
        // in order, each once: the run, one projection for both sections, the picture, the curves, the HTML
        List<Integer> order = List.of(report.first(ScoringRunStore.readTask(run.runId())),
                report.first(PersonNetworkReader.BUILD_TASK), report.first(RunReport.PICTURE_TASK),
                report.first(RunReport.INDEX_TASK), report.first(RunReport.CURVES_TASK),
                report.first(RunReport.WRITE_TASK));
        assertThat(order).isSorted();
        assertThat(report.snapshot().stream().filter(e -> e.task().equals(PersonNetworkReader.BUILD_TASK)
                && e.finished())).hasSize(1);
        report.finished(RunReport.WRITE_TASK);
    }

    @Test
    void theDiffReportsReadingEachRunInPersonsThenTheComparison() {
        Recording diff = new Recording();
        String a = first.saved().run().runId();
        String b = second.saved().run().runId();
        new CompareRuns(auditor).run(store, new CompareRuns.Request(a, b, 10, 10), diff.monitor());

        Event before = diff.finished(CompareRuns.readTask(a, 1));
        assertThat(before.unit()).isEqualTo("persons");
        assertThat(before.done()).isEqualTo(first.saved().run().input().persons()).isPositive();
        Event after = diff.finished(CompareRuns.readTask(b, 2));
        assertThat(after.done()).isEqualTo(second.saved().run().input().persons());
        diff.finished(CompareRuns.COMPARE_TASK);
        assertThat(List.of(diff.first(CompareRuns.readTask(a, 1)), diff.first(CompareRuns.readTask(b, 2)),
                diff.first(CompareRuns.COMPARE_TASK))).isSorted();
    }

    @Test
    void anExportOfASavedRunCountsFormatsAndNamesEachFormatAndTheManifest() {
        Recording export = new Recording();
        new ExportNetwork(auditor, export.monitor()).run(store, new ExportNetwork.Request(ProjectionFilter.ALL,
                EnumSet.of(ExportFormat.CSV, ExportFormat.GRAPHML), dir.resolve("export"), second.saved().run().runId(), null,
                new ExportNetwork.ScoredNow(0, 1, org.crimegraph.analysis.BetweennessMethod.EXACT), false, null));

        Event formats = export.finished(NetworkExporter.TASK);
        assertThat(formats.unit()).isEqualTo("formats");
        assertThat(formats.done()).isEqualTo(2);
        Event graphml = export.finished(NetworkExporter.formatTask(ExportFormat.GRAPHML, 2, 2));
        assertThat(graphml.unit()).isEqualTo("MB written");
        export.finished(NetworkExporter.formatTask(ExportFormat.CSV, 1, 2));
        export.finished(NetworkExporter.MANIFEST_TASK);
        assertThat(List.of(export.first(PersonNetworkReader.BUILD_TASK), export.first(ExportNetwork.MATCH_TASK),
                export.first(ExportNetwork.ORDER_TASK), export.first(NetworkExporter.TASK))).isSorted();
        assertThat(export.tasks()).contains(PersonNetworkReader.evidenceTask("call"),
                ScoringRunStore.readTask(second.saved().run().runId()));
        assertThat(export.first(PersonNetworkReader.BUILD_TASK))
                .isLessThan(export.first(NetworkExporter.formatTask(ExportFormat.CSV, 1, 2)));
    }
}

package org.crimegraph.app.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crimegraph.files.PrivateFiles;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.Alert;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.text.Json;

/** The JSON summary of a saved run ({@code score --save --summary FILE}), for schedulers and dashboards. */
final class RunSummaryFile {

    private RunSummaryFile() {
    }

    /** Writes the summary next to its final name and moves it into place, so a reader never sees half a file. */
    static void write(SavedRun saved, List<Alert> alerts, Path file) {
        try {
            Path absolute = file.toAbsolutePath();
            PrivateFiles.createDirectories(absolute.getParent());
            Path temp = Files.createTempFile(absolute.getParent(), ".summary", ".tmp");
            Json.mapper().writeValue(PrivateFiles.newOutputStream(temp), summary(saved, alerts));
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run summary " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> summary(SavedRun saved, List<Alert> alerts) {
        var run = saved.run();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("runId", run.runId());
        summary.put("status", "complete");
        summary.put("startedAt", run.timing().startedAt().toString());
        summary.put("finishedAt", run.timing().finishedAt().toString());
        summary.put("scoringSeconds", Duration.between(run.timing().startedAt(), run.timing().finishedAt()).toMillis() / 1000.0);
        summary.put("version", run.setup().version());
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.putAll(run.setup().rules());
        parameters.put("communities", run.setup().communities());
        parameters.put("mode", RunModeJson.of(run.setup().mode()));
        summary.put("parameters", parameters);
        if (run.timing().steps() != null) {
            summary.put("stepSeconds", run.timing().steps().asMap());
        }
        summary.put("inputCounts", run.input().inputCounts());
        summary.put("persons", run.input().persons());
        summary.put("links", run.input().links());
        summary.put("componentSizes", run.input().componentSizes());
        summary.put("articulationPoints", saved.results().stream().filter(PersonResult::articulationPoint)
                .map(PersonResult::personId).sorted().toList());
        summary.put("keyPlayers", saved.results().stream().filter(PersonResult::keyPlayer)
                .map(PersonResult::personId).sorted().toList());
        summary.put("communities", saved.results().stream().map(PersonResult::community)
                .filter(Objects::nonNull).distinct().count());
        summary.put("unstableMemberships", saved.results().stream().filter(r -> r.place().unstableCommunity())
                .map(PersonResult::personId).sorted().toList());
        summary.put("topTargets", saved.results().stream().filter(r -> r.rank() != null && r.rank() <= 10)
                .map(r -> {
                    Map<String, Object> t = new LinkedHashMap<>();
                    t.put("rank", r.rank());
                    t.put("id", r.personId());
                    t.put("name", r.name());
                    t.put("score", r.score());
                    return t;
                }).toList());
        summary.put("alerts", alerts.stream().map(Alert::fields).toList());
        summary.put("auditLog", run.audit().log());
        summary.put("auditHash", run.audit().hash());
        summary.put("heapUsedBytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        return summary;
    }
}

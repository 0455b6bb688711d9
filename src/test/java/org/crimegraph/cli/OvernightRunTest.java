package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code score --save --export DIR --report FILE}: the run's export and report from the network the run
 * read are the files {@code export --run RUN} and {@code report RUN} write afterwards, byte for byte but for
 * the times and the audit head in them, and each is audited as its own command audits it.
 */
class OvernightRunTest extends SampleStoreTest {

    private static final String FORMATS = "csv,graphml,gexf,json,i2,dl,svg";

    @Test
    void theRunsExportAndReportAreWhatExportAndReportWriteAfterIt() throws IOException {
        Path together = dir.resolve("together");
        Path report = dir.resolve("together.html");
        CliTest.Run score = CliTest.run("score", "--save", "--threads", "1", "--export", together.toString(),
                "--export-format", FORMATS, "--report", report.toString(), "--store", store.toString());
        assertThat(score.code()).as(score.err()).isZero();
        assertThat(score.err()).contains("saved scoring run ").contains("wrote " + together.resolve("manifest.json"))
                .contains("wrote " + report);
        String runId = score.err().replaceAll("(?s).*saved scoring run (\\S+) .*", "$1");

        Path apart = dir.resolve("apart");
        Path reportApart = dir.resolve("apart.html");
        CliTest.Run export = CliTest.run("export", "--run", runId, "--format", FORMATS, "--out", apart.toString(),
                "--store", store.toString());
        assertThat(export.code()).as(export.err()).isZero();
        CliTest.Run again = CliTest.run("report", runId, "--out", reportApart.toString(), "--store", store.toString());
        assertThat(again.code()).as(again.err()).isZero();

        List<String> names = files(apart);
        assertThat(files(together)).isEqualTo(names).contains("nodes.csv", "network.graphml", "i2-links.csv",
                "network.svg", "manifest.json");
        for (String name : names) {
            assertThat(masked(together.resolve(name))).as(name).isEqualTo(masked(apart.resolve(name)));
        }
        assertThat(masked(report)).isEqualTo(masked(reportApart));

        // audited as export and report: the run's export and report each have their line, after the run's
        List<String> commands = Files.readAllLines(store.resolve("audit.jsonl")).stream()
                .map(line -> line.replaceAll("^\\{\"ts\":\"[^\"]*\",\"action\":\"([^\"]+)\".*", "$1")).toList();
        int scored = commands.lastIndexOf("score");
        assertThat(commands.subList(scored, commands.size())).startsWith("score", "export", "report");
    }

    @Test
    void exportAndReportNeedSave() {
        CliTest.Run run = CliTest.run("score", "--report", dir.resolve("r.html").toString(), "--store",
                store.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("add --save");
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The file with times (ISO instants) and hashes of the audit head masked. */
    private static String masked(Path file) throws IOException {
        return Files.readString(file)
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<time>")
                .replaceAll("\"auditHead\"\\s*:\\s*\"[^\"]*\"", "\"auditHead\":\"<head>\"");
    }
}

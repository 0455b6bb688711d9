package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --max-rejects} (exit code 3, rejects file, rows already written kept), {@code --type},
 * and {@code resolve list|confirm|undo} through the command line, on one embedded store.
 */
class IngestAndResolveCommandTest {

    @TempDir
    Path dir;

    @Test
    void maxRejectsExitsWithBadInputAndResolveDecisionsAreRecorded() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("reports.csv"), String.join("\n",
                "reportId,agency,receivedAt,caseId,grade,handling,summary,scheme",
                "R1,NCA,,,1B,P,ok,", "R2,Europol,,,B2,C,partner,admiralty", "R3,NCA,,,Z9,P,bad,", ""), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("people.txt"), String.join("\n",
                "reportId,personId,name,aliases,dob,nationality,source_system",
                "R1,A1,Jean Dupont,,1980-01-01,FR,RMS", "R2,A2,Jean Dupont,,1980-01-01,FR,RMS", ""), StandardCharsets.UTF_8);
        String store = dir.resolve("db").toString();
        Path rejects = dir.resolve("rejects.csv");

        CliTest.Run strict = CliTest.run("ingest", in.resolve("reports.csv").toString(), "--store", store,
                "--rejects", rejects.toString(), "--max-rejects", "0", "--analyst", "tester");
        assertThat(strict.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(strict.err()).contains("1 rows rejected, more than --max-rejects 0");
        assertThat(strict.out()).contains("STOPPED");
        assertThat(Files.readAllLines(rejects)).hasSize(2).last().asString().contains(",4,grade,Z9,");

        CliTest.Run typed = CliTest.run("ingest", in.resolve("people.txt").toString(), "--type", "persons",
                "--store", store, "--rejects", rejects.toString(), "--analyst", "tester").ok();
        assertThat(typed.out()).contains("1 new possible duplicate person pairs");
        CliTest.Run again = CliTest.run("ingest", in.resolve("people.txt").toString(), "--type", "persons",
                "--store", store, "--rejects", rejects.toString(), "--analyst", "tester").ok();
        assertThat(again.out()).as("a file loaded before is not reported with a load rate")
                .contains("already loaded", "2 rows read, all already loaded by an earlier run (nothing written)")
                .doesNotContain("rows/s").doesNotContain("new possible duplicate");

        CliTest.Run list = CliTest.run("resolve", "list", "--store", store);
        assertThat(list.out()).contains("A1", "A2", "same-name-dob", "open");
        CliTest.Run confirm = CliTest.run("resolve", "confirm", "A2", "A1", "--store", store, "--analyst", "j.bloggs");
        assertThat(confirm.code()).isEqualTo(ExitCodes.OK);
        assertThat(CliTest.run("resolve", "list", "--status", "confirmed", "--store", store).out()).contains("j.bloggs");
        assertThat(CliTest.run("resolve", "undo", "A1", "A2", "--store", store, "--analyst", "j.bloggs").out())
                .contains("undone (was confirmed)");
        assertThat(CliTest.run("resolve", "undo", "A1", "A2", "--store", store).code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliTest.run("resolve", "history", "--store", store).out()).contains("confirm", "undo confirmed");
        assertThat(Files.readString(dir.resolve("db/audit.jsonl"))).contains("resolve confirm", "j.bloggs");
    }
}

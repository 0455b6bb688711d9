package org.crimegraph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    @TempDir
    Path dir;

    private AuditLog logWithThreeEntries() {
        AuditLog log = new AuditLog(dir.resolve("audit.jsonl"), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        for (String action : List.of("ingest", "score", "export")) {
            log.append(new AuditEntry(action, "analyst", Map.of("k", action), List.of("in"), Map.of("out", "abc"), "rule"));
        }
        return log;
    }

    @Test
    void eachLinePointsAtTheHashOfTheLineBefore() throws Exception {
        AuditLog log = logWithThreeEntries();
        List<String> lines = Files.readAllLines(log.file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"prev\":\"" + AuditLog.GENESIS + "\"");
        assertThat(lines.get(1)).contains("\"prev\":\"" + AuditLog.sha256(lines.get(0)) + "\"");
        assertThat(lines.get(2)).contains("\"prev\":\"" + AuditLog.sha256(lines.get(1)) + "\"");
        assertThat(log.verify()).isNull();
    }

    @Test
    void aRemovedLineBreaksTheChain() throws Exception {
        AuditLog log = logWithThreeEntries();
        List<String> lines = new ArrayList<>(Files.readAllLines(log.file(), StandardCharsets.UTF_8));
        lines.remove(1);
        Files.write(log.file(), lines, StandardCharsets.UTF_8);
        assertThat(log.verify()).contains("line 2").contains("chain broken");
    }
}

package org.crimegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crimegraph.audit.AuditEntry;
import org.crimegraph.audit.AuditLog;
import org.crimegraph.ingest.Reject;
import org.crimegraph.ingest.RejectsFile;
import org.crimegraph.files.PrivateFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case data on disk is private to its owner: folders 0700, files 0600 ({@link PrivateFiles}). */
class PrivateCaseFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        assumeTrue(System.getenv(PrivateFiles.GROUP_READABLE_ENV) == null, "group-readable mode chosen in this environment");
    }

    @Test
    void exportsAuditLogsAndRejectsAreOwnerOnly() throws IOException {
        new NetworkExporter().write(ExportFixture.export(), EnumSet.allOf(ExportFormat.class), dir.resolve("new/exports"),
                Instant.parse("2025-01-01T00:00:00Z"));
        new AuditLog(dir.resolve("logs/audit.jsonl"), Clock.systemUTC())
                .append(new AuditEntry("test", "me", Map.of(), List.of(), Map.of(), ""));
        RejectsFile.write(dir.resolve("rejects/rejects.csv"), List.of(new Reject("f.csv", 2, "name", "x", "too long")));
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(p -> !p.equals(dir)).toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                        .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
    }

    @Test
    void anExistingFileIsMadePrivateWhenRewrittenAndAnExistingFolderIsLeftAlone() throws IOException {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.writeString(shared.resolve("old.csv"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        PrivateFiles.writeString(file, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        PrivateFiles.createDirectories(shared);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxr-xr-x");
        assertThat(Files.readString(file)).isEqualTo("new");
    }
}

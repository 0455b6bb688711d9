package org.crimegraph.audit;

import org.crimegraph.text.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.crimegraph.files.PrivateFiles;

/**
 * An append-only JSON Lines audit log. Each line carries {@code prev}, the SHA-256 of the line before
 * it (the first line's is 64 zeros), so editing or deleting a line breaks the chain and
 * {@link #verify} finds where. Appends take a file lock, so concurrent processes cannot interleave.
 */
public final class AuditLog {

    /** The {@code prev} of the first line. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = Json.lines();

    private final Path file;
    private final Clock clock;

    public AuditLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The log file. */
    public Path file() {
        return file;
    }

    /** One line of the log: its SHA-256 and the store it was written for (null: an action without a store). */
    public record Line(String hash, String store) {
    }

    /** Appends one entry of an action without a store; see {@link #append(AuditEntry, String)}. */
    public String append(AuditEntry entry) {
        return append(entry, null);
    }

    /**
     * Appends one entry, chained to the last line, naming the store it was written for ({@code store}, the
     * store's identity, or null); returns the SHA-256 of the line written (the new head). The file and
     * its folder are created private ({@link PrivateFiles}).
     */
    public String append(AuditEntry entry, String store) {
        try {
            try (FileChannel channel = PrivateFiles.openChannel(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                String prev = lastLineHash(channel);
                ObjectNode line = JSON.createObjectNode();
                line.put("ts", clock.instant().toString());
                line.put("action", entry.action());
                line.put("analyst", entry.analyst());
                line.set("parameters", JSON.valueToTree(entry.parameters()));
                line.set("inputs", JSON.valueToTree(entry.inputs()));
                line.set("outputs", JSON.valueToTree(entry.outputs()));
                line.put("releaseRule", entry.releaseRule());
                if (store != null) {
                    line.put("store", store);
                }
                line.put("prev", prev);
                String text = JSON.writeValueAsString(line);
                byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
                channel.position(channel.size());
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
                return sha256(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to audit log " + file, e);
        }
    }

    /** SHA-256 of the newest line (the chain head), or {@link #GENESIS} if the log is empty or missing. */
    public String head() {
        if (!Files.exists(file)) {
            return GENESIS;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return lastLineHash(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit log " + file, e);
        }
    }

    /** The key under which a store anchors this log when it is not the store's own log: its absolute, normalised path. */
    public String key() {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * Every line's SHA-256 and store, in order (the chain is not checked here: see {@link #verify}).
     * Empty if the log does not exist. A line that is not JSON counts as written for no store.
     */
    public List<Line> lines() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Line> lines = new java.util.ArrayList<>();
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String store = null;
                try {
                    var node = JSON.readTree(text).path("store");
                    store = node.isTextual() ? node.asText() : null;
                } catch (IOException notJson) {
                    // verify() names it; here it is just a line
                }
                lines.add(new Line(sha256(text), store));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit log " + file, e);
        }
    }

    /** Checks the chain; returns null if intact, else a message naming the first broken line. */
    public String verify() {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String expected = GENESIS;
            for (int i = 0; i < lines.size(); i++) {
                String prev = JSON.readTree(lines.get(i)).path("prev").asText();
                if (!prev.equals(expected)) {
                    return file + ": line " + (i + 1) + ": chain broken (line " + i + " was changed or removed)";
                }
                expected = sha256(lines.get(i));
            }
            return null;
        } catch (IOException e) {
            return file + ": unreadable: " + e.getMessage();
        }
    }

    /** Hash of the last line, reading backwards from the end in blocks (the log may be large). */
    private static String lastLineHash(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return GENESIS;
        }
        long end = size;
        java.io.ByteArrayOutputStream reversed = new java.io.ByteArrayOutputStream();
        java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
        // skip the final newline, then collect bytes back to the previous newline
        boolean skippedFinalNewline = false;
        for (long position = end - 1; position >= 0; position--) {
            one.clear();
            channel.read(one, position);
            byte b = one.get(0);
            if (b == '\n') {
                if (!skippedFinalNewline && position == end - 1) {
                    skippedFinalNewline = true;
                    continue;
                }
                break;
            }
            reversed.write(b);
        }
        byte[] bytes = reversed.toByteArray();
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
            byte swap = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = swap;
        }
        return sha256(new String(bytes, StandardCharsets.UTF_8));
    }

    /** SHA-256 of a string's UTF-8 bytes, in hex. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

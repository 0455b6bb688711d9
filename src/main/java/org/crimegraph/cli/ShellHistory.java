package org.crimegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.crimegraph.files.PrivateFiles;

/**
 * The shell's history file: one command line per line, kept private ({@link PrivateFiles}: {@code 0600} in a
 * {@code 0700} folder) because a command line holds person ids, names and phone numbers. The shell loads the last
 * {@value #KEEP} lines at start and appends each line as it is entered; a file grown past twice that is cut back
 * to the last {@value #KEEP} lines when the shell starts.
 */
final class ShellHistory {

    /** How many lines the shell keeps. */
    static final int KEEP = 1000;

    private final Path file;

    ShellHistory(Path file) {
        this.file = file;
    }

    /** The default file: {@code ~/.crimegraph/shell-history} (HOME from the environment). */
    static Path defaultFile(Environment environment) {
        String home = environment.variables().getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".crimegraph", "shell-history");
    }

    Path file() {
        return file;
    }

    /** The last {@value #KEEP} lines, oldest first (none if there is no file yet); trims an overgrown file. */
    List<String> load() {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            PrivateFiles.restrict(file);
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> kept = lines.subList(Math.max(0, lines.size() - KEEP), lines.size());
            if (lines.size() > 2 * KEEP) {
                PrivateFiles.writeString(file, String.join("\n", kept) + "\n");
            }
            return List.copyOf(kept);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shell history " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends one entered line (a line break inside it becomes a space). */
    void append(String line) {
        byte[] bytes = (line.replace('\n', ' ').replace('\r', ' ') + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = PrivateFiles.openChannel(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the shell history " + file + ": " + e.getMessage(), e);
        }
    }
}

package org.crimegraph.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one way crimegraph creates files and folders that hold case data (the store, the audit log,
 * rejects files, exports, reports): folders {@code rwx------} (0700) and files {@code rw-------} (0600),
 * so no other local user can read them. Folders that already exist and are not crimegraph's own (an
 * export's parent, the working folder) are left as they are.
 *
 * <p>Opt-out: with the environment variable {@value #GROUP_READABLE_ENV}{@code =1} the group may read
 * too (folders 0750, files 0640), for a team sharing a Unix group. Nothing is ever world-readable. On
 * file systems without POSIX permissions (Windows) the folder's own access rules apply.
 */
public final class PrivateFiles {

    /** Environment variable that lets the owner's group read case data. */
    public static final String GROUP_READABLE_ENV = "CRIMEGRAPH_GROUP_READABLE";

    private static final boolean GROUP = "1".equals(System.getenv(GROUP_READABLE_ENV));
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString(GROUP ? "rwxr-x---" : "rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString(GROUP ? "rw-r-----" : "rw-------");

    private PrivateFiles() {
    }

    /** The permissions of a case-data folder. */
    public static Set<PosixFilePermission> folderPermissions() {
        return FOLDER;
    }

    /** The permissions of a case-data file. */
    public static Set<PosixFilePermission> filePermissions() {
        return FILE;
    }

    /** Creates {@code folder} and any missing parents as private folders; existing ones are left alone. */
    public static Path createDirectories(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return folder;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            if (posix(parent)) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
                Files.setPosixFilePermissions(absolute, FOLDER); // the umask may have removed owner bits
            } else {
                Files.createDirectory(absolute);
            }
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(absolute)) {
                throw raced;
            }
        }
        return folder;
    }

    /** Makes an existing file or folder of crimegraph's own private (0600 or 0700). */
    public static void restrict(Path path) throws IOException {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(path) && posix(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    /** {@link #restrict} on a folder and everything under it (Neo4j's own logs, for example). */
    public static void restrictTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                restrict(path);
            }
        }
    }

    /**
     * Opens {@code file} for writing from the start (truncating), creating it, and missing folders, private.
     * Buffered (64 KiB): the XML and JSON writers write a few bytes at a time, and an unbuffered file stream
     * makes each a system call (a 300 MB GEXF file took minutes).
     */
    public static OutputStream newOutputStream(Path file) throws IOException {
        create(file);
        return new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    /** As {@link #newOutputStream}, as UTF-8 text. */
    public static Writer newWriter(Path file) throws IOException {
        create(file);
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Writes {@code text} as UTF-8, replacing the file, which is created private. */
    public static void writeString(Path file, CharSequence text) throws IOException {
        create(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Opens a channel on {@code file} with {@code options}, creating it (and missing folders) private. */
    public static FileChannel openChannel(Path file, OpenOption... options) throws IOException {
        create(file);
        return FileChannel.open(file, options);
    }

    /** Creates {@code file} private if it does not exist; makes it private if it does. */
    private static void create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        if (!posix(parent)) {
            return;
        }
        try {
            FileAttribute<Set<PosixFilePermission>> attribute = PosixFilePermissions.asFileAttribute(FILE);
            Files.createFile(file, attribute);
        } catch (FileAlreadyExistsException exists) {
            restrict(file);
        }
    }

    /**
     * Deletes {@code folder} and everything in it, deepest first (a staging folder, a demo's work folder,
     * an extracted copy); a folder that does not exist is left so.
     */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static boolean posix(Path path) {
        Path probe = path == null ? Path.of("").toAbsolutePath() : path;
        return probe.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}

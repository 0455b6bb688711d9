package org.crimegraph.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/**
 * Case files are private on disk: folders {@code rwx------} (0700), files {@code rw-------} (0600), set when
 * they are created so that no other user can open them even for a moment. On a file system without POSIX
 * permissions (Windows) the platform's defaults apply.
 */
final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates {@code dir} (and missing parents) as 0700; an existing folder is made 0700. */
    static void directory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            if (POSIX) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            return;
        }
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Opens a new file (replacing an existing one) readable and writable by its owner only. */
    static OutputStream newFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        FileAttribute<?>[] attributes = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        return Channels.newOutputStream(Files.newByteChannel(file,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes));
    }
}

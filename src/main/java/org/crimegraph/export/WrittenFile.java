package org.crimegraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file an export wrote and the SHA-256 of its content, for the manifest and the caller's audit log.
 *
 * @param path   the file
 * @param sha256 SHA-256 of its bytes, 64 lower-case hex digits
 */
public record WrittenFile(Path path, String sha256) {

    /** Hashes a file as it is now on disk. */
    public static WrittenFile hash(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return new WrittenFile(path, HexFormat.of().formatHex(digest.digest()));
    }
}

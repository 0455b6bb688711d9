package org.crimegraph.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crimegraph.files.PrivateFiles;

/**
 * The sample case that ships inside the jar (Maven copies {@code sample-data/} to the class path under
 * {@value #RESOURCE}), so that {@code demo} works from any folder. It is extracted to a private temporary
 * folder (owner-only) for one demo and removed afterwards.
 */
public final class SampleCase {

    /** Where the sample case lives on the class path. */
    static final String RESOURCE = "crimegraph/sample-data";

    private SampleCase() {
    }

    /**
     * Copies the bundled sample case into a new private temporary folder.
     *
     * @throws IllegalStateException if this build carries no sample case
     */
    public static Path extract() {
        URL url = SampleCase.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("this crimegraph build carries no sample case; pass --data DIR");
        }
        try {
            Path target = Files.createTempDirectory("crimegraph-sample-",
                    PosixFilePermissions.asFileAttribute(PrivateFiles.folderPermissions()));
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(jar.provider().getPath(uri), target);
                } catch (FileSystemAlreadyExistsException open) {
                    copy(Path.of(uri), target);
                }
            } else {
                copy(Path.of(uri), target);
            }
            return target;
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException("cannot extract the bundled sample case: " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path to = target;
            for (Path part : source.relativize(file)) {
                to = to.resolve(part.toString());
            }
            PrivateFiles.createDirectories(to.getParent());
            try (InputStream in = Files.newInputStream(file); var out = PrivateFiles.newOutputStream(to)) {
                in.transferTo(out);
            }
        }
    }

    /** Removes an extracted copy. */
    public static void remove(Path folder) {
        try {
            PrivateFiles.deleteTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder + ": " + e.getMessage(), e);
        }
    }
}

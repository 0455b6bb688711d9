package org.crimegraph.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crimegraph.chart.NetworkPicture;
import org.crimegraph.files.PrivateFiles;

/**
 * Writes the pictures of the exported person network ({@link NetworkPicture}): {@code network.svg}, and above
 * {@value NetworkPicture#FULL_UP_TO} linked persons {@code network.svg} around the top targets plus
 * {@code community-map.svg}. The network is the export's, already restricted by its release rule; the
 * rule is written into each picture's caption. Layout seed {@value #SEED}, so the same export draws the same.
 */
final class SvgNetworkWriter {

    /** File name of the person picture. */
    static final String FILE = "network.svg";
    /** Layout seed. */
    static final long SEED = 1;

    private SvgNetworkWriter() {
    }

    static List<Path> write(NetworkExport export, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (NetworkPicture.Picture picture : NetworkPicture.of(export.network(), export.persons(),
                export.releaseRule(), SEED)) {
            Path file = dir.resolve(picture.id().equals("community-map") ? "community-map.svg" : FILE);
            try (Writer out = PrivateFiles.newWriter(file)) {
                out.write(picture.document());
            }
            files.add(file);
        }
        return files;
    }
}

package org.crimegraph.app.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.analysis.timeline.ScoredWindow;
import org.crimegraph.chart.NetworkFrames;
import org.crimegraph.chart.NetworkPicture;
import org.crimegraph.files.PrivateFiles;

/**
 * The timeline's network frames ({@code timeline --charts DIR}): one SVG a window, {@code frame-01.svg} …,
 * every frame on the same layout ({@link NetworkFrames}), seed {@value #SEED}.
 */
final class TimelineFrames {

    /** Layout seed. */
    static final long SEED = 1;

    private TimelineFrames() {
    }

    /** Writes one frame a window into {@code folder} (created private if missing); returns the files written. */
    static List<Path> write(List<ScoredWindow> scored, String releaseRule, Path folder) throws IOException {
        PrivateFiles.createDirectories(folder);
        List<NetworkFrames.Frame> frames = new ArrayList<>(scored.size());
        for (ScoredWindow window : scored) {
            Map<String, Integer> communities = new HashMap<>();
            Set<String> articulation = new HashSet<>();
            if (!window.empty()) {
                for (VertexScore<String> s : window.scores().scores()) {
                    communities.put(s.vertex(), window.communities().communityOf(s.index()));
                    if (s.articulationPoint()) {
                        articulation.add(s.vertex());
                    }
                }
            }
            frames.add(new NetworkFrames.Frame(window.window().label(), window.network(), communities,
                    window.targets().stream().map(Target::personId).toList(), articulation));
        }
        List<Path> files = new ArrayList<>();
        for (NetworkPicture.Picture picture : NetworkFrames.of(frames, releaseRule, SEED)) {
            Path file = folder.resolve(picture.id() + ".svg");
            PrivateFiles.writeString(file, picture.document());
            files.add(file);
        }
        return files;
    }
}

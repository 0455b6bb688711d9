package org.crimegraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * python-igraph 0.10.2 (Debian's {@code python3-igraph}, run by {@code /usr/bin/python3}) as a benchmark
 * peer: {@code scripts/bench_igraph.py} loads the edge list, then times only the algorithm calls.
 */
final class IgraphPeer {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path SCRIPT = Path.of("scripts/bench_igraph.py");

    /** One timed call. */
    record Timing(double wallSeconds, double cpuSeconds, String note) {
    }

    private IgraphPeer() {
    }

    /** Whether python-igraph can be run here. */
    static String unavailableReason() {
        if (!Files.isExecutable(PYTHON)) {
            return PYTHON + " not found";
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import igraph; print(igraph.__version__)")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? null : "python-igraph missing: " + out;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Runs the measures on the edge list (integer ids 0..n-1) and returns their timings by measure. */
    static Map<String, Timing> run(Path edges, int vertexCount, List<String> measures) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), SCRIPT.toString(), edges.toString(),
                Integer.toString(vertexCount)));
        command.addAll(measures);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("igraph benchmark failed (exit " + p.exitValue() + ")");
        }
        JsonNode json = new ObjectMapper().readTree(out);
        Map<String, Timing> timings = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> timings.put(e.getKey(), new Timing(e.getValue().get("seconds").asDouble(),
                e.getValue().get("cpu").asDouble(), e.getValue().get("note").asText())));
        return timings;
    }
}

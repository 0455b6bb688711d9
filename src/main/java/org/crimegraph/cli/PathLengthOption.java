package org.crimegraph.cli;

import java.util.List;
import java.util.Locale;
import org.crimegraph.graph.PathLength;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code --path-length hops|inverse-weight}: how the commands that use distances (score, node, disrupt,
 * path, timeline) measure the length of a path. Each command keeps its own default when the option is
 * not given ({@link #or}): inverse weight for the scoring commands (store data and {@code --edges} alike),
 * hops for {@code path}.
 */
public final class PathLengthOption {

    /** The values the option accepts, for help and completion. */
    static final class Values implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("hops", "inverse-weight").iterator();
        }
    }

    /** Reads {@code hops} or {@code inverse-weight}. */
    static final class Converter implements ITypeConverter<PathLength> {
        @Override
        public PathLength convert(String value) {
            return parse(value);
        }
    }

    @Option(names = "--path-length", paramLabel = "HOW", converter = Converter.class, completionCandidates = Values.class,
            description = "How betweenness, closeness, harmonic and paths measure length: inverse-weight (a link of "
                    + "weight w has length 1/w, strong tie = short link) or hops (every link 1, as NetworkX and "
                    + "UCINET by default). Default: inverse-weight; for 'path', hops.")
    PathLength chosen;

    /** The length asked for, or {@code fallback} (the command's default) when the option was not given. */
    public PathLength or(PathLength fallback) {
        return chosen == null ? fallback : chosen;
    }

    /** {@code hops} or {@code inverse-weight} (case-insensitive). */
    static PathLength parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "hops" -> PathLength.HOPS;
            case "inverse-weight" -> PathLength.INVERSE_WEIGHT;
            default -> throw new IllegalArgumentException("--path-length must be hops or inverse-weight, not '" + value + "'");
        };
    }
}

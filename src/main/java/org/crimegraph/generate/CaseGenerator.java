package org.crimegraph.generate;

import org.crimegraph.files.PrivateFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.crimegraph.ingest.ProgressLine;

/**
 * Writes a seeded synthetic case (see {@link CaseStructure} for its shape) as the CSV files of
 * {@code docs/input-formats.md}, one file at a time, row by row: memory holds the network's structure (a few
 * tens of bytes per person and per call pair) and one row, never a file. Every random choice comes from
 * {@link SplittableRandom} streams split off the seed in a fixed order, and nothing reads the clock, so the
 * same options give byte-identical files.
 */
public final class CaseGenerator {

    /** Two vehicles crossing at one place within this many seconds "crossed together" (the projection's default). */
    static final long CROSSING_WINDOW_SECONDS = 30 * 60;
    /** Share of calls that go to hub numbers. */
    static final double HUB_CALL_SHARE = 0.08;

    private final GenerateOptions options;
    private final Path dir;
    private final PrintStream progress;
    private final boolean terminal;
    private final List<GenerateSummary.FileWritten> written = new ArrayList<>();

    /**
     * @param options  what to generate
     * @param dir      the folder to write into (created 0700 if missing)
     * @param progress where progress lines go (stderr), or a null stream
     * @param terminal true to draw progress bars in place
     */
    public CaseGenerator(GenerateOptions options, Path dir, PrintStream progress, boolean terminal) {
        this.options = options;
        this.dir = dir;
        this.progress = progress;
        this.terminal = terminal;
    }

    /** The file names written, in load order. */
    public static final List<String> FILES = List.of("reports", "persons", "locations", "addresses", "phones", "calls",
            "accounts", "transactions", "vehicles", "crossings", "routes", "route_stops", "meetings", "associations",
            "organisations", "memberships");

    /** Writes the case; returns what was written. */
    public GenerateSummary generate() throws IOException {
        long started = System.nanoTime();
        PrivateFiles.createDirectories(dir);
        SplittableRandom master = new SplittableRandom(options.seed());
        status("building the network of %,d persons", options.persons());
        CaseStructure structure = new CaseStructure(options.persons(), master.split(), options.startSecond(),
                options.spanSeconds());
        structure.shufflePairs(master.split());
        CaseFiles files = new CaseFiles(options, structure, master);
        PersonPairs links = new PersonPairs();
        for (String type : FILES) {
            long fileStarted = System.nanoTime();
            Path file = dir.resolve(type + ".csv");
            long rows = files.write(type, file, links, this::progressLine);
            written.add(new GenerateSummary.FileWritten(file, type, rows, Files.size(file)));
            status("wrote %s.csv: %,d rows in %.1f s", type, rows, (System.nanoTime() - fileStarted) / 1e9);
        }
        status("counting the person links the projection will find");
        long crossedTogether = files.crossedTogether(links);
        long personLinks = links.distinct();
        int[] degree = links.degrees(structure.n);
        long degreeOne = Arrays.stream(degree).filter(d -> d == 1).count();
        return summary(structure, files, personLinks, degreeOne, crossedTogether, (System.nanoTime() - started) / 1e9);
    }

    private ProgressLine progressLine(String what, long total) {
        return new ProgressLine(progress, what, 2_000, total, terminal);
    }

    private void status(String format, Object... args) {
        progress.printf("generate: " + format + "%n", args);
        progress.flush();
    }

    private GenerateSummary summary(CaseStructure s, CaseFiles files, long personLinks, long degreeOne,
                                    long crossedTogether, double seconds) {
        int[] sizes = s.cellSize.clone();
        Arrays.sort(sizes);
        int top = Math.max(1, sizes.length / 10);
        long topMembers = 0;
        for (int i = sizes.length - top; i < sizes.length; i++) {
            topMembers += sizes[i];
        }
        int lieutenants = 0;
        int couriers = 0;
        int brokers = 0;
        int pendants = 0;
        for (int p = 0; p < s.n; p++) {
            lieutenants += s.role[p] == CaseStructure.LIEUTENANT ? 1 : 0;
            couriers += s.role[p] == CaseStructure.COURIER ? 1 : 0;
            pendants += s.role[p] == CaseStructure.PENDANT ? 1 : 0;
            brokers += s.broker[p] ? 1 : 0;
        }
        return new GenerateSummary(List.copyOf(written), s.n,
                new GenerateSummary.CellSizes(sizes.length, sizes[0], sizes[sizes.length / 2], sizes[sizes.length - 1],
                        topMembers / (double) s.members),
                new GenerateSummary.Roles(lieutenants, couriers, brokers, pendants),
                new GenerateSummary.Hubs(2 * files.hubsPerCountry(), files.hubCalls()),
                new GenerateSummary.Reports(files.reportsShareable(), files.reportsRestricted()),
                new GenerateSummary.Network(personLinks, degreeOne, crossedTogether), seconds);
    }
}

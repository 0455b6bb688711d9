package org.crimegraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.crimegraph.generate.CaseGenerator;
import org.crimegraph.generate.GenerateOptions;
import org.crimegraph.generate.GenerateSummary;
import org.crimegraph.ingest.ProgressLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crimegraph generate}: a seeded synthetic case of any size in the real input formats, for trying
 * crimegraph at scale and for the benchmarks. Touches no store.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic organised-crime case (invented persons, phones, calls, accounts, transfers, "
                + "vehicles, crossings, meetings, associations, graded reports) as the CSV files 'ingest' reads. "
                + "The same --seed and options write byte-identical files.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to write into (created private, 0700); must be empty unless --force.")
    Path out;

    @Option(names = "--persons", defaultValue = "1000", paramLabel = "N",
            description = "Persons in the case (default: ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--calls", paramLabel = "N",
            description = "Call records in total (default: persons x --calls-per-person).")
    Long calls;

    @Option(names = "--calls-per-person", defaultValue = "10", paramLabel = "X",
            description = "Calls per person when --calls is not given (default: ${DEFAULT-VALUE}).")
    double callsPerPerson;

    @Mixin
    SeedOption seed;

    @Option(names = "--from", defaultValue = "2024-01-01", paramLabel = "DATE",
            description = "First day of the case's events (default: ${DEFAULT-VALUE}).")
    LocalDate from;

    @Option(names = "--to", defaultValue = "2024-12-31", paramLabel = "DATE",
            description = "Last day of the case's events, inclusive (default: ${DEFAULT-VALUE}).")
    LocalDate to;

    @Option(names = "--restricted-share", defaultValue = "0.2", paramLabel = "FRACTION",
            description = "Share of reports with handling code C, restricted (default: ${DEFAULT-VALUE}).")
    double restrictedShare;

    @Option(names = "--force", description = "Write into a folder that is not empty (files of the same names are replaced).")
    boolean force;

    @Mixin
    QuietOption progress;

    @Override
    public Integer call() throws IOException {
        if (!(callsPerPerson >= 0) || Double.isInfinite(callsPerPerson)) {
            throw new IllegalArgumentException("--calls-per-person must be a number of at least 0");
        }
        long totalCalls = calls != null ? calls : Math.round(persons * callsPerPerson);
        GenerateOptions options = new GenerateOptions(persons, totalCalls, seed.value(), from, to, restrictedShare);
        checkFolder();
        GenerateSummary summary = new CaseGenerator(options, out, progress.stream(),
                !progress.quiet && ProgressLine.stderrIsTerminal())
                .generate();
        print(summary, options, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private void checkFolder() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + " is a file, not a folder");
        }
        if (Files.isDirectory(out) && !force) {
            try (Stream<Path> children = Files.list(out)) {
                if (children.findAny().isPresent()) {
                    throw new IllegalArgumentException(out + " is not empty; choose an empty or new folder, or add --force");
                }
            }
        }
    }

    private static void print(GenerateSummary s, GenerateOptions options, PrintWriter w) {
        w.printf(Locale.ROOT, "%-18s %12s %14s%n", "file", "rows", "bytes");
        long rows = 0;
        long bytes = 0;
        for (GenerateSummary.FileWritten file : s.files()) {
            w.printf(Locale.ROOT, "%-18s %,12d %,14d%n", file.path().getFileName(), file.rows(), file.bytes());
            rows += file.rows();
            bytes += file.bytes();
        }
        w.printf(Locale.ROOT, "%-18s %,12d %,14d%n", "total", rows, bytes);
        w.printf(Locale.ROOT, "persons: %,d in %,d cells (sizes %d-%d, median %d; the largest tenth of the cells "
                        + "hold %.0f%% of the members); %,d lieutenants, %,d couriers, %,d brokers, %,d pendant contacts%n",
                s.persons(), s.cells().count(), s.cells().min(), s.cells().max(), s.cells().median(),
                100 * s.cells().topDecileShare(),
                s.roles().lieutenants(), s.roles().couriers(), s.roles().brokers(), s.roles().pendants());
        w.printf(Locale.ROOT, "calls: %,d, of which %,d to %d shared hub numbers nobody in the case uses (no person links)%n",
                s.rows("calls"), s.hubs().calls(), s.hubs().numbers());
        w.printf(Locale.ROOT, "reports: %,d shareable (P), %,d restricted (C)%n", s.reports().shareable(), s.reports().restricted());
        w.printf(Locale.ROOT, "expected person network (all reports): %,d persons, %,d links, %,d persons with one link, "
                + "%,d pairs crossed together%n", s.persons(), s.network().links(), s.network().degreeOnePersons(), s.network().crossedTogether());
        w.printf(Locale.ROOT, "seed %d, events %s to %s; written to %s in %.1f s%n", options.seed(), options.from(),
                options.to(), s.files().get(0).path().getParent(), s.seconds());
        w.printf(Locale.ROOT, "load it with: crimegraph ingest %s%n", s.files().get(0).path().getParent());
        w.flush();
    }
}

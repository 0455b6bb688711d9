package org.crimegraph.ingest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes a synthetic call-detail-record case, seeded and clock-free (same arguments, same bytes):
 * {@code reports.csv} (one report per 100k calls, graded), {@code persons.csv} and {@code phones.csv}
 * (one person per phone), and {@code calls.csv} with {@code calls} calls among {@code phones} phones,
 * 2024, durations 5 s – 30 min. Numbers are {@code +44 7400 xxxxxx}: possible UK mobile numbers,
 * invented, written in a mix of E.164 and national form so that normalisation is exercised.
 *
 * <p>Run: {@code java -cp … org.crimegraph.ingest.bench.CdrGenerator DIR CALLS PHONES [SEED]}.
 */
public final class CdrGenerator {

    private CdrGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long calls = Long.parseLong(args[1]);
        int phones = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        write(dir, calls, phones, seed);
    }

    /** Writes the four files into {@code dir}; returns the calls file. */
    public static Path write(Path dir, long calls, int phones, long seed) throws IOException {
        if (phones < 2 || phones > 1_000_000) {
            throw new IllegalArgumentException("phones must be 2 to 1,000,000");
        }
        Files.createDirectories(dir);
        long reports = Math.max(1, (calls + 99_999) / 100_000);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("reports.csv"), StandardCharsets.UTF_8)) {
            out.write("reportId,agency,receivedAt,caseId,grade,handling,summary\n");
            for (long r = 1; r <= reports; r++) {
                out.write("CDR-" + r + ",NCA,2025-01-02T09:00:00Z,BENCH,1B,C,call data return " + r + "\n");
            }
        }
        try (BufferedWriter persons = Files.newBufferedWriter(dir.resolve("persons.csv"), StandardCharsets.UTF_8);
             BufferedWriter uses = Files.newBufferedWriter(dir.resolve("phones.csv"), StandardCharsets.UTF_8)) {
            persons.write("reportId,personId,name,aliases,dob,nationality\n");
            uses.write("reportId,personId,phone,from,to\n");
            for (int p = 0; p < phones; p++) {
                persons.write("CDR-1,BP" + p + ",Subscriber " + p + ",,,\n");
                uses.write("CDR-1,BP" + p + "," + e164(p) + ",,\n");
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        long start2024 = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        Path file = dir.resolve("calls.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("reportId,callId,caller,callee,start,durationS\n");
            StringBuilder line = new StringBuilder(96);
            for (long c = 0; c < calls; c++) {
                int caller = random.nextInt(phones);
                int callee = random.nextInt(phones - 1);
                if (callee >= caller) {
                    callee++;
                }
                long start = start2024 + random.nextLong(366L * 86_400);
                line.setLength(0);
                line.append("CDR-").append(c / 100_000 + 1).append(",C").append(c).append(',')
                        .append(c % 3 == 0 ? national(caller) : e164(caller)).append(',').append(e164(callee)).append(',')
                        .append(Instant.ofEpochSecond(start)).append(',').append(5 + random.nextInt(1_800)).append('\n');
                out.append(line);
            }
        }
        return file;
    }

    private static String e164(int phone) {
        return String.format("+447400%06d", phone);
    }

    private static String national(int phone) {
        return String.format("07400 %06d", phone);
    }
}

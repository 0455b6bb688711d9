package org.crimegraph.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What one ingest run did.
 *
 * @param files    per file: its type, rows read, rows loaded and rows rejected, in load order
 * @param rejects  every rejected row (also in the rejects file)
 * @param elapsed  wall time
 */
public record IngestSummary(List<FileCounts> files, List<Reject> rejects, Duration elapsed) {

    /** Counts for one file. */
    public record FileCounts(String file, RecordType type, long read, long loaded, long rejected) {
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileCounts::read).sum();
    }

    public long rowsLoaded() {
        return files.stream().mapToLong(FileCounts::loaded).sum();
    }
}

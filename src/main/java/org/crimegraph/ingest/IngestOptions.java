package org.crimegraph.ingest;

import java.nio.file.Path;

/**
 * How one ingest run behaves.
 *
 * @param context     normalisation settings (phone region, default zone)
 * @param batchSize   input records per batch; each batch is one transaction
 * @param forcedType  read every CSV file as this type ({@code --type}), or null to use the header
 * @param rejectLimit when to stop because too many rows were rejected
 * @param rejectsFile where rejects are written as they come, or null for none
 * @param reload      true to write every batch again even if the ledger says an earlier run wrote it
 * @param terminal    true to draw the progress bar in place (stderr is a terminal)
 */
public record IngestOptions(IngestContext context, int batchSize, RecordType forcedType, RejectLimit rejectLimit,
                            Path rejectsFile, boolean reload, boolean terminal) {

    public IngestOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        if (rejectLimit == null) {
            rejectLimit = RejectLimit.NONE;
        }
    }

    /** Defaults for a context and batch size: header types, no limit, no rejects file, resume from the ledger. */
    public static IngestOptions of(IngestContext context, int batchSize) {
        return new IngestOptions(context, batchSize, null, RejectLimit.NONE, null, false, false);
    }

    public IngestOptions withForcedType(RecordType type) {
        return new IngestOptions(context, batchSize, type, rejectLimit, rejectsFile, reload, terminal);
    }

    public IngestOptions withRejectLimit(RejectLimit limit) {
        return new IngestOptions(context, batchSize, forcedType, limit, rejectsFile, reload, terminal);
    }

    public IngestOptions withRejectsFile(Path file) {
        return new IngestOptions(context, batchSize, forcedType, rejectLimit, file, reload, terminal);
    }

    public IngestOptions withReload(boolean reloadAll) {
        return new IngestOptions(context, batchSize, forcedType, rejectLimit, rejectsFile, reloadAll, terminal);
    }

    public IngestOptions withTerminal(boolean bar) {
        return new IngestOptions(context, batchSize, forcedType, rejectLimit, rejectsFile, reload, bar);
    }
}

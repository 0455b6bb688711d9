package org.crimegraph.ingest;

/**
 * How many rejected rows an ingest run tolerates ({@code --max-rejects N} or {@code P%}). A count is
 * checked after every batch; a percentage (of the rows read so far in the run) after every file, so
 * that the first bad row of a file is not already "100%". Once exceeded the run stops: batches
 * already written stay written (each is its own transaction, and the ledger lets a later run resume).
 *
 * <p>The limit applies to the rows this run reads: batches resumed from the ledger are not read again
 * and do not count.
 *
 * @param count   the most rejected rows allowed, or -1
 * @param percent the largest allowed share of rejected rows among rows read, in percent, or -1
 */
public record RejectLimit(long count, double percent) {

    /** No limit. */
    public static final RejectLimit NONE = new RejectLimit(-1, -1);

    /** Parses {@code N} (a count), {@code P%} (a percentage, decimals allowed) or {@code none}. */
    public static RejectLimit parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.equalsIgnoreCase("none")) {
            return NONE;
        }
        try {
            if (value.endsWith("%")) {
                double percent = Double.parseDouble(value.substring(0, value.length() - 1).strip());
                if (!(percent >= 0 && percent <= 100)) {
                    throw new NumberFormatException();
                }
                return new RejectLimit(-1, percent);
            }
            long count = Long.parseLong(value);
            if (count < 0) {
                throw new NumberFormatException();
            }
            return new RejectLimit(count, -1);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-rejects must be a count (e.g. 100) or a percentage (e.g. 0.5%), not '" + text + "'");
        }
    }

    /** True if a count limit is set and {@code rejected} exceeds it. */
    public boolean countExceeded(long rejected) {
        return count >= 0 && rejected > count;
    }

    /** True if a percentage limit is set and {@code rejected} of {@code read} exceeds it. */
    public boolean percentExceeded(long rejected, long read) {
        return percent >= 0 && read > 0 && rejected * 100.0 / read > percent;
    }

    @Override
    public String toString() {
        if (count >= 0) {
            return Long.toString(count);
        }
        return percent >= 0 ? percent + "%" : "none";
    }
}

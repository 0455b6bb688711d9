package org.crimegraph.ingest;

/**
 * One input row that was not loaded, and why: written to the rejects file and counted in the summary.
 *
 * @param file   the input file
 * @param line   the 1-based line number in that file where the row starts
 * @param field  the column at fault (empty for a whole-row problem)
 * @param value  the offending value as read
 * @param reason what is wrong, in words an analyst can act on
 */
public record Reject(String file, long line, String field, String value, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + (value == null || value.isEmpty() ? "" : " '" + value + "'") + ": " + reason;
    }
}

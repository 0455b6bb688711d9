package org.crimegraph.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * One input file read record by record: a CSV file (one row of one type per record) or a JSON Lines
 * report bundle (one report with its entities and links per record). Streams, so memory stays flat.
 */
interface InputSource extends AutoCloseable {

    /** The file. */
    Path path();

    /** What the file holds, for summaries and the ledger: a record type name or {@code bundle}. */
    String kind();

    /** Position in the load order: files citing others' entities come later. */
    int loadOrder();

    /** File size in bytes. */
    long size();

    /** Bytes consumed so far (for progress). */
    long position();

    /** The next record, or null at the end; throws {@link InputFileException} if the file breaks off. */
    InputRecord next();

    @Override
    void close();

    /**
     * One record of an input file.
     *
     * @param line    the 1-based line where it starts
     * @param rows    the typed rows it holds (empty if {@code problem} is set)
     * @param problem why the whole record cannot be used, or null
     */
    record InputRecord(long line, List<TypedRow> rows, Reject problem) {
    }

    /**
     * A row of one record type.
     *
     * @param type        its type
     * @param row         its values
     * @param fieldPrefix put before a field name in a reject (e.g. {@code persons[2].}; empty in CSV);
     *                    {@code grading.} applies to the grading fields of a bundle's report only
     */
    record TypedRow(RecordType type, InputRow row, String fieldPrefix) {

        /** The name of {@code field} as the input writes it. */
        String qualify(String field) {
            if (fieldPrefix.equals(GRADING)) {
                return field.equals("grade") || field.equals("handling") || field.equals("scheme") ? GRADING + field : field;
            }
            return fieldPrefix + field;
        }

        static final String GRADING = "grading.";
    }
}

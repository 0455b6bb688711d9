package org.crimegraph.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code crimegraph generate} wrote and the shape of the case, for the closing summary.
 *
 * @param files              each file written, in load order
 * @param persons            persons in the case
 * @param cells              number of cells
 * @param cellSizeMin        smallest cell
 * @param cellSizeMedian     median cell
 * @param cellSizeMax        largest cell
 * @param topDecileShare     share of cell members in the largest tenth of the cells
 * @param lieutenants        lieutenants (leaders = cells)
 * @param couriers           couriers (persons with a vehicle making crossings)
 * @param brokers            persons with calls into other cells
 * @param pendants           pendant contacts (one tie each)
 * @param hubNumbers         shared numbers (taxi firms, pizzerias) many persons call; nobody in the case uses them
 * @param hubCalls           calls to those numbers
 * @param reportsShareable   reports with handling code P
 * @param reportsRestricted  reports with handling code C
 * @param personLinks        person-to-person links the projection finds over all reports (computed, not read)
 * @param degreeOnePersons   persons with exactly one link in that network
 * @param crossedTogether    pairs of persons whose vehicles crossed at one place within 30 minutes
 * @param seconds            wall time of the generation
 */
public record GenerateSummary(List<FileWritten> files, int persons, int cells, int cellSizeMin, int cellSizeMedian,
                              int cellSizeMax, double topDecileShare, int lieutenants, int couriers, int brokers,
                              int pendants, int hubNumbers, long hubCalls, long reportsShareable, long reportsRestricted,
                              long personLinks, long degreeOnePersons, long crossedTogether, double seconds) {

    /** A file written: its path, data rows (header not counted) and size in bytes. */
    public record FileWritten(Path path, String type, long rows, long bytes) {
    }

    /** Rows of the file of {@code type} (e.g. {@code calls}), 0 if none was written. */
    public long rows(String type) {
        return files.stream().filter(f -> f.type().equals(type)).mapToLong(FileWritten::rows).sum();
    }
}

package org.crimegraph.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code crimegraph generate} wrote and the shape of the case, for the closing summary.
 *
 * @param files   each file written, in load order
 * @param persons persons in the case
 * @param cells   the cells' sizes
 * @param roles   how many persons hold each structural role
 * @param hubs    the shared hub numbers and the calls to them
 * @param reports reports by handling code
 * @param network the person network the projection will find (computed, not read)
 * @param seconds wall time of the generation
 */
public record GenerateSummary(List<FileWritten> files, int persons, CellSizes cells, Roles roles, Hubs hubs,
                              Reports reports, Network network, double seconds) {

    /** A file written: its path, data rows (header not counted) and size in bytes. */
    public record FileWritten(Path path, String type, long rows, long bytes) {
    }

    /**
     * The cells (one leader each).
     *
     * @param count          number of cells
     * @param min            smallest cell
     * @param median         median cell
     * @param max            largest cell
     * @param topDecileShare share of cell members in the largest tenth of the cells
     */
    public record CellSizes(int count, int min, int median, int max, double topDecileShare) {
    }

    /**
     * Persons by structural role.
     *
     * @param lieutenants lieutenants
     * @param couriers    persons with a vehicle making crossings
     * @param brokers     persons with calls into other cells
     * @param pendants    pendant contacts (one tie each)
     */
    public record Roles(int lieutenants, int couriers, int brokers, int pendants) {
    }

    /**
     * Shared numbers (taxi firms, pizzerias) many persons call; nobody in the case uses them.
     *
     * @param numbers how many
     * @param calls   calls to them
     */
    public record Hubs(int numbers, long calls) {
    }

    /**
     * Reports by handling code.
     *
     * @param shareable  handling code P
     * @param restricted handling code C
     */
    public record Reports(long shareable, long restricted) {
    }

    /**
     * The person network over all reports.
     *
     * @param links            person-to-person links
     * @param degreeOnePersons persons with exactly one link
     * @param crossedTogether  pairs of persons whose vehicles crossed at one place within 30 minutes
     */
    public record Network(long links, long degreeOnePersons, long crossedTogether) {
    }

    /** Rows of the file of {@code type} (e.g. {@code calls}), 0 if none was written. */
    public long rows(String type) {
        return files.stream().filter(f -> f.type().equals(type)).mapToLong(FileWritten::rows).sum();
    }
}

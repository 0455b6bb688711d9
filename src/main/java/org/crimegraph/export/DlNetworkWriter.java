package org.crimegraph.export;

import org.crimegraph.files.PrivateFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.model.PersonResult;

/**
 * Writes the person network as {@code network.dl}, UCINET's DL format in the {@code edgelist1}
 * layout (S. P. Borgatti, M. G. Everett and L. C. Freeman, UCINET for Windows, 2002; "DL" in
 * UCINET's help): a header with the number of persons, the persons' labels (their ids, quoted, in
 * the order of {@code nodes.csv}), then one {@code i j weight} row per direction of each link, so
 * that UCINET reads a symmetric valued matrix without a Symmetrize step. Persons without links are
 * still counted and labelled. Names, measures and evidence stay in {@code nodes.csv} /
 * {@code edges.csv}: DL carries only the network.
 */
public final class DlNetworkWriter {

    /** File name of the DL file. */
    public static final String FILE = "network.dl";

    /** Writes {@code network.dl} into {@code dir}, replacing a file of the same name. */
    public Path write(NetworkExport export, Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        List<PersonResult> persons = NodeRow.of(export);
        Map<String, Integer> index = new HashMap<>();
        for (PersonResult p : persons) {
            index.put(p.personId(), index.size() + 1);
        }
        try (Writer out = PrivateFiles.newWriter(file)) {
            out.write("DL N=" + persons.size() + " FORMAT=EDGELIST1\n");
            out.write("LABELS:\n");
            for (int i = 0; i < persons.size(); i++) {
                out.write(label(persons.get(i).personId()));
                out.write(i == persons.size() - 1 ? "\n" : ",");
            }
            out.write("DATA:\n");
            for (EdgeRow row : EdgeRow.of(export)) {
                String weight = Rounding.text(row.weight(), Rounding.CSV_DIGITS);
                int a = index.get(row.source());
                int b = index.get(row.target());
                out.write(a + " " + b + " " + weight + "\n");
                out.write(b + " " + a + " " + weight + "\n");
            }
        }
        return file;
    }

    /** A label in double quotes; a quote or line break inside (never in a valid id) becomes a space. */
    static String label(String id) {
        return "\"" + id.replace('"', ' ').replace('\n', ' ').replace('\r', ' ') + "\"";
    }
}

package org.crimegraph.ingest;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes rejected rows as CSV: {@code file,line,field,value,reason}. */
public final class RejectsFile {

    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("file").addColumn("line").addColumn("field").addColumn("value").addColumn("reason")
            .build().withHeader();

    private RejectsFile() {
    }

    /** Writes (replacing) the rejects file. */
    public static void write(Path file, List<Reject> rejects) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (SequenceWriter writer = new CsvMapper().writer(SCHEMA).writeValues(file.toFile())) {
                for (Reject reject : rejects) {
                    writer.write(new Object[] {reject.file(), reject.line(), reject.field(), reject.value(), reject.reason()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + file, e);
        }
    }
}

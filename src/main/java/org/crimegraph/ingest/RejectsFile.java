package org.crimegraph.ingest;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crimegraph.text.SafeText;
import org.crimegraph.files.PrivateFiles;

/**
 * Writes rejected rows as CSV, {@code file,line,field,value,reason}, as they happen: a run that stops
 * part-way (too many rejects, or killed) leaves every reject found so far on disk.
 */
public final class RejectsFile implements AutoCloseable {

    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("file").addColumn("line").addColumn("field").addColumn("value").addColumn("reason")
            .build().withHeader();

    private final Path file;
    private SequenceWriter writer;
    private long written;

    /** A rejects file created (replacing any old one) when the first reject comes. */
    public RejectsFile(Path file) {
        this.file = file;
    }

    /** Where the rejects go. */
    public Path file() {
        return file;
    }

    /** Rejects written so far. */
    public long written() {
        return written;
    }

    /** Appends one reject and flushes it. */
    public void add(Reject reject) {
        try {
            if (writer == null) {
                if (file.getParent() != null) {
                    PrivateFiles.createDirectories(file.getParent());
                }
                writer = new CsvMapper().writer(SCHEMA).writeValues(PrivateFiles.newWriter(file));
            }
            // values come from hostile input and the file is opened in spreadsheets: neutralised cells
            writer.write(new Object[] {SafeText.forSpreadsheet(reject.file()), reject.line(),
                    SafeText.forSpreadsheet(reject.field()), SafeText.forSpreadsheet(reject.value()),
                    SafeText.forSpreadsheet(reject.reason())});
            writer.flush();
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + file, e);
        }
    }

    /** Writes (replacing) a rejects file holding {@code rejects}. */
    public static void write(Path file, List<Reject> rejects) {
        try (RejectsFile out = new RejectsFile(file)) {
            rejects.forEach(out::add);
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write rejects file " + file, e);
            }
        }
    }
}

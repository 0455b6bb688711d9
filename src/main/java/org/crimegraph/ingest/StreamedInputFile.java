package org.crimegraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@link CsvInputFile} and {@link BundleInputFile} share: the file, its size, the bytes read so
 * far (for progress), its first encoding fault, and how a file ends — cleanly, at that fault, or at a
 * structural break — after which {@link #next()} returns null.
 */
abstract class StreamedInputFile implements InputSource {

    final Path path;
    final IngestContext context;
    final EncodingCheck.Fault fault;
    private final CountingInputStream counter;
    private final long size;
    private boolean ended;

    StreamedInputFile(Path path, IngestContext context, CountingInputStream counter, long size, EncodingCheck.Fault fault) {
        this.path = path;
        this.context = context;
        this.counter = counter;
        this.size = size;
        this.fault = fault;
    }

    /**
     * The checks before a file is opened: it exists, is not binary, and its header line is well
     * encoded (each failure an {@link InputFileException} naming the file).
     *
     * @return the file's first encoding fault after line 1, or null
     */
    static EncodingCheck.Fault checkedFile(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InputFileException(path + ": no such file");
        }
        CsvInputFile.rejectBinary(path);
        return CsvInputFile.checkEncoding(path);
    }

    /** The next record of a file that has not ended; {@link #atEnd()} or {@link #brokenOff} end it. */
    abstract InputRecord read();

    @Override
    public final InputRecord next() {
        return ended ? null : read();
    }

    /** Ends the file where the input ran out: null, or the encoding fault's reject if it had one. */
    final InputRecord atEnd() {
        ended = true;
        return fault == null ? null : CsvInputFile.structureReject(path, fault.line(), fault.reason());
    }

    /** Ends the file at a structural error starting at {@code line}: its reject is the last record. */
    final InputRecord brokenOff(long line, String reason) {
        ended = true;
        return CsvInputFile.structureReject(path, line, reason);
    }

    @Override
    public final Path path() {
        return path;
    }

    @Override
    public final long size() {
        return size;
    }

    @Override
    public final long position() {
        return counter.count();
    }
}

package org.crimegraph.ingest;

/** A whole input file cannot be read: missing, binary, not UTF-8, unknown header, broken quoting. */
public class InputFileException extends RuntimeException {

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}

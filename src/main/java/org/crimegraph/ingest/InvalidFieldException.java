package org.crimegraph.ingest;

/** A field of an input row that cannot be used, with the reason. Becomes a {@link Reject}. */
public class InvalidFieldException extends Exception {

    private final String field;
    private final String value;

    public InvalidFieldException(String field, String value, String reason) {
        super(reason);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}

package org.crimegraph.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a command says about one action, for its audit line: the action, its parameters (never secrets),
 * what it read and wrote, and the release rule. The analyst and the default input (the store) are
 * added where the line is written ({@code AuditOptions.record}), so commands state only what is theirs.
 */
public final class AuditEvent {

    private final String action;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<String> inputs = new ArrayList<>();
    private final Map<String, String> outputs = new LinkedHashMap<>();
    private String releaseRule = "";

    private AuditEvent(String action) {
        this.action = action;
    }

    /** An event for {@code action} (the command's name, e.g. {@code find}, {@code resolve confirm}). */
    public static AuditEvent of(String action) {
        return new AuditEvent(action);
    }

    /** Adds one parameter (never a secret). */
    public AuditEvent with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** Adds parameters, in order. */
    public AuditEvent with(Map<String, ?> values) {
        parameters.putAll(values);
        return this;
    }

    /** Adds an input (a file read, with its hash if known); without any, the store is the input. */
    public AuditEvent input(String input) {
        inputs.add(input);
        return this;
    }

    /** Adds a file written, with its SHA-256 (empty if not known). */
    public AuditEvent output(String file, String sha256) {
        outputs.put(file, sha256);
        return this;
    }

    /** Adds files written, file to SHA-256. */
    public AuditEvent outputs(Map<String, String> files) {
        outputs.putAll(files);
        return this;
    }

    /** The release rule applied (how the evidence was filtered), e.g. a filter's description. */
    public AuditEvent release(String rule) {
        this.releaseRule = rule == null ? "" : rule;
        return this;
    }

    /** The entry to write, by {@code analyst}, reading {@code defaultInput} unless inputs were named. */
    public AuditEntry entry(String analyst, String defaultInput) {
        List<String> read = inputs.isEmpty() && defaultInput != null ? List.of(defaultInput) : List.copyOf(inputs);
        return new AuditEntry(action, analyst, new LinkedHashMap<>(parameters), read, new LinkedHashMap<>(outputs),
                releaseRule);
    }
}

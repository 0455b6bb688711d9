package org.crimegraph.app.query;

import java.util.List;

/** A person reference that fits no person ({@link #notFound()}) or more than one ({@link #ambiguous()}). */
public final class UnresolvedReference extends RuntimeException {

    private final String reference;
    private final List<PersonResolver.Candidate> candidates;

    public UnresolvedReference(String reference, List<PersonResolver.Candidate> candidates) {
        super(candidates.isEmpty() ? "no person matches '" + reference + "'"
                : "'" + reference + "' is ambiguous: " + candidates.size() + " persons match; use a person id");
        this.reference = reference;
        this.candidates = List.copyOf(candidates);
    }

    /** With a message of its own (a person found but outside what the command looks at). */
    public UnresolvedReference(String reference, List<PersonResolver.Candidate> candidates, String message) {
        super(message);
        this.reference = reference;
        this.candidates = List.copyOf(candidates);
    }

    public String reference() {
        return reference;
    }

    /** The persons the reference may mean (empty when nothing matches). */
    public List<PersonResolver.Candidate> candidates() {
        return candidates;
    }

    public boolean notFound() {
        return candidates.isEmpty();
    }

    public boolean ambiguous() {
        return !candidates.isEmpty();
    }
}

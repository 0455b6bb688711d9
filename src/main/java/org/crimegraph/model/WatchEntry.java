package org.crimegraph.model;

/**
 * A watched person ({@code crimegraph watch add}): every saved scoring run raises alerts when something
 * changes around them (docs/operations.md, Watchlists).
 *
 * @param personId the person
 * @param reason   why they are watched, as the analyst wrote it, or null
 * @param addedBy  the analyst who added them
 * @param addedAt  when (ISO-8601, UTC)
 */
public record WatchEntry(String personId, String reason, String addedBy, String addedAt) {
}

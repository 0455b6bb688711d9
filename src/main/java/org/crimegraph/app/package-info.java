/**
 * The application layer: one use case per class (scheduled scoring run, scoring, export, ingest,
 * disruption, HTML run report, run comparison, demo), each with a typed request record and a typed result,
 * callable and testable without picocli. The {@code cli} commands parse their options into a request,
 * call one use case and render its result; the use cases call the services ({@code scoring},
 * {@code export}, {@code ingest}, {@code audit}) and {@code store}. Every use case that touches case data
 * records itself through {@link org.crimegraph.app.Auditor}; its request says what the audit line holds.
 */
package org.crimegraph.app;

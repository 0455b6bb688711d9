package org.crimegraph.audit;

import java.util.List;
import java.util.Map;

/**
 * One audited action: who did what, with which parameters (never secrets), reading what and writing
 * what (with SHA-256 of each output), under which release rule.
 *
 * @param action      e.g. {@code ingest}, {@code score}, {@code export}, {@code demo}
 * @param analyst     the OS user or {@code --analyst}
 * @param parameters  command parameters, secrets excluded
 * @param inputs      what was read (files, store)
 * @param outputs     file name to SHA-256 of what was written
 * @param releaseRule the handling rule applied, or empty
 */
public record AuditEntry(String action, String analyst, Map<String, Object> parameters, List<String> inputs,
                         Map<String, String> outputs, String releaseRule) {
}

package org.crimegraph.graph;

import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;

/** A report's identity and grading, as the projection needs it to filter and label evidence. */
public record ReportGrading(String reportId, String agency, Grade grade, HandlingCode handling) {
}

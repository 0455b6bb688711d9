package org.crimegraph.analysis;

import java.util.SortedSet;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;

/**
 * One of a target's links, cited as evidence: who is at the other end and which reports say so.
 *
 * @param personId     the other person
 * @param name         the other person's display name
 * @param weight       tie strength
 * @param kinds        evidence kinds behind the link
 * @param reportIds    reports behind the link
 * @param weakestGrade weakest grade of those reports
 * @param handling     most restrictive handling code of those reports
 */
public record LinkEvidence(
        String personId,
        String name,
        double weight,
        SortedSet<String> kinds,
        SortedSet<String> reportIds,
        Grade weakestGrade,
        HandlingCode handling) {
}

package org.crimegraph.analysis;

/**
 * A bridge: a link whose removal disconnects its two endpoints. Endpoints in natural order.
 *
 * @param source the smaller endpoint
 * @param target the larger endpoint
 */
public record Bridge<V>(V source, V target) {
}

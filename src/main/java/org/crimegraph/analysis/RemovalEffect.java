package org.crimegraph.analysis;

/**
 * What removing one vertex does to its connected component.
 *
 * @param componentSize     size of the vertex's component before removal (including the vertex)
 * @param pieces            number of pieces the rest of the component falls into (0 if the vertex was alone,
 *                          1 if it is not an articulation point)
 * @param largestPiece      size of the largest piece left
 * @param componentsAfter   number of connected components of the whole graph after removal
 */
public record RemovalEffect(int componentSize, int pieces, int largestPiece, int componentsAfter) {

    /** Vertices, other than the removed one, cut off from the largest remaining piece. */
    public int cutOff() {
        return componentSize - 1 - largestPiece;
    }

    /** The largest remaining piece as a share of the component's size before removal, in [0, 1). */
    public double largestShare() {
        return (double) largestPiece / componentSize;
    }

    /** True if the removal splits the component. */
    public boolean splits() {
        return pieces > 1;
    }
}

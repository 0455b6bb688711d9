package org.crimegraph.disruption;

/** What a key-player set is chosen for (Borgatti 2006). */
public enum KeyPlayerMeasure {
    /** KPP-Neg: maximise fragmentation F of the graph left after removing the set. */
    F(true),
    /** KPP-Neg: maximise distance-weighted fragmentation DF = 1 − global efficiency of what is left. */
    DF(true),
    /** KPP-Pos: maximise distance-weighted reach DR of the set. */
    REACH(false),
    /** KPP-Pos: maximise the number of vertices within m hops of the set. */
    M_REACH(false);

    private final boolean removal;

    KeyPlayerMeasure(boolean removal) {
        this.removal = removal;
    }

    /** True for the negative problem (remove the set), false for the positive one (watch the set). */
    public boolean removal() {
        return removal;
    }
}

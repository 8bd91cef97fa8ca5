package org.downline.scenario;

/** Acquaintance networks of the contacts recruitment model. */
public enum NetworkKind {
    /** Watts–Strogatz: a ring lattice with each edge rewired with a probability. */
    SMALL_WORLD,
    /** Everybody knows everybody. */
    COMPLETE
}

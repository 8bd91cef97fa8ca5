package org.downline.scenario;

/** Shapes of a positive quantity that varies between people. */
public enum DistributionKind {
    /** Everybody the same: the median. */
    CONSTANT,
    /** median · e^{σZ}. */
    LOGNORMAL,
    /** Pareto type I with shape α, scaled to the median. */
    PARETO
}

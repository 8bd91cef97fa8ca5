package org.downline.scenario;

/** What happens to the volume of members who are not paid this month. */
public enum Compression {
    /** They keep their level: the level is paid to nobody (breakage). */
    NONE,
    /** Unqualified and departed members are skipped: volume below rolls up to the next qualified upline. */
    DYNAMIC
}

package org.downline.stats;

import java.util.List;

/**
 * A company's published income disclosure: the participants it covers cut into groups (usually
 * ranks), each with its share of them and its mean gross pay over a period (SCENARIO.md, "Income
 * disclosure CSV").
 *
 * @param name         lower case with dashes, e.g. {@code doterra-us-2017}
 * @param title        what it is, as published
 * @param source       where the figures come from
 * @param covers       who is in the denominator
 * @param periodMonths the months the pay is over
 * @param note         how the company defines what it covers, or ""
 * @param groups       in the order given
 */
public record Disclosure(String name, String title, String source, Covers covers, int periodMonths, String note,
                         List<Group> groups) implements java.io.Serializable {

    /** Who a disclosure covers. */
    public enum Covers {
        /** Everyone who was a participant at any time in the period, zero earners included. */
        ALL,
        /** The company's "active" participants; read as those active in the period's last month. */
        ACTIVE,
        /** Only those paid something in the period. */
        PAID;

        /** The word used in files. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One group of a disclosure.
     *
     * @param label           the company's label
     * @param share           share of the covered participants in it, in [0, 1]
     * @param meanAnnualGross mean gross pay over the period, dollars, at least 0
     * @param lower           the group's income band's lower end, or NaN if not given
     * @param upper           its upper end, or NaN
     */
    public record Group(String label, double share, double meanAnnualGross, double lower, double upper)
            implements java.io.Serializable {
    }

    public Disclosure {
        groups = List.copyOf(groups);
        note = note == null ? "" : note;
    }

    /** The sum of the groups' shares. */
    public double totalShare() {
        double s = 0;
        for (Group g : groups) {
            s += g.share();
        }
        return s;
    }

    /** The share of covered participants in groups whose mean pay is 0 (zero earners), or 0. */
    public double shareZero() {
        double s = 0;
        for (Group g : groups) {
            s += g.meanAnnualGross() == 0 ? g.share() : 0;
        }
        return s;
    }
}

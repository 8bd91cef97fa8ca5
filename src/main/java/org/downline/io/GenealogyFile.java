package org.downline.io;

import org.downline.plans.Genealogy;

/**
 * A genealogy read from CSV, renumbered so that every sponsor comes before their recruits (file
 * order is kept wherever it already does).
 *
 * @param source          the file, for messages
 * @param ids             each member's id, by member number
 * @param fileRow         each member's row in the file (1 = first data row)
 * @param genealogy       sponsors, volumes and active flags by member number
 * @param placementParent binary and matrix: member number of the placement parent, −1 for "place
 *                        by the plan's rule"; null when the file has no placement column
 * @param leg             binary: 'L', 'R' or 0 (none given); null when the file has no leg column
 * @param carryLeft       binary: volume carried into the left leg; null when absent
 * @param carryRight      binary: volume carried into the right leg; null when absent
 */
public record GenealogyFile(String source, String[] ids, int[] fileRow, Genealogy genealogy,
                            int[] placementParent, char[] leg, double[] carryLeft, double[] carryRight) {

    public int size() {
        return ids.length;
    }
}

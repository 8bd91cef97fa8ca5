package org.downline.io;

import org.downline.plans.Genealogy;
import org.downline.plans.PlacementInput;

/**
 * A genealogy read from CSV, renumbered so that every sponsor comes before their recruits (file
 * order is kept wherever it already does).
 *
 * @param source          the file, for messages
 * @param ids             each member's id, by member number
 * @param fileRow         each member's row in the file (1 = first data row)
 * @param line            each member's line in the file (1 = the header), for messages
 * @param genealogy       sponsors, volumes and active flags by member number
 * @param placementParent binary and matrix: member number of the placement parent, −1 for "place
 *                        by the plan's rule"; null when the file has no placement column
 * @param leg             binary: 'L', 'R' or 0 (none given); null when the file has no leg column
 * @param carryLeft       binary: volume carried into the left leg; null when absent
 * @param carryRight      binary: volume carried into the right leg; null when absent
 */
public record GenealogyFile(String source, String[] ids, int[] fileRow, int[] line, Genealogy genealogy,
                            int[] placementParent, char[] leg, double[] carryLeft, double[] carryRight) {

    public int size() {
        return ids.length;
    }

    /** The positions and carry-in this file gives, for {@link org.downline.plans.CompensationPlan#joinAll}. */
    public PlacementInput placementInput() {
        byte[] legs = null;
        if (leg != null) {
            legs = new byte[leg.length];
            for (int i = 0; i < leg.length; i++) {
                legs[i] = switch (leg[i]) {
                    case 'L' -> PlacementInput.LEFT;
                    case 'R' -> PlacementInput.RIGHT;
                    default -> PlacementInput.ANY_LEG;
                };
            }
        }
        return new PlacementInput(placementParent, legs, carryLeft, carryRight);
    }
}

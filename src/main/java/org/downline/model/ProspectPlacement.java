package org.downline.model;

import java.util.random.RandomGenerator;

/**
 * Places a replication's prospects in the contacts model's population and picks the founders
 * among them.
 */
final class ProspectPlacement {

    private ProspectPlacement() {
    }

    /**
     * Marks exactly {@code prospects} people of a cleared population as prospects, uniformly at
     * random, and writes the first {@code founders} founders' people into {@code founderPersons}.
     * Few prospects: draw people until enough distinct ones are marked (the first picks are a
     * uniform random sequence of distinct prospects, so they are the founders). Many: mark everyone
     * and unmark the non-prospects the same way, then draw founders until a prospect not yet chosen
     * comes up (at least even odds a draw); those are marked members provisionally, so that the next
     * draw skips them, and join when the founders are added.
     */
    static void place(PopulationStatus status, long prospects, int[] founderPersons, int founders,
                      RandomGenerator rng) {
        final int n = status.population();
        if (prospects <= n / 2) {
            long marked = 0;
            while (marked < prospects) {
                int p = rng.nextInt(n);
                if (!status.isProspect(p)) {
                    status.setProspect(p);
                    if (marked < founders) {
                        founderPersons[(int) marked] = p;
                    }
                    marked++;
                }
            }
        } else {
            status.markEveryoneProspect();
            long unmarked = 0;
            while (unmarked < n - prospects) {
                int p = rng.nextInt(n);
                if (status.isProspect(p)) {
                    status.clearProspect(p);
                    unmarked++;
                }
            }
            for (int f = 0; f < founders; f++) {
                int p;
                do {
                    p = rng.nextInt(n);
                } while (!status.isProspect(p) || status.isMember(p));
                status.setMember(p);
                founderPersons[f] = p;
            }
        }
    }
}

package org.downline.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.downline.scenario.BinaryConfig;
import org.downline.scenario.BreakawayConfig;
import org.downline.scenario.Compression;
import org.downline.scenario.MatrixConfig;
import org.downline.scenario.Placement;
import org.downline.scenario.QualificationConfig;
import org.downline.scenario.Tier;
import org.downline.scenario.UnilevelConfig;

/** Small genealogies and plan configurations for hand-computed tests. */
final class Trees {

    private Trees() {
    }

    /** A genealogy from sponsors (−1 = company), volumes and active flags (null = all active). */
    static Genealogy of(int[] sponsors, double[] volumes, boolean[] active) {
        Genealogy g = new Genealogy(sponsors.length);
        for (int i = 0; i < sponsors.length; i++) {
            g.add(sponsors[i]);
            g.volume[i] = volumes[i];
            g.active[i] = active == null || active[i];
        }
        return g;
    }

    static UnilevelConfig unilevel(Compression compression, double qualifyingVolume, Double... levels) {
        return new UnilevelConfig(new QualificationConfig(qualifyingVolume, false), compression, List.of(levels));
    }

    static BinaryConfig binary(double rate, double cap, boolean carry, Placement placement, double qualifyingVolume,
                               boolean recruitOnEachLeg) {
        return new BinaryConfig(new QualificationConfig(qualifyingVolume, recruitOnEachLeg), rate, cap, carry,
                placement);
    }

    static MatrixConfig matrix(int width, int depth, double qualifyingVolume, Double... levels) {
        return new MatrixConfig(new QualificationConfig(qualifyingVolume, false), List.of(levels), width, depth);
    }

    /** Steps as (group volume, rate) pairs. */
    static BreakawayConfig breakaway(Compression compression, double qualifyingVolume, double breakawayVolume,
                                     double overrideRate, int generations, double... steps) {
        List<Tier> tiers = new ArrayList<>();
        for (int k = 0; k < steps.length; k += 2) {
            tiers.add(new Tier(steps[k], steps[k + 1]));
        }
        return new BreakawayConfig(new QualificationConfig(qualifyingVolume, false), compression, tiers,
                breakawayVolume, overrideRate, generations);
    }

    /** Pays one period and returns the payout (with components). */
    static Payout pay(CompensationPlan plan, Genealogy g) {
        for (int i = 0; i < g.size(); i++) {
            plan.onJoin(g, i);
        }
        Payout out = Payout.recording(plan, g.size());
        plan.pay(g, out);
        return out;
    }

    /** Pays one period on given positions and carry-in and returns the payout (with components). */
    static Payout pay(CompensationPlan plan, Genealogy g, PlacementInput given) {
        plan.joinAll(g, given);
        Payout out = Payout.recording(plan, g.size());
        plan.pay(g, out);
        return out;
    }

    /** Explicit positions: parents (−1 by rule) and legs ('L', 'R', or anything else for any). */
    static PlacementInput placed(int[] parents, String legs) {
        byte[] leg = new byte[parents.length];
        for (int i = 0; i < parents.length; i++) {
            char c = legs == null ? ' ' : legs.charAt(i);
            leg[i] = c == 'L' ? PlacementInput.LEFT : c == 'R' ? PlacementInput.RIGHT : PlacementInput.ANY_LEG;
        }
        return new PlacementInput(parents, leg, null, null);
    }

    /** A random genealogy: 10% of members under the company, volumes from a few values, 15% departed. */
    static Genealogy random(RandomGenerator rng, int n) {
        int[] sponsors = new int[n];
        double[] volumes = new double[n];
        boolean[] active = new boolean[n];
        double[] choices = {0, 50, 99.99, 100, 150, 237.5, 1000};
        for (int i = 0; i < n; i++) {
            sponsors[i] = i == 0 || rng.nextDouble() < 0.1 ? -1 : rng.nextInt(i);
            active[i] = rng.nextDouble() >= 0.15;
            volumes[i] = active[i] ? choices[rng.nextInt(choices.length)] : 0;
        }
        return of(sponsors, volumes, active);
    }

    static List<List<Integer>> children(Genealogy g) {
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            kids.add(new ArrayList<>());
        }
        for (int i = 0; i < g.size(); i++) {
            if (g.sponsor[i] >= 0) {
                kids.get(g.sponsor[i]).add(i);
            }
        }
        return kids;
    }
}

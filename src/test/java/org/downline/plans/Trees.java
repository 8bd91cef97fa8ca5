package org.downline.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.downline.scenario.Compression;
import org.downline.scenario.PlanConfig;
import org.downline.scenario.PlanType;
import org.downline.scenario.QualificationConfig;

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

    static PlanConfig unilevel(Compression compression, double qualifyingVolume, Double... levels) {
        PlanConfig d = PlanConfig.DEFAULT;
        return new PlanConfig(PlanType.UNILEVEL, new QualificationConfig(qualifyingVolume, false), compression,
                List.of(levels), d.width(), d.depth(), d.rate(), d.capPerMonth(), d.carryForward(), d.placement(),
                d.tiers(), d.breakawayVolume(), d.overrideRate(), d.overrideGenerations());
    }

    /** Pays one period and returns the payout (with components). */
    static Payout pay(CompensationPlan plan, Genealogy g) {
        for (int i = 0; i < g.size(); i++) {
            plan.onJoin(g, i);
        }
        Payout out = new Payout(g.size(), plan.componentNames());
        plan.pay(g, out);
        return out;
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

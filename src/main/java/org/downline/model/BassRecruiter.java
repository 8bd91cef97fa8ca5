package org.downline.model;

import java.util.random.RandomGenerator;
import org.downline.plans.Genealogy;
import org.downline.rng.Binomial;

/**
 * Mean-field Bass diffusion inside a finite market of m prospects (Bass 1969, discrete form).
 *
 * <p>Each month every remaining prospect joins with probability h = p + q·A/m, where A is the
 * number of members able to recruit (active, joined at least {@code startDelayMonths} ago). The
 * month's joiners are therefore Binomial(R, h) with R the remaining prospects; each joined through
 * the company (an innovator) with probability p/h and otherwise through a member (an imitator).
 * With no attrition and a delay of one month, A is everyone who joined before, and the expected
 * joiners follow n_t = (p + q·N_{t−1}/m)(m − N_{t−1}) exactly.
 *
 * <p>An imitator's sponsor is chosen among the A recruiters in proportion to effort by a
 * {@link SponsorSampler}; the month's innovators (under the company) and imitators are then
 * shuffled together so that join order within a month carries no information.
 *
 * <p>It holds no array a member or a joiner: the running total of effort is kept in the payout's
 * commissions ({@link MlmWorld#recruitingScratch}), and the month's joiners, who become members
 * n .. n + joiners − 1, have their sponsors drawn, shuffled and read by the joins in the
 * genealogy's sponsor entries n.. (each join writes its entry back unchanged,
 * {@link MlmWorld#joinAll}), and the imitators' points sorted in its volume entries n.. (dead once
 * the sponsors are found; the joins then write them): the free tails of its arrays, grown first as
 * the joins would grow them ({@link Genealogy#makeRoom}). Nothing reads those entries in between.
 */
final class BassRecruiter implements Recruiter {

    private final double p;
    private final double q;
    private final double marketPotential;
    private final int startDelay;
    private final SponsorSampler sampler = new SponsorSampler();

    BassRecruiter(double innovation, double imitation, long prospects, int startDelay) {
        this.p = innovation;
        this.q = imitation;
        this.marketPotential = Math.max(1, prospects);
        this.startDelay = startDelay;
    }

    @Override
    public void recruit(MlmWorld w, int month) {
        final long remaining = w.prospectsLeft();
        if (remaining == 0) {
            return;                                  // the market is used up: nothing to draw
        }
        final int n = w.size();
        final Genealogy g = w.genealogy();
        final boolean[] active = g.active;
        final short[] joinMonth = w.joinMonth;
        final float[] effort = w.effort;
        final int latestEligibleJoin = month - startDelay;
        final double[] cum = w.recruitingScratch(n);    // the commissions' array: dead until the pay
        // cum[i] = total effort of recruiters 0..i; non-recruiters add nothing, so no point can land
        // on them. Whether a member recruits (active, joined early enough) is a coin flip to a
        // branch predictor once quits are scattered, so it is not a branch: a non-recruiter's
        // effort has all its bits masked off, and adding the +0.0 left leaves the (non-negative)
        // total unchanged, so the totals are the same bit for bit.
        double total = 0;
        int recruiters = 0;
        final float same = w.sameEffort;                // everyone's, when effort is null
        for (int i = 0; i < n; i++) {
            final int recruits = active[i] & joinMonth[i] <= latestEligibleJoin ? 1 : 0;
            final float e = effort != null ? effort[i] : same;
            total += Float.intBitsToFloat(Float.floatToRawIntBits(e) & -recruits);
            recruiters += recruits;
            cum[i] = total;
        }
        final double imitationHazard = q * recruiters / marketPotential;
        final double hazard = Math.min(1, p + imitationHazard);
        final RandomGenerator rng = w.recruitmentRng();
        final int joiners = (int) Binomial.sample(rng, remaining, hazard);
        if (joiners == 0) {
            return;
        }
        final int imitators = total > 0
                ? (int) Binomial.sample(rng, joiners, Math.min(1, imitationHazard / hazard)) : 0;
        // the joiners will be members n .. n + joiners - 1 (joiners <= remaining, so within the
        // prospects): their sponsors and the points are drawn in the free tails there
        g.makeRoom(n + joiners);
        final int[] sp = g.sponsor;
        sampler.sample(cum, n, imitators, rng, g.volume, sp, n);
        for (int j = n + imitators; j < n + joiners; j++) {
            sp[j] = Genealogy.COMPANY;
        }
        SponsorSampler.shuffle(sp, n, joiners, rng);
        w.joinAll(joiners, month);
    }
}

package org.downline.model;

/**
 * The textbook pyramid: every active member recruits exactly {@code perMonth} people a month,
 * starting {@code startDelayMonths} after joining, until they have {@code frontlineCap} personal
 * recruits (0 = no cap) or the market runs out. When the market runs out mid-month, members earlier
 * in join order get their recruits first: the arithmetic stays deterministic.
 */
final class FixedRecruiter implements Recruiter {

    private final int perMonth;
    private final int cap;
    private final int startDelay;

    FixedRecruiter(int perMonth, int frontlineCap, int startDelay) {
        this.perMonth = perMonth;
        this.cap = frontlineCap;
        this.startDelay = startDelay;
    }

    @Override
    public void recruit(MlmWorld w, int month) {
        // The member arrays may grow while this month's recruits join, so they are read through the
        // world at every step rather than held in locals; the fixed model is not a hot path.
        final int n = w.size();
        final int latestEligibleJoin = month - startDelay;
        for (int i = 0; i < n && w.prospectsLeft() > 0; i++) {
            if (!w.genealogy().active[i] || w.joinMonth[i] > latestEligibleJoin) {
                continue;
            }
            long k = perMonth;
            if (cap > 0) {
                k = Math.min(k, cap - w.genealogy().children[i]);
            }
            k = Math.min(k, w.prospectsLeft());
            for (long j = 0; j < k; j++) {
                w.join(i, month);
            }
        }
    }
}

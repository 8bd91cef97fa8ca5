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
        final int n = w.size();
        final int[] joinMonth = w.joinMonth;
        final int[] recruits = w.recruits;
        final boolean[] active = w.genealogy().active;
        final int latestEligibleJoin = month - startDelay;
        for (int i = 0; i < n && w.prospectsLeft() > 0; i++) {
            if (!active[i] || joinMonth[i] > latestEligibleJoin) {
                continue;
            }
            long k = perMonth;
            if (cap > 0) {
                k = Math.min(k, cap - recruits[i]);
            }
            k = Math.min(k, w.prospectsLeft());
            for (long j = 0; j < k; j++) {
                w.join(i, month);
            }
        }
    }

    @Override
    public long bytesPerMember() {
        return 0;
    }
}

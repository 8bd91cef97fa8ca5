package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downline.rng.ReplicationStreams;
import org.downline.scenario.AttritionConfig;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The contacts model on a ring lattice (rewiring 0) with one founder: everybody knows only the
 * degree/2 people on each side, and a recruit pitches no earlier than the month after joining, so
 * the recruiting front moves at most degree/2 places each way a month. After t months every member
 * is within degree/2·t places of the founder: at most 1 + degree·t members. Growth is linear, not
 * exponential — the warm market in its purest form.
 */
class RingLatticeTest {

    private static final int DEGREE = 20;
    private static final int HALF = DEGREE / 2;

    private static Scenario lattice(double share, double contacts, double acceptance, boolean constantEffort,
                                    AttritionConfig attrition, int months, int reps, long seed) {
        Scenario s = Scenarios.with(Scenario.DEFAULT,
                Scenarios.market(100_000, share, false, NetworkKind.SMALL_WORLD, DEGREE, 0));
        s = Scenarios.with(s, Scenarios.contacts(1, contacts, acceptance,
                constantEffort ? Scenarios.CONSTANT_EFFORT : Scenario.DEFAULT.recruitment().effort()));
        s = Scenarios.with(s, attrition);
        return Scenarios.run(s, months, reps, seed);
    }

    private static int ringDistance(int a, int b, int n) {
        int d = Math.abs(a - b);
        return Math.min(d, n - d);
    }

    /**
     * Lognormal effort (some members pitch dozens a month), attrition, 80% prospects: in every
     * replication and month, members ≤ 1 + degree·t, and each member who joined in month t lives
     * within degree/2·t places of the founder.
     */
    @Test
    void membersNeverExceedOnePlusDegreeTimesMonths() {
        Scenario s = lattice(0.8, 12, 0.6, false, Scenario.DEFAULT.attrition(), 30, 60, 3);
        MlmWorld w = new MlmWorld(s);
        long grew = 0;
        for (int r = 0; r < s.replications(); r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), s.months());
            w.run(s.months());
            double[] members = w.series(MlmSeries.MEMBERS);
            for (int t = 0; t <= s.months(); t++) {
                assertTrue(members[t] <= 1 + DEGREE * t, "replication " + r + ", month " + t + ": " + members[t]);
            }
            ContactsRecruiter c = w.contacts();
            int founder = c.personOf(0);
            for (int m = 1; m < w.size(); m++) {
                int d = ringDistance(c.personOf(m), founder, 100_000);
                assertTrue(d <= HALF * w.joinMonths()[m], "member " + m + " at distance " + d
                        + " joined in month " + w.joinMonths()[m]);
            }
            grew += w.size() > 1 + DEGREE ? 1 : 0;
        }
        assertTrue(grew > s.replications() / 2, "too few replications grew past month 1: " + grew);
    }

    /**
     * Everyone a prospect, everyone accepts, every member pitches degree people a month, nobody
     * quits: the front moves exactly degree/2 places each way a month and members(t) = 1 + degree·t.
     */
    @Test
    void whenEveryoneAcceptsTheBoundIsExact() {
        Scenario s = lattice(1.0, DEGREE, 1.0, true, Scenarios.NO_ATTRITION, 30, 3, 9);
        MlmWorld w = new MlmWorld(s);
        for (int r = 0; r < s.replications(); r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), s.months());
            w.run(s.months());
            for (int t = 0; t <= s.months(); t++) {
                assertEquals(1 + DEGREE * t, w.series(MlmSeries.MEMBERS)[t], "month " + t);
            }
        }
    }

    /**
     * With acceptance 0.7 the front still advances at a steady speed: the mean number of recruits
     * a month over months 21–30 equals that over months 6–15 (the transient is over by month 5).
     * Tolerance: 5 standard errors of the difference plus 5%. Exponential growth at even 5% a
     * month would make the second window 1.65 times the first. A front dies out only if all of
     * the next degree/2 people refuse (0.3^10 ≈ 6e-6 a month), so nearly every replication keeps
     * both fronts going.
     */
    @Test
    void growthIsLinear() {
        Scenario s = lattice(1.0, DEGREE, 0.7, true, Scenarios.NO_ATTRITION, 30, 200, 17);
        MlmWorld w = new MlmWorld(s);
        final int reps = s.replications();
        double[] early = new double[reps];
        double[] late = new double[reps];
        for (int r = 0; r < reps; r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), s.months());
            w.run(s.months());
            double[] recruits = w.series(MlmSeries.NEW_RECRUITS);
            for (int t = 6; t <= 15; t++) {
                early[r] += recruits[t] / 10;
            }
            for (int t = 21; t <= 30; t++) {
                late[r] += recruits[t] / 10;
            }
        }
        double meanDiff = 0;
        double meanEarly = 0;
        for (int r = 0; r < reps; r++) {
            meanDiff += (late[r] - early[r]) / reps;
            meanEarly += early[r] / reps;
        }
        double var = 0;
        for (int r = 0; r < reps; r++) {
            double d = late[r] - early[r] - meanDiff;
            var += d * d / (reps - 1);
        }
        double se = Math.sqrt(var / reps);
        assertTrue(meanEarly > 5, "the front barely moved: " + meanEarly);
        assertTrue(Math.abs(meanDiff) < 5 * se + 0.05 * meanEarly,
                "recruits a month: months 6-15 " + meanEarly + ", months 21-30 " + (meanEarly + meanDiff));
    }
}

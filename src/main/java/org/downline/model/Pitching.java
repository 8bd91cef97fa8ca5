package org.downline.model;

import java.util.random.RandomGenerator;
import org.downline.plans.Genealogy;

/**
 * A pitch and its answer, whichever network chose the person: the acceptance trial, the person's
 * new status, and for a prospect who accepts, joining under the member who pitched them. Keeps
 * which person each member is.
 */
final class Pitching {

    /** Receives every pitch as it happens (tests). */
    interface PitchListener {
        /** Member {@code member} pitched {@code person}, whose status was {@code before}. */
        void pitched(int member, int person, byte before, boolean joined);
    }

    private final PopulationStatus status;
    private final double acceptance;
    /** The person each member is, by member number. */
    int[] person = new int[0];
    PitchListener listener;

    Pitching(PopulationStatus status, double acceptance) {
        this.status = status;
        this.acceptance = acceptance;
    }

    /** Person p, a prospect never pitched, joins as a founder under the company. */
    void founder(MlmWorld w, int p) {
        record(w.join(Genealogy.COMPANY, 0), p);
        status.founderJoined(p);
    }

    /**
     * Member i pitches person u (not a member): the unasked counts, the answer, the listener, and
     * the person's new status; a prospect who accepts joins under i.
     *
     * @return whether u joined
     */
    boolean pitch(MlmWorld w, int i, int u, int month, RandomGenerator rng) {
        final PopulationStatus s = status;
        final int before = s.pitched(u);
        final boolean joins = (before & PopulationStatus.PROSPECT) != 0 && rng.nextDouble() < acceptance;
        if (listener != null) {
            listener.pitched(i, u, (byte) before, joins);
        }
        if (joins) {
            s.joined(u);
            joined(w, i, u, month);
        } else {
            s.refused(u);
        }
        return joins;
    }

    /** Person u joins under member i (kept out of {@link #pitch}, so that it inlines). */
    private void joined(MlmWorld w, int i, int u, int month) {
        record(w.join(i, month), u);
    }

    /** Records that member {@code id} is person {@code p}, growing the array as needed. */
    private void record(int id, int p) {
        person = Genealogy.ensure(person, id + 1);
        person[id] = p;
    }

    /** The person member {@code m} is. */
    int personOf(int m) {
        return person[m];
    }
}

package org.downline.model;

/**
 * One month of the contacts model's recruiting, counted as members take their turns, and written
 * to the world's series at the end of the month.
 */
final class MonthTally {

    /** Active members who took a turn. */
    long active;
    /** Active members past their start delay. */
    long recruiters;
    /** Pitches made and recruits won. */
    long pitches;
    long recruits;
    /**
     * Active members with nobody left to ask (neither a member nor refused), as seen at their turn;
     * reapproaching: who have been through their whole list.
     */
    long nobodyLeft;

    void clear() {
        active = 0;
        recruiters = 0;
        pitches = 0;
        recruits = 0;
        nobodyLeft = 0;
    }

    /** Writes the month's series; a ratio without a denominator is NaN. */
    void record(MlmWorld w, int month, PopulationStatus status) {
        w.set(MlmSeries.PITCHES, month, pitches);
        w.set(MlmSeries.RECRUITERS, month, recruiters);
        w.set(MlmSeries.UNASKED, month, status.unasked);
        w.set(MlmSeries.UNASKED_PROSPECTS, month, status.unaskedProspects);
        w.set(MlmSeries.RECRUITS_PER_PITCH, month, pitches == 0 ? Double.NaN : (double) recruits / pitches);
        w.set(MlmSeries.PITCHES_PER_RECRUIT, month, recruits == 0 ? Double.NaN : (double) pitches / recruits);
        w.set(MlmSeries.RECRUITS_PER_RECRUITER, month,
                recruiters == 0 ? Double.NaN : (double) recruits / recruiters);
        w.set(MlmSeries.SHARE_NO_UNASKED_LEFT, month,
                active == 0 ? Double.NaN : (double) nobodyLeft / active);
    }

    /** Month 0's series, after the founders joined: the unasked counts, no ratios. */
    static void recordStart(MlmWorld w, PopulationStatus status) {
        w.set(MlmSeries.UNASKED, 0, status.unasked);
        w.set(MlmSeries.UNASKED_PROSPECTS, 0, status.unaskedProspects);
        w.set(MlmSeries.RECRUITS_PER_PITCH, 0, Double.NaN);
        w.set(MlmSeries.PITCHES_PER_RECRUIT, 0, Double.NaN);
        w.set(MlmSeries.RECRUITS_PER_RECRUITER, 0, Double.NaN);
        w.set(MlmSeries.SHARE_NO_UNASKED_LEFT, 0, Double.NaN);
    }
}

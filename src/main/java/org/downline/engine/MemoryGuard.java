package org.downline.engine;

import java.util.Locale;
import org.downline.model.MlmSeries;
import org.downline.model.MlmWorld;
import org.downline.plans.Genealogy;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.stats.Outlook;
import org.downline.stats.ParticipantStats;
import org.downline.traffic.AffiliateSeries;
import org.downline.traffic.AffiliateWorld;

/**
 * Refuses, before anything starts, a run that would not fit in the JVM's heap: a clear message now
 * instead of an OutOfMemoryError an hour in.
 */
public final class MemoryGuard {

    /** Share of the free heap a run may plan to use; the rest is left to the collector. */
    static final double USABLE = 0.85;

    private MemoryGuard() {
    }

    /** Bytes one worker holds while running a replication of {@code s}. */
    public static long perWorkerBytes(Scenario s) {
        long members = MlmWorld.maxMembers(s);
        // the statistics' scratch copies per participant (net, sorted gross, annual, cohort slice,
        // months in the business, costs); the outlook's cohort slice (a double a participant at
        // most) comes after they are garbage, so it adds nothing to the peak
        long statsPerParticipant = 5L * Double.BYTES + Integer.BYTES;
        long bytes = MlmWorld.estimateBytes(s) + statsPerParticipant * members
                + 4L * 1_800_000;                                   // pooled histograms
        if (s.affiliate().enabled()) {
            long affiliates = s.affiliate().entrants().matchMlm() ? members : s.affiliate().entrants().count();
            long ranked = affiliates + s.affiliate().incumbents() + 1;
            bytes += Genealogy.grownLength(affiliates) * AffiliateWorld.bytesPerAffiliate()
                    + 2 * ranked * AffiliateWorld.bytesPerRankedSite() + statsPerParticipant * affiliates;
        }
        return bytes;
    }

    /** Bytes the compact per-replication results of the whole run hold. */
    public static long resultBytes(Scenario s) {
        long months = s.months() + 1L;
        long series = (long) (MlmSeries.values().length + AffiliateSeries.values().length) * months * Double.BYTES;
        long perWorld = 4 * months * Double.BYTES                   // cohorts
                + (4L + Outlook.PERCENTILES.length) * months * Double.BYTES   // outlook
                + (ParticipantStats.LORENZ_X.length + 64L) * Double.BYTES
                + 512;
        return (series + 2 * perWorld) * s.replications();          // both worlds at most
    }

    /** Bytes a run of {@code s} on {@code threads} workers needs. */
    public static long requiredBytes(Scenario s, int threads) {
        return perWorkerBytes(s) * threads + resultBytes(s);
    }

    /** Bytes this JVM can still give a run. */
    public static long availableBytes() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return (long) ((rt.maxMemory() - used) * USABLE);
    }

    /**
     * Throws if the run does not fit.
     *
     * @throws ScenarioException naming the population, what is needed, what is available and what to
     *                           change
     */
    public static void check(Scenario s, int threads) {
        check(s, threads, availableBytes());
    }

    static void check(Scenario s, int threads, long available) {
        long need = requiredBytes(s, threads);
        if (need <= available) {
            return;
        }
        long perWorker = perWorkerBytes(s);
        long fitting = perWorker == 0 ? threads : (available - resultBytes(s)) / perWorker;
        String remedy;
        if (fitting == 1) {
            remedy = "use --threads 1";
        } else if (fitting > 1) {
            remedy = "use --threads " + fitting + " or fewer";
        } else {
            remedy = "use a smaller market.population or market.prospectShare, or give Java more memory"
                    + " (java -Xmx" + gib(need / USABLE + (1L << 30)) + "g -jar ...)";
        }
        throw new ScenarioException("market.population", String.format(Locale.ROOT,
                "is too large for this machine's Java heap: up to %d members on %d thread%s need about %s GB"
                        + " (%s GB per thread), but only %s GB is available; %s",
                MlmWorld.maxMembers(s), threads, threads == 1 ? "" : "s", gb(need), gb(perWorker),
                gb(available), remedy));
    }

    private static String gb(double bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1L << 30));
    }

    private static long gib(double bytes) {
        return (long) Math.ceil(bytes / (1L << 30));
    }
}

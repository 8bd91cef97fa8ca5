package org.downline.engine;

import java.util.Locale;
import org.downline.model.MlmSeries;
import org.downline.model.MlmWorld;
import org.downline.plans.Genealogy;
import org.downline.plans.Plans;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.stats.Outlook;
import org.downline.stats.Quantiles;
import org.downline.stats.ParticipantStats;
import org.downline.traffic.AffiliateSeries;
import org.downline.traffic.AffiliateWorld;

/**
 * Refuses, before anything starts, a run that would not fit in the JVM's heap: a clear message now
 * instead of an OutOfMemoryError an hour in.
 */
public final class MemoryGuard {

    /** Share of the free heap a run may plan to use; the rest is left to the collector. */
    public static final double USABLE = 0.85;

    /** What run's and disclose's refusals name, and what they ask to lower, when the members are what is large. */
    public static final String MARKET = "market.population";
    private static final String MARKET_KEYS = MARKET + " or market.prospectShare";
    public static final String LOWER_MARKET = "lower " + MARKET_KEYS;

    private MemoryGuard() {
    }

    /**
     * How a refusal says to run on fewer threads (one, or at most a number) and to give Java more memory (a
     * number of GiB): {@link #JAVA} for {@code java -jar}, {@link #SPARK_LOCAL} for a Spark local master,
     * whose threads are the master's and whose heap is the driver's.
     */
    public record Advice(String oneThread, String fewerThreads, String moreHeap) implements java.io.Serializable {
        public static final Advice JAVA = new Advice("--threads 1", "--threads %d or fewer", "java -Xmx%dg");
        public static final Advice SPARK_LOCAL = new Advice("spark-submit --master local[1]",
                "spark-submit --master local[%d] or fewer threads", "spark-submit --driver-memory %dg");
    }

    /** Bytes one worker holds while running a replication of {@code s}. */
    public static long perWorkerBytes(Scenario s) {
        long members = MlmWorld.maxMembers(s);
        // Both worlds' statistics and outlook work in arrays the world is done with (MlmWorld's and
        // AffiliateWorld's spareDoubles and spareLongs, the latter counted in bytesPerAffiliate) and
        // compute months and costs as needed: nothing a participant but, for the MLM with ranks, the
        // net incomes by rank.
        long mlmStatsPerParticipant = Plans.create(s.plan(), 0).ranks() != null ? Double.BYTES : 0;
        long bytes = MlmWorld.estimateBytes(s) + mlmStatsPerParticipant * members
                + 4L * 1_800_000                                    // pooled histograms
                + Quantiles.SCRATCH_BYTES_PER_THREAD;               // selection scratch, per thread
        if (s.affiliate().enabled()) {
            long affiliates = s.affiliate().entrants().matchMlm() ? members : s.affiliate().entrants().count();
            long ranked = affiliates + s.affiliate().incumbents() + 1;
            bytes += Genealogy.grownLength(affiliates) * AffiliateWorld.bytesPerAffiliate()
                    + 2 * ranked * AffiliateWorld.bytesPerRankedSite();
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
     * @throws ScenarioException naming what is too large (the population, the affiliates, or the
     *                           replications' results when no thread count fits and they outweigh a
     *                           thread's world), what is needed, what is available and what to change
     */
    public static void check(Scenario s, int threads) {
        check(s, threads, Advice.JAVA);
    }

    /** As {@link #check(Scenario, int)}, the remedy said as {@code advice} says it. */
    public static void check(Scenario s, int threads, Advice advice) {
        check(s, threads, availableBytes(), advice);
    }

    static void check(Scenario s, int threads, long available) {
        check(s, threads, available, Advice.JAVA);
    }

    static void check(Scenario s, int threads, long available, Advice advice) {
        long perWorker = perWorkerBytes(s);
        long results = resultBytes(s);
        boolean affiliates = affiliatesDominate(s);
        String world = affiliates ? "affiliate.entrants" : MARKET_KEYS;         // what makes a thread's world large
        if (perWorker > 0 && available - results < perWorker && (results > perWorker || results >= available)) {
            // no number of threads fits, and the replications' results take more than a thread's world (run
            // --replications 1000000 --months 600 on a small market), or alone more than the heap, which no
            // smaller market mends: those are what is too large; if a thread's world alone is too, both are
            check(threads, perWorker, results, available, "replications", "are too many",
                    () -> s.replications() + " replications of " + s.months() + " months",
                    "lower replications or months" + (perWorker < available ? "" : ", and " + world), advice);
        } else {
            check(threads, perWorker, results, available, affiliates ? "affiliate.entrants" : MARKET, TOO_LARGE,
                    () -> onThreads(affiliates ? s.affiliate().entrants().count() + " affiliates"
                            : MlmWorld.maxMembers(s) + " members", threads), "lower " + world, advice);
        }
    }

    /** What a refusal says of a field that names one thing: "market.population is too large for the Java heap". */
    private static final String TOO_LARGE = "is too large";

    /** "2000 members on 2 threads". */
    private static String onThreads(String size, int threads) {
        return size + " on " + threads + " thread" + (threads == 1 ? "" : "s");
    }

    /**
     * Bytes one worker of {@code disclose} holds ({@link Disclosing#simulate}): the MLM world alone,
     * and a member each the gross and retail profit at the period's start, the covered pay, and the
     * statistics' net incomes and sort keys (allocated, as the world's spare arrays are in use).
     */
    public static long disclosingBytes(Scenario s) {
        return disclosingBytes(s, s.months());
    }

    private static long disclosingBytes(Scenario s, int months) {
        return MlmWorld.estimateBytes(s, months) + 5L * Double.BYTES * MlmWorld.maxMembers(s, months)
                + Quantiles.SCRATCH_BYTES_PER_THREAD;
    }

    /**
     * Throws if {@code disclose}'s simulations of {@code s} on {@code threads} workers do not fit
     * (their results, a few numbers a replication, are left out).
     *
     * @throws ScenarioException as {@link #check(Scenario, int)}
     */
    public static void checkDisclosing(Scenario s, int threads) {
        checkSimulating(s, s.months(), threads, availableBytes(), MARKET, LOWER_MARKET, Advice.JAVA);
    }

    /**
     * Bytes one worker of {@code fit} holds: what one of {@code disclose} holds (a fit's simulations
     * are {@link Disclosing#simulate}'s), for a world run a year past the scenario's months, as the
     * posterior predictive draws run it to follow the newcomers ({@link Outlook#YEAR}; only the
     * fixed model's members grow with the months). Their first-year outlook works in an array of a
     * month's joiners, less than the statistics' arrays it comes after. The fit's own tables —
     * each generation's particles and each predictive draw's figures, tens of bytes a particle or a
     * draw and a group — are left out: under a megabyte at the default settings.
     */
    public static long fittingBytes(Scenario s) {
        return disclosingBytes(s, s.months() + Outlook.YEAR);
    }

    /**
     * Throws if {@code fit}'s simulations of {@code s} on {@code threads} workers do not fit in
     * {@code available} bytes ({@link #availableBytes} when the fit started: the same figure for
     * each of its scenarios).
     *
     * @param field what the refusal names: {@link #MARKET}, or the prior that makes {@code s} large
     * @param lower what to lower or narrow, if fewer threads are not enough
     * @param advice how to say fewer threads and more memory
     * @throws ScenarioException as {@link #check(Scenario, int)}
     */
    public static void checkFitting(Scenario s, int threads, long available, String field, String lower,
                                    Advice advice) {
        checkSimulating(s, s.months() + Outlook.YEAR, threads, available, field, lower, advice);
    }

    /**
     * Throws unless {@code threads} workers of {@link #disclosingBytes} for a world of {@code s} run {@code months}
     * months fit in {@code available} bytes: disclose's and fit's check (its results, a few numbers a simulation,
     * left out).
     */
    private static void checkSimulating(Scenario s, int months, int threads, long available, String field,
                                        String lower, Advice advice) {
        check(threads, disclosingBytes(s, months), 0, available, field, TOO_LARGE,
                () -> onThreads(MlmWorld.maxMembers(s, months) + " members", threads), lower, advice);
    }

    /**
     * Throws unless {@code threads} workers of {@code perWorker} bytes and {@code results} bytes fit in
     * {@code available}, naming {@code field} and what it {@code is} ("is too large"), {@code what} is too
     * large ("2000 members on 2 threads", made only for a refusal: a fit checks every scenario it simulates)
     * and, when fewer threads are not enough, what to {@code lower}; the remedy said as {@code advice} says it.
     */
    private static void check(int threads, long perWorker, long results, long available, String field, String is,
                              java.util.function.Supplier<String> what, String lower, Advice advice) {
        long need = perWorker * threads + results;
        if (need <= available) {
            return;
        }
        long fitting = perWorker == 0 ? threads : (available - results) / perWorker;
        String remedy;
        if (fitting == 1) {
            remedy = "use " + advice.oneThread();
        } else if (fitting > 1) {
            remedy = "use " + String.format(Locale.ROOT, advice.fewerThreads(), fitting);
        } else {
            remedy = lower + ", or use " + String.format(Locale.ROOT, advice.moreHeap(), gib(need / USABLE + (1L << 30)));
        }
        // one line (run's under 200 characters): what is too large, the need, the heap, the remedy
        throw new ScenarioException(field, String.format(Locale.ROOT,
                "%s for the Java heap: %s need %s%s, %s available; %s", is, what.get(), heapSize(need),
                fitting >= 1 ? " (" + heapSize(perWorker) + " a thread)" : "", heapSize(available), remedy));
    }

    /** Whether a fixed number of affiliate entrants, more than the MLM's members, is what makes a run large. */
    static boolean affiliatesDominate(Scenario s) {
        return s.affiliate().enabled() && !s.affiliate().entrants().matchMlm()
                && s.affiliate().entrants().count() > MlmWorld.maxMembers(s);
    }

    /**
     * Heap bytes reading a genealogy CSV and paying a plan on it take, per row of the file: the ids,
     * the sponsors and placement parents named before their own rows, the id index, the tree, and
     * the plan's and the payout's arrays. An overestimate, measured (the check turned off) with
     * 1,000,000 rows: all eight columns, children before their parents (38 MB) and a binary plan ran
     * in -Xmx368m and not in -Xmx362m, where this estimate asks for about -Xmx515m; the 3-column
     * tree of {@code m{i}} under {@code m{(i-1)/3}} (20 MB) and a unilevel plan ran in -Xmx190m, where
     * it asks for about -Xmx460m. (Before the reader held records a row, the first file needed
     * -Xmx631m, more than the estimate.)
     */
    static final long GENEALOGY_BYTES_PER_ROW = 330;

    /** Bytes reading a genealogy of {@code rows} rows and {@code fileBytes} bytes and paying a plan on it need. */
    public static long genealogyBytes(long rows, long fileBytes) {
        // the file's bytes, its text, and a text of each field
        return rows * GENEALOGY_BYTES_PER_ROW + 3 * fileBytes;
    }

    /**
     * Throws if a genealogy of {@code rows} rows will not fit.
     *
     * @throws ScenarioException naming the file, the rows and the heap
     */
    public static void checkGenealogy(String source, long rows, long fileBytes) {
        checkGenealogy(source, rows, fileBytes, availableBytes());
    }

    static void checkGenealogy(String source, long rows, long fileBytes, long available) {
        long need = genealogyBytes(rows, fileBytes);
        if (need > available) {
            throw new ScenarioException(source, String.format(Locale.ROOT,
                    "has %d rows, which need about %s of Java heap, but %s is available; use java -Xmx%dg",
                    rows, heapSize(need), heapSize(available), gib(need / USABLE + (1L << 30))));
        }
    }

    /** 1.2 GB; below a tenth of one, 45 MB ("0.0 GB" would say nothing). */
    static String heapSize(double bytes) {
        double g = bytes / (1L << 30);
        return g >= 0.095 ? String.format(Locale.ROOT, "%.1f GB", g)
                : String.format(Locale.ROOT, "%.0f MB", bytes / (1L << 20));
    }

    private static long gib(double bytes) {
        return (long) Math.ceil(bytes / (1L << 30));
    }
}

package org.downline.bench;

import java.util.concurrent.TimeUnit;
import org.downline.model.MlmSeries;
import org.downline.model.MlmWorld;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.AttritionConfig;
import org.downline.scenario.MarketConfig;
import org.downline.scenario.NetworkConfig;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.RecruitmentConfig;
import org.downline.scenario.RecruitmentModel;
import org.downline.scenario.Scenario;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Months of the contacts model — pitch on a small-world network of the whole population, buy,
 * pay a five-level unilevel plan, charge costs, quit — single-threaded, on a population of
 * {@code population} people with {@code degree} acquaintances each (rewiring 0.1).
 *
 * <p>The world is grown afresh before every invocation (outside the measurement) from one founder
 * per thousand people, a quarter of the population prospects, 4 pitches a month per member of mean
 * effort (lognormal effort, the default), acceptance 0.2 and a light quit hazard (0.2% a month),
 * until 2% of the population has joined. That is the expensive phase of a warm-market run: many
 * neighbourhoods are picked over (about 40% of members have nobody left to ask, the others pass
 * over six or seven asked acquaintances per pitch), yet most members still pitch. Earlier months
 * pass over fewer people; later ones are cheaper still, as a member with nobody left to ask costs
 * three array reads. One invocation runs {@value #MONTHS} months; the seed is fixed, so every
 * invocation measures the same months.
 *
 * <p>The score that matters is the {@code memberMonths} counter: active members processed per
 * second ({@code pitches}: pitches per second). Run:
 * {@code mvn -B -ntp -Pbench verify -Dbench.args="ContactsMonthBenchmark"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
@State(Scope.Thread)
public class ContactsMonthBenchmark {

    /** Months measured per invocation. */
    static final int MONTHS = 10;

    @Param({"1000000", "10000000"})
    public int population;

    @Param({"150"})
    public int degree;

    private MlmWorld world;
    private int month;

    /**
     * Active member-months and pitches processed, and the benchmark thread's CPU time in
     * microseconds; JMH reports each per second of wall time. On a machine shared with other work
     * the thread does not have a core to itself: member-months per CPU second, the per-core figure,
     * is memberMonths / (cpuMicros / 10^6).
     */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        public long memberMonths;
        public long pitches;
        public long cpuMicros;
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    @Setup(Level.Invocation)
    public void grow() {
        Scenario d = Scenario.DEFAULT;
        Scenario s = new Scenario("bench", "", Scenario.MAX_MONTHS, 1, 1,
                new MarketConfig(population, 0.25, false, new NetworkConfig(NetworkKind.SMALL_WORLD, degree, 0.1)),
                new RecruitmentConfig(RecruitmentModel.CONTACTS, population / 1000, 1, 0, 0, 4, 0.2, 1, 5,
                        d.recruitment().effort()),
                new AttritionConfig(0.002, 0), d.economics(), d.plan(), d.affiliate());
        if (world == null) {
            world = new MlmWorld(s);
        }
        world.reset(ReplicationStreams.of(1, 0), Scenario.MAX_MONTHS);
        month = 0;
        while (world.size() < population / 50 && month < 200) {
            world.step(++month);
        }
    }

    @Benchmark
    public int months(Counters counters) {
        final long cpu = THREADS.getCurrentThreadCpuTime();
        for (int m = 0; m < MONTHS; m++) {
            world.step(++month);
            counters.memberMonths += (long) world.series(MlmSeries.ACTIVE)[month];
            counters.pitches += (long) world.series(MlmSeries.PITCHES)[month];
        }
        counters.cpuMicros += (THREADS.getCurrentThreadCpuTime() - cpu) / 1000;
        return world.size();
    }
}

package org.downline.bench;

import java.util.concurrent.TimeUnit;
import org.downline.model.MlmSeries;
import org.downline.model.MlmWorld;
import org.downline.plans.Plans;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.AttritionConfig;
import org.downline.scenario.MarketConfig;
import org.downline.scenario.NetworkConfig;
import org.downline.scenario.PlanConfig;
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
 * One full MLM month — recruit, buy, roll up and pay the plan, charge costs, quit — on a world
 * already grown to {@code members} members, single-threaded.
 *
 * <p>The score that matters is the {@code memberMonths} counter: active members processed per
 * second, for each plan type (the {@code plan} parameter) with the default plan settings. The
 * world is grown afresh before every iteration (outside the measurement) from a nearly saturated
 * Bass market with the default economics and a light quit hazard (0.02% a month, so that even the
 * hundreds of months a small world runs in an iteration change it little): membership stays near
 * {@code members} throughout an iteration.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench verify -Dbench.args="MlmMonthBenchmark"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx14g"})
@State(Scope.Thread)
public class MlmMonthBenchmark {

    @Param({"100000", "1000000", "10000000"})
    public int members;

    @Param({"unilevel", "binary", "matrix", "breakaway"})
    public String plan;

    /**
     * Months a world can run: far more than an iteration reaches (at 10^5 members a month takes a
     * few milliseconds); the series arrays are sized to it.
     */
    static final int MONTHS = 20_000;

    private MlmWorld world;
    private int month;

    /** Active member-months processed; JMH reports it per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        public long memberMonths;
    }

    @Setup(Level.Iteration)
    public void grow() {
        Scenario d = Scenario.DEFAULT;
        PlanConfig planConfig = Plans.byName(plan).kind().defaults();
        // a market a little larger than the target, filled fast: p = 0.01, q = 0.9
        Scenario s = new Scenario("bench", "", Scenario.MAX_MONTHS, 1, 1,
                new MarketConfig(members + members / 100, 1.0, false, NetworkConfig.DEFAULT),
                new RecruitmentConfig(RecruitmentModel.BASS, 1, 1, 0.01, 0.9, 4, 0.05, 1, 5,
                        d.recruitment().effort()),
                new AttritionConfig(0.0002, 0), d.economics(), planConfig, d.affiliate());
        world = new MlmWorld(s);
        world.reset(ReplicationStreams.of(1, 0), MONTHS);
        month = 0;
        while (world.size() < members && month < 100) {
            world.step(++month);
        }
    }

    @Benchmark
    public int month(Counters counters) {
        if (month == MONTHS) {
            return -1;      // never reached in a 2 s iteration; guards the series' length
        }
        world.step(++month);
        counters.memberMonths += (long) world.series(MlmSeries.ACTIVE)[month];
        return world.size();
    }
}

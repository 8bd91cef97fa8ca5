package org.downline.bench;

import java.util.concurrent.TimeUnit;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.AffiliateConfig;
import org.downline.scenario.Entrants;
import org.downline.scenario.Scenario;
import org.downline.traffic.AffiliateSeries;
import org.downline.traffic.AffiliateWorld;
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
 * One affiliate month — rank every active site, share the demand, draw orders, book costs, quit —
 * for {@code affiliates} sites that all started in month 1, single-threaded, with the default
 * preset's affiliate parameters (demand scaled with the number of sites, quitting switched off so
 * the number of sites stays fixed). The {@code affiliateMonths} counter is active affiliate-months
 * per second.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench verify -Dbench.args="AffiliateMonthBenchmark"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx8g"})
@State(Scope.Thread)
public class AffiliateMonthBenchmark {

    @Param({"1000000"})
    public int affiliates;

    /** Poisson orders (the default), or orders at their expectation. */
    @Param({"true", "false"})
    public boolean orderNoise;

    private AffiliateWorld world;
    private int month;

    /** Active affiliate-months processed; JMH reports it per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Counters {
        public long affiliateMonths;
    }

    @Setup(Level.Iteration)
    public void start() {
        AffiliateConfig d = Scenario.DEFAULT.affiliate();
        // the default preset has about 10,000 active sites for 5e7 visits: keep visits per site
        AffiliateConfig c = new AffiliateConfig(true, Entrants.fixed(affiliates), 5000.0 * affiliates,
                d.incumbents(), d.zipfExponent(), d.postsPerMonth(), d.siteQuality(), d.rankNoise(), d.clickThrough(),
                d.conversion(), d.orderValue(), d.commission(), d.funnelVariation(), orderNoise,
                d.startupCost(), d.costsPerMonth(), 0, 0);
        world = new AffiliateWorld(c);
        int[] entrants = new int[Scenario.MAX_MONTHS + 1];
        entrants[1] = affiliates;
        world.reset(ReplicationStreams.of(1, 0), Scenario.MAX_MONTHS, entrants);
        month = 0;
        world.step(++month);                 // everyone starts
    }

    @Benchmark
    public double month(Counters counters) {
        if (month == Scenario.MAX_MONTHS) {
            return -1;
        }
        world.step(++month);
        counters.affiliateMonths += (long) world.series(AffiliateSeries.ACTIVE)[month];
        return world.series(AffiliateSeries.COMMISSIONS_PAID)[month];
    }
}

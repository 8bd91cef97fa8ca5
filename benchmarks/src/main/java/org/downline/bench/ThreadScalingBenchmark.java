package org.downline.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.downline.engine.ProgressListener;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.io.Presets;
import org.downline.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The replication phase of issue 13's target 2 once the code is compiled: {@code Simulation.run} of the
 * default preset's 100 replications on 1 and on 2 threads, merged as a run merges them, in a JVM that has
 * run it before (no start-up, no cold code, no output tail). The ratio of the two scores is how the
 * replications themselves scale with threads; a whole process adds a fixed part that does not scale
 * (README, "Where issue 13's targets stand"). Each thread count runs in a JVM of its own.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench verify -Dbench.args="ThreadScalingBenchmark"}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@State(Scope.Benchmark)
public class ThreadScalingBenchmark {

    @Param({"1", "2"})
    public int threads;

    private Scenario scenario;

    @Setup
    public void setUp() {
        scenario = Presets.load(Presets.DEFAULT, List.of("replications=100"));
    }

    @Benchmark
    public Results replications() {
        return Simulation.run(scenario, new RunOptions(threads), ProgressListener.NONE);
    }
}

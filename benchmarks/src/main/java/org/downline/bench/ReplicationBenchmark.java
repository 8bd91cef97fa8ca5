package org.downline.bench;

import java.util.concurrent.TimeUnit;
import org.downline.engine.ReplicationResult;
import org.downline.engine.Simulation;
import org.downline.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole replication of the default preset — the MLM world's 36 months, the affiliate world's,
 * and both worlds' statistics — from a fresh worker, single-threaded: the per-replication part of
 * the main job, without the JVM's start-up and the run's output tail. Successive calls run
 * successive replication indices, so each draws from its own streams.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench verify -Dbench.args="ReplicationBenchmark"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@State(Scope.Thread)
public class ReplicationBenchmark {

    private final Scenario scenario = Scenario.DEFAULT;
    private int replication;

    @Benchmark
    public ReplicationResult replication() {
        return Simulation.runOne(scenario, replication++ % 1000);
    }
}

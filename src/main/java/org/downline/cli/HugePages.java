package org.downline.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.downline.engine.MemoryGuard;
import org.downline.model.MlmWorld;
import org.downline.scenario.Scenario;

/**
 * A hint for runs of millions of members: their passes write to arrays of hundreds of megabytes at
 * random, and with 4 KiB pages a large part of their time goes to page faults and address-translation
 * misses. Linux backs memory with 2 MiB pages where a program asks for them (transparent huge pages in
 * {@code madvise} mode, the usual default), and Java asks only when started with
 * {@code -XX:+UseTransparentHugePages}, which a jar cannot set for itself. SAT-BIN at 10^7 members
 * ran 1.2 times faster with it (README, 'Performance and memory'); the presets' runs, a few hundred
 * megabytes, gain nothing measurable, so the hint is given only from {@link #FROM_BYTES}.
 */
final class HugePages {

    /** Bytes a run holds from which the hint is given: about 5 million members of SAT-BIN. */
    static final long FROM_BYTES = 512L << 20;

    /** Where Linux says whether, and when, it backs memory with huge pages. */
    private static final Path MODE = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private HugePages() {
    }

    /**
     * The hint for a run of {@code s} on {@code threads} threads, when this JVM on this system would
     * gain from huge pages: a run that fits the heap and will hold at least {@link #FROM_BYTES}
     * (the memory guard's count, which is what it holds when its arrays are sized for the whole
     * market; a run that will not fill its market grows its arrays as it goes, and is not hinted).
     */
    static Optional<String> hint(Scenario s, int threads) {
        return hintHolding(s, MemoryGuard.requiredBytes(s, Math.min(threads, s.replications())));
    }

    /**
     * As {@link #hint(Scenario, int)}, for a command that holds {@code need} bytes simulating {@code s}
     * (disclose: {@link MemoryGuard#disclosingBytes} a worker).
     */
    static Optional<String> hintHolding(Scenario s, long need) {
        // too small to gain (and so not worth reading the mode), refused by the guard, or smaller than counted
        if (need < FROM_BYTES || need > MemoryGuard.availableBytes() || !MlmWorld.sizedForItsMarket(s)) {
            return Optional.empty();
        }
        String mode;
        try {
            mode = Files.readString(MODE);
        } catch (IOException | SecurityException e) {
            return Optional.empty();                        // not Linux, or no huge pages there
        }
        return hint(need, mode, optionGiven());
    }

    /**
     * The hint for runs of {@code runs} on {@code threads} threads (a sweep's cells, which share one
     * pool), given once: {@link #hint(Scenario, int)} of the first that is hinted, each cell counted as
     * a run of it alone would be.
     */
    static Optional<String> hint(List<Scenario> runs, int threads) {
        return runs.stream().map(s -> hint(s, threads)).flatMap(Optional::stream).findFirst();
    }

    /**
     * The hint for a run that holds {@code bytes} on a system whose huge-page mode reads {@code mode}
     * ("always [madvise] never"), {@code given} whether Java was started with the option either way (or
     * is a JVM without it).
     */
    static Optional<String> hint(long bytes, String mode, boolean given) {
        // "always": every JVM gets them already; "never": none can
        if (bytes < FROM_BYTES || given || !mode.contains("[madvise]")) {
            return Optional.empty();
        }
        return Optional.of("note: a run this large is about 1.2 times as fast with Linux's transparent huge pages, which "
                + "Java uses when started as java -XX:+UseTransparentHugePages -jar downline.jar (README, 'Performance and "
                + "memory')");
    }

    /** Whether -XX:[+-]UseTransparentHugePages was given, or this JVM has no such option. */
    private static boolean optionGiven() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        try {
            return hotSpot == null
                    || hotSpot.getVMOption("UseTransparentHugePages").getOrigin() != VMOption.Origin.DEFAULT;
        } catch (IllegalArgumentException e) {
            return true;                                    // a JVM without the option: nothing to suggest
        }
    }
}

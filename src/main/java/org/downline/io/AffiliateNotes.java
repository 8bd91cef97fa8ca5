package org.downline.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.downline.scenario.AffiliateConfig;
import org.downline.scenario.Scenario;

/**
 * Two plain notes on the affiliate world, printed with the run's table and in report.html (the first
 * with a sweep's too, once for its cells): when
 * its size follows the MLM's in a market of another size than its defaults are calibrated for, and
 * when a fixed number of affiliates makes the paired differences compare other people.
 */
public final class AffiliateNotes {

    private AffiliateNotes() {
    }

    /**
     * With affiliates as many as joined the MLM ({@code entrants: mlm}) in a market of another size
     * than {@link AffiliateConfig#CALIBRATED_POPULATION}: the niche's demand and incumbents stay, so
     * the affiliates do better (smaller market) or worse than calibrated; empty otherwise, and empty
     * when {@code demandPerMonth} or {@code incumbents} is not its calibrated default: whoever set them
     * (scaled as the note says, or for another niche) has chosen the market, and would be told to scale
     * them again.
     */
    public static Optional<String> marketSize(Scenario s) {
        AffiliateConfig a = s.affiliate();
        long population = s.market().population();
        long calibrated = AffiliateConfig.CALIBRATED_POPULATION;
        if (!a.enabled() || !a.entrants().matchMlm() || population == calibrated
                || a.demandPerMonth() != AffiliateConfig.DEMAND_PER_MONTH.defaultValue()
                || a.incumbents() != AffiliateConfig.INCUMBENTS.defaultValue()) {
            return Optional.empty();
        }
        String scale = BigDecimal.valueOf(population).divide(BigDecimal.valueOf(calibrated))
                .stripTrailingZeros().toPlainString();
        boolean smaller = population < calibrated;
        return Optional.of(String.format(Locale.US,
                "Note: the affiliate world is calibrated for a market of %,d people; in this one of %,d, %s "
                        + "affiliates (as many as joined the MLM) share the same demand, so each earns %s. To compare "
                        + "at the calibration, multiply affiliate.demandPerMonth and affiliate.incumbents by %s.",
                calibrated, population, smaller ? "fewer" : "more", smaller ? "more" : "less", scale));
    }

    /**
     * A sweep's {@link #marketSize} note, once for all its cells: the run's note where every cell has it
     * for one market size, else one naming the market sizes of the cells that have it (and, when cells
     * of another size have not, which cells it concerns); empty when no cell has it.
     */
    public static Optional<String> marketSize(List<Scenario> cells) {
        TreeSet<Long> populations = new TreeSet<>();
        int noted = 0;
        boolean othersSetTheirOwn = false;       // a cell of another size whose affiliates the note does not concern
        for (Scenario s : cells) {
            if (marketSize(s).isPresent()) {
                populations.add(s.market().population());
                noted++;
            } else {
                othersSetTheirOwn |= s.market().population() != AffiliateConfig.CALIBRATED_POPULATION;
            }
        }
        if (populations.isEmpty()) {
            return Optional.empty();
        }
        if (noted == cells.size() && populations.size() == 1) {
            return marketSize(cells.get(0));
        }
        long calibrated = AffiliateConfig.CALIBRATED_POPULATION;
        boolean smaller = populations.last() < calibrated;
        boolean larger = populations.first() > calibrated;
        String sizes = populations.size() <= 6 ? listed(populations)
                : String.format(Locale.US, "%,d to %,d (%d sizes)", populations.first(), populations.last(),
                        populations.size());
        return Optional.of(String.format(Locale.US,
                "Note: the affiliate world is calibrated for a market of %,d people; in the cells with a market of "
                        + "%s%s, %s. To compare at the calibration, multiply affiliate.demandPerMonth and "
                        + "affiliate.incumbents by the population / %,d.",
                calibrated, sizes, !othersSetTheirOwn ? ""
                        : " (those with affiliate.entrants mlm and the calibrated affiliate.demandPerMonth and "
                                + "affiliate.incumbents)",
                smaller ? "fewer affiliates (as many as joined the MLM) share the same demand, so each earns more"
                        : larger ? "more affiliates (as many as joined the MLM) share the same demand, so each earns less"
                        : "as many affiliates as joined the MLM share the same demand, so each earns more in a smaller "
                                + "market and less in a larger one",
                calibrated));
    }

    /** "20,000", "20,000 or 100,000", "20,000, 50,000 or 100,000". */
    private static String listed(TreeSet<Long> populations) {
        List<String> each = populations.stream().map(p -> String.format(Locale.US, "%,d", p)).toList();
        return each.size() == 1 ? each.get(0)
                : String.join(", ", each.subList(0, each.size() - 1)) + " or " + each.get(each.size() - 1);
    }

    /**
     * With a fixed number of affiliates ({@code entrants} a number, all starting in month 1): the
     * paired differences pair the worlds of each replication, not the same people; empty otherwise.
     */
    public static Optional<String> fixedEntrants(Scenario s) {
        AffiliateConfig a = s.affiliate();
        if (!a.enabled() || a.entrants().matchMlm()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.US,
                "Note: the affiliates are a fixed %,d, all starting in month 1, not the people who joined the MLM: "
                        + "each difference pairs the two worlds of a replication, not the same people.",
                a.entrants().count()));
    }
}

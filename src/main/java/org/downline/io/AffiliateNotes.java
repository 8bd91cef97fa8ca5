package org.downline.io;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.downline.scenario.AffiliateConfig;
import org.downline.scenario.Scenario;

/**
 * Two plain notes on the affiliate world, printed with the run's table and in report.html: when
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

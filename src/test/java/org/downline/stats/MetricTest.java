package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.downline.scenario.RecruitmentModel;
import org.junit.jupiter.api.Test;

class MetricTest {

    @Test
    void everyMetricHasAUniqueKeyALabelAUnitAndADescription() {
        Set<String> keys = new HashSet<>();
        for (Metric m : Metric.values()) {
            assertTrue(keys.add(m.key()), "duplicate key " + m.key());
            assertFalse(m.label().isBlank(), m.key());
            assertFalse(m.shortLabel().isBlank(), m.key());
            assertFalse(m.description().isBlank(), m.key());
            assertNotNull(m.unit(), m.key());
            assertFalse(m.worlds().isEmpty(), m.key());
            assertEquals(m, Metric.of(m.key()));
        }
    }

    /**
     * ruleBreakage is the rules' attribution within breakage (withheld pay plus the cap's excluded volume
     * at the top rate), not the pay they removed: pyramid-math with a cap of 80 and qualification at 50
     * pays 320 instead of 400 in month 5 while it reads 160. Its label and description must not say otherwise.
     */
    @Test
    void ruleBreakageDoesNotClaimToBeThePayTheRulesRemoved() {
        for (String text : List.of(Metric.RULE_BREAKAGE_RATIO.label(), Metric.RULE_BREAKAGE_RATIO.shortLabel(),
                org.downline.model.MlmSeries.RULE_BREAKAGE.label())) {
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("removed"), text);
            assertTrue(text.contains("attributed to plan rules"), text);
        }
        assertTrue(Metric.RULE_BREAKAGE_RATIO.description().contains("not the pay the rules removed"));
        assertTrue(org.downline.model.MlmSeries.RULE_BREAKAGE.description().contains("Not the pay the rules removed"));
    }

    @Test
    void aShareOfMemberMonthsIsLabelledAsOneNotAsAShareOfMembers() {
        int found = 0;
        for (Metric m : Metric.values()) {
            if (m.description().contains("member-months")) {
                found++;
                assertTrue(m.label().toLowerCase(java.util.Locale.ROOT).contains("member-months"), m.key() + " is over member-months: " + m.label());
            }
        }
        assertEquals(4, found, "memberEndUserShare.mean/.shareOver50, paidCustomerMajority, paidTenCustomers");
    }

    @Test
    void contactsOnlyMetricsAreReportedOnlyUnderTheContactsModel() {
        assertTrue(Metric.reported(World.MLM, RecruitmentModel.CONTACTS).contains(Metric.PITCHES_PER_RECRUIT));
        assertFalse(Metric.reported(World.MLM, RecruitmentModel.BASS).contains(Metric.PITCHES_PER_RECRUIT));
        assertFalse(Metric.reported(World.AFFILIATE, RecruitmentModel.CONTACTS).contains(Metric.PITCHES_PER_RECRUIT));
        assertTrue(Metric.reported(World.AFFILIATE, RecruitmentModel.BASS).contains(Metric.EARNINGS_PER_CLICK));
        assertFalse(Metric.reported(World.MLM, RecruitmentModel.BASS).contains(Metric.EARNINGS_PER_CLICK));
    }

    /** Values may be put in any order; the replication lists them in declaration order. */
    @Test
    void valuesComeOutInDeclarationOrderAndMissingOrExtraOnesFail() {
        List<Metric> expected = List.of(Metric.PARTICIPANTS, Metric.GINI, Metric.PAYOUT_RATIO);
        WorldReplication r = new MetricValues().put(Metric.PAYOUT_RATIO, 0.3).put(Metric.PARTICIPANTS, 5)
                .put(Metric.GINI, 0.9).toReplication(expected, null, null, null, null);
        assertEquals(List.of("participants", "gini", "payoutRatio"), List.of(r.names()));
        assertEquals(0.3, r.get("payoutRatio"));
        assertThrows(IllegalStateException.class, () -> new MetricValues().put(Metric.GINI, 1).put(Metric.GINI, 1));
        assertThrows(IllegalStateException.class, () -> new MetricValues().put(Metric.GINI, 1)
                .toReplication(expected, null, null, null, null));
        assertThrows(IllegalStateException.class, () -> new MetricValues().put(Metric.GINI, 1)
                .put(Metric.PARTICIPANTS, 1).put(Metric.PAYOUT_RATIO, 1).put(Metric.COSTS_MEAN, 1)
                .toReplication(expected, null, null, null, null));
    }

    @Test
    void unitsFormatAsTheSummaryTableDoes() {
        assertEquals("75,845", Unit.COUNT.text(75_845.4));
        assertEquals("99.3%", Unit.SHARE.text(0.9931));
        assertEquals("+27.0 points", Unit.SHARE.differenceText(0.27));
        assertEquals("-$1,193", Unit.DOLLARS.text(-1_193.2));
        assertEquals("-$1,193", Unit.DOLLARS.differenceText(-1_193.2));
        // a positive difference has its "+" in every unit (the Gini's printed 0.103 beside -$1,044)
        assertEquals("+0.103", Unit.INDEX.differenceText(0.1031));
        assertEquals("+$510", Unit.DOLLARS.differenceText(510.2));
        assertEquals("$0", Unit.DOLLARS.differenceText(0.3));
        assertEquals("-0.010", Unit.INDEX.differenceText(-0.0101));
        assertEquals("0.951", Unit.INDEX.text(0.9512));
        assertEquals("29", Unit.MONTH.text(29));     // a whole month, as every replication gave it (was 29.0)
        assertEquals("29.5", Unit.MONTH.text(29.5));
        // to a tenth whatever the mean: 29.04 and 28.96 read as 29 does, not 29.0 (two precisions in a column)
        assertEquals("29", Unit.MONTH.text(29.04));
        assertEquals("29", Unit.MONTH.text(28.96));
        assertEquals("29.1", Unit.MONTH.text(29.06));
        assertEquals("0", Unit.MONTH.text(-0.04));
        assertEquals("$0.04", Unit.DOLLARS_CENTS.text(0.041));
        // a whole-number key's fitted value, as the fit's terminal, report and charts print it
        assertEquals("28", Unit.wholeNumber(27.6));
        assertEquals("28", Unit.wholeNumber(27.5));
        assertEquals("10000000", Unit.wholeNumber(1e7));                    // no separator: --set reads it back
        assertEquals("0", Unit.wholeNumber(-0.4));                          // not "-0", as %.0f printed it
        // any other fitted key's value: three significant digits, never an exponent, whole from 100 up
        assertEquals("0.265", Unit.keyValue(0.26490, false));
        assertEquals("0.0753", Unit.keyValue(0.075276, false));
        assertEquals("0.500", Unit.keyValue(0.5, false));
        assertEquals("1.89", Unit.keyValue(1.8886, false));
        assertEquals("10.0", Unit.keyValue(9.996, false));
        assertEquals("100", Unit.keyValue(99.96, false));
        assertEquals("1420", Unit.keyValue(1420.4, false));                // %.3g printed 1.42e+03
        assertEquals("250000", Unit.keyValue(249999.7, false));
        assertEquals("0.000100", Unit.keyValue(1e-4, false));              // %.3g printed 1.00e-04 below 1e-4
        assertEquals("0.0000123", Unit.keyValue(1.234e-5, false));
        assertEquals("-0.265", Unit.keyValue(-0.2649, false));
        assertEquals("0", Unit.keyValue(0, false));
        assertEquals("60", Unit.keyValue(59.5, true));
        assertEquals("2.14", Unit.significant(2.135));
        // a group's share of a disclosure: two decimals under 1%, as SHARE from 1% up
        assertEquals("0.92%", Unit.groupShare(0.0092));
        assertEquals("0.01%", Unit.groupShare(0.0001));
        assertEquals("<0.01%", Unit.groupShare(0.00004));
        assertEquals("1.0%", Unit.groupShare(0.00996));
        assertEquals("12.2%", Unit.groupShare(0.1216));
        assertEquals("0.0%", Unit.groupShare(0));
        assertEquals("n/a", Unit.SHARE.differenceText(Double.NaN));
    }

    /**
     * One convention for small shares everywhere (the ranks table printed "0.0%" for a rank its chart
     * labelled "<0.1%"): above 0 but under 0.05%, {@code <0.1%}; exactly 0, 0.0%.
     */
    @Test
    void aShareAboveZeroNeverReadsAsNone() {
        assertEquals("<0.1%", Unit.SHARE.text(0.0003));
        assertEquals("<0.1%", Unit.SHARE.text(1e-9));
        assertEquals("0.1%", Unit.SHARE.text(0.0006));
        assertEquals("0.0%", Unit.SHARE.text(0));
        assertEquals("<0.1%", Unit.SHARE.text(0.0004999));
        // and at the top: 100.0% is everyone, just below it is >99.9%
        assertEquals(">99.9%", Unit.SHARE.text(0.99972));
        assertEquals(">99.9%", Unit.SHARE.text(1 - 1e-9));
        assertEquals("99.9%", Unit.SHARE.text(0.9994));
        assertEquals("100.0%", Unit.SHARE.text(1.0));
    }

    /** A value that rounds to zero prints without a sign: the customer-rule report printed "-$0". */
    @Test
    void aValueThatRoundsToZeroHasNoMinusSign() {
        assertEquals("$0", Unit.DOLLARS.text(-0.3));
        assertEquals("$0", Unit.DOLLARS.text(-0.0));
        assertEquals("-$1", Unit.DOLLARS.text(-0.5));
        assertEquals("$0.00", Unit.DOLLARS_CENTS.text(-0.001));
        assertEquals("0.0%", Unit.SHARE.text(-0.0001));
        assertEquals("0", Unit.COUNT.text(-0.2));
        assertEquals("0.000", Unit.INDEX.text(-0.0001));
        assertEquals("0.0", Unit.RATIO.text(-0.01));
        assertEquals("-0.1", Unit.RATIO.text(-0.1));
        assertEquals("+0.0 points", Unit.SHARE.differenceText(-0.0001));
        assertEquals("-0.1 points", Unit.SHARE.differenceText(-0.001));
    }

    /**
     * Each metric's range: shares of a whole and the Gini in [0, 1]; counts, quotients of volume
     * and money that cannot be negative at least 0; net income anything.
     */
    @Test
    void eachMetricDeclaresTheValuesItCanTake() {
        for (Metric m : List.of(Metric.SHARE_LOSING_MONEY, Metric.TOP_ONE_PERCENT_SHARE, Metric.GINI,
                Metric.ANNUAL_GROSS_OVER_50000, Metric.END_USER_SHARE, Metric.SHARE_EARLIEST_10,
                Metric.FLUSHED_VOLUME_RATIO)) {
            assertEquals(ValueRange.UNIT, m.range(), m.key());
        }
        for (Metric m : List.of(Metric.PARTICIPANTS, Metric.GROSS_MEAN, Metric.GROSS_P99, Metric.COSTS_MEAN,
                Metric.OTHER_INCOME_MEAN, Metric.ANNUAL_GROSS_P50, Metric.ESTABLISHED_ANNUAL_GROSS_P50,
                Metric.EARNINGS_PER_CLICK, Metric.CAPPED_RATIO, Metric.PAYOUT_RATIO,
                Metric.PITCHES_PER_RECRUIT, Metric.MONTHS_ACTIVE_MEAN, Metric.PEAK_RECRUITING_MONTH)) {
            assertEquals(ValueRange.NON_NEGATIVE, m.range(), m.key());
        }
        for (Metric m : List.of(Metric.NET_MEAN, Metric.NET_P10, Metric.NET_P50, Metric.NET_P99)) {
            assertEquals(ValueRange.ANY, m.range(), m.key());
        }
        // every amount of money but net income cannot be negative
        for (Metric m : Metric.values()) {
            if ((m.unit() == Unit.DOLLARS || m.unit() == Unit.DOLLARS_CENTS) && !m.quantity().equals("netIncome")) {
                assertEquals(ValueRange.NON_NEGATIVE, m.range(), m.key());
            }
        }
        assertEquals(new ValueRange(-1, 1), ValueRange.UNIT.ofDifference());
        assertEquals(ValueRange.ANY, ValueRange.NON_NEGATIVE.ofDifference());
        assertEquals(ValueRange.ANY, ValueRange.ANY.ofDifference());
    }
}

package org.downline.model;

import java.util.Arrays;
import org.downline.plans.CompensationPlan;
import org.downline.plans.Genealogy;
import org.downline.plans.Payout;
import org.downline.scenario.PlanRules;
import org.downline.stats.Flag;

/**
 * Volume by source, and the plan rules any plan can have enforced on it ({@link PlanRules}), in
 * the shared pay path around {@code CompensationPlan.pay}.
 *
 * <p><b>Sources.</b> An active member's personal volume is their own purchase, the required volume
 * (members buy nothing else to qualify in this model), plus their retail orders: k distinct retail
 * customers (end users), each ordering once, at the order value: volume = required + k × orderValue.
 * The world, which draws k, reports it as it is drawn ({@link #tellPurchases}, {@link #bought}), so no
 * array of its own holds it.
 *
 * <p><b>Group.</b> A member's own and downline volume is the volume of everyone in their sponsor
 * subtree, all levels, themselves included. One reverse pass a month counts the subtree's active
 * members and retail customers (integers, exact in any order), from each member's own values as
 * reported.
 *
 * <p><b>Commissions funded by participants.</b> A member's commission is funded by their group's
 * volume pro rata by source: the share of it funded by participants' own purchases is their group's
 * participant share of volume.
 *
 * <p><b>Rules.</b> {@code personalUseCap}: before the plan pays, each active member's own purchase
 * counts only up to the cap; their volume is put back (bit for bit) after. {@code minEndUserShare}
 * and {@code minRetailCustomers}: after the plan pays, a member whose group's end-user share is
 * below the minimum, or who had fewer retail customers, gets nothing that month. The pay removed is
 * breakage: the withheld commissions exactly; for the cap, what the plan's maximum rate (or, for
 * plans without a bound, the period's maximum over the rewardable volume) would pay on the volume
 * excluded. With every rule off nothing the plan computes is touched.
 */
final class EndUsers {

    private final double required;
    private final double orderValue;
    private final double minShare;
    private final int minCustomers;
    private final boolean capOn;
    private final double rewardableOwn;
    /** The plan's bound on pay per dollar of volume, NaN when it has none. */
    private final double maxRate;
    /** 1 / orderValue (0 without retail): guesses a volume's table row, which is then checked. */
    private final double inverse;
    /** Subtree sums: active members, retail customers (long when a month's customers may pass 2^31). */
    private int[] subActive;
    private long[] subOrdersWide;
    /** Subtree sums packed (when customers stay below 2^31): active members high, customers low. */
    private long[] subPacked;
    /** Most members the subtree arrays will hold: they grow by doubling but not past it. */
    private int maxMembers = Integer.MAX_VALUE;

    /** Per number of retail customers g below SHARE_TABLE: the volume bought, its customers and share. */
    private final double[] volumeByCustomers = new double[SHARE_TABLE];
    private final long[] customersByVolume = new long[SHARE_TABLE];
    private final double[] shareByCustomers = new double[SHARE_TABLE];
    private static final int SHARE_TABLE = 64;
    // The reverse pass's running totals.
    private double removedSum;
    private double fundedSum;
    private long paidCount;
    private long majority;
    private long ten;
    // The month's own values as reported ({@link #bought}): they are in the subtree arrays when the
    // month is accounted, and these are their totals.
    private long toldCount;
    private long toldOrders;
    private double toldShareSum;
    private long toldOverHalf;

    // One month's results.
    /** Active members. */
    long active;
    /** Members' own purchases (required volume of the active), dollars. */
    double participantPurchases;
    /** Retail sales to end users, dollars. */
    double endUserSales;
    /** Own purchases counted by Herbalife's reading: each active member's, up to $200. */
    double cappedPersonalUse;
    /** Sum over active members of their own end-user share of volume. */
    double ownShareSum;
    /** Active members whose own volume is more than half end-user sales. */
    long ownOverHalf;
    /** Commissions funded by participants' own purchases, dollars. */
    double fundedByParticipants;
    /** Paid members (after the rules). */
    long paid;
    /** Paid members whose own and downline volume is more than half end-user sales. */
    long paidMajority;
    /** Paid members with at least 10 retail customers and 50 of retail volume. */
    long paidTenCustomers;
    /** Pay removed by the rules, dollars. */
    double ruleBreakage;

    /**
     * @param wide whether a month's retail customers may exceed {@link Integer#MAX_VALUE} (subtree
     *             counts then held in longs)
     */
    EndUsers(double required, double orderValue, PlanRules rules, double maxRate, boolean wide) {
        this.required = required;
        this.orderValue = orderValue;
        this.minShare = rules.minEndUserShare();
        this.minCustomers = rules.minRetailCustomers();
        this.capOn = rules.personalUseCap() > 0;
        this.rewardableOwn = capOn ? Math.min(required, rules.personalUseCap()) : required;
        this.maxRate = maxRate;
        this.inverse = orderValue > 0 ? 1 / orderValue : 0;
        this.subOrdersWide = wide ? new long[0] : null;
        this.subActive = wide ? new int[0] : null;
        this.subPacked = wide ? null : new long[0];
        fillShares();
    }

    /**
     * Caps the subtree arrays' growth at {@code members}, the most a world holds (as
     * {@link org.downline.plans.Payout#limitTo}); without it they double past it.
     */
    EndUsers limitTo(int members) {
        this.maxMembers = members;
        return this;
    }

    /** Sizes the subtree arrays at once for {@code members} (no more than {@link #limitTo}'s). */
    void reserve(int members) {
        int n = Math.min(members, maxMembers);
        if (subPacked != null && subPacked.length < n) {
            subPacked = Arrays.copyOf(subPacked, n);
        }
        if (subActive != null && subActive.length < n) {
            subActive = Arrays.copyOf(subActive, n);
            subOrdersWide = Arrays.copyOf(subOrdersWide, n);
        }
    }

    /** Bytes per member of capacity (for the memory guard). */
    static long bytesPerMember(boolean wide) {
        return wide ? Integer.BYTES + Long.BYTES : Long.BYTES;
    }

    /**
     * The subtree sums' long array (at least the members of the last month paid). Not free between
     * months when purchases are {@link #tellPurchases told}: it then holds the next month's own values,
     * which that month's account reads. Free after the last month (nothing accounts the next one) until
     * the next replication, whose joins and charge passes ({@link #bought}, {@link #none}) rewrite
     * every member's entry before its first account reads it. Shorter (empty) before the first month.
     */
    long[] spareLongs() {
        return subPacked != null ? subPacked : subOrdersWide;
    }

    /** Whether a month's retail customers could pass 2^31: mean customers × members above 10^9. */
    static boolean wide(double customersPerMonth, long members) {
        return customersPerMonth * members > 1e9;
    }

    /** Retail customers (= orders) of a member with personal volume v. */
    private long customers(double v) {
        return customers(v, required);
    }

    /** Retail customers of a member whose own purchase counted {@code own} and whose volume is v. */
    private long customers(double v, double own) {
        return orderValue > 0 && v > own ? Math.round((v - own) / orderValue) : 0;
    }

    /**
     * Starts a replication: from now on every member's purchase is reported as it is drawn, before the
     * month it counts in: {@link #bought} for an active member, {@link #none} for one who is not (each member once
     * between two accountings; the active ones in member order, since their shares are summed in
     * that order, while {@link #none} may come in any order; members of each month join after the
     * others).
     */
    void tellPurchases() {
        clearTold();
    }

    /**
     * Active member i will buy {@code v} = required + orders × orderValue in the next month
     * accounted (the expression the purchase uses). Records the member's retail customers and own
     * end-user share, the values recovered from that volume would have (bit for bit), and adds them to
     * the month's totals (the shares in member order).
     */
    void bought(int i, long orders, double v) {
        final long k = customers(orders, v);
        final double share = share(orders, k, v);
        own(i, k);
        toldCount++;
        toldOrders += k;
        toldShareSum += share;
        toldOverHalf += share > 0.5 ? 1 : 0;
    }

    /** The retail customers recovered from volume v = required + orders × orderValue. */
    private long customers(long orders, double v) {
        return orders < SHARE_TABLE ? customersByVolume[(int) orders] : customers(v);
    }

    /** The own end-user share of that volume, whose customers are k (as {@link #account}'s formulas give it). */
    private double share(long orders, long k, double v) {
        return orders < SHARE_TABLE ? shareByCustomers[(int) orders] : v > 0 ? k * orderValue / v : 0;
    }

    /** Active member i will have k retail customers (see {@link #customers(long, double)}). */
    private void own(int i, long k) {
        if (subPacked != null) {
            if (i >= subPacked.length) {
                subPacked = Genealogy.ensure(subPacked, i + 1, maxMembers);
            }
            subPacked[i] = (1L << 32) | (k & 0xFFFFFFFFL);
        } else {
            if (i >= subActive.length) {
                subActive = Genealogy.ensure(subActive, i + 1, maxMembers);
                subOrdersWide = Genealogy.ensure(subOrdersWide, i + 1, maxMembers);
            }
            subActive[i] = 1;
            subOrdersWide[i] = k;
        }
    }

    /** Member i (already reported once) will not be active in the next month accounted. */
    void none(int i) {
        if (subPacked != null) {
            subPacked[i] = 0;
        } else {
            subActive[i] = 0;
            subOrdersWide[i] = 0;
        }
    }

    private void clearTold() {
        toldCount = 0;
        toldOrders = 0;
        toldShareSum = 0;
        toldOverHalf = 0;
    }

    /** Whether the personal-use cap changes what plans see. */
    boolean capsVolume() {
        return capOn && rewardableOwn < required;
    }

    /** Before the plan pays: each active member's own purchase counted up to the cap. */
    void capVolumes(Genealogy g) {
        final int n = g.size();
        final double[] volume = g.volume;
        final boolean[] active = g.active;
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                volume[i] = rewardableOwn + customers(volume[i]) * orderValue;
            }
        }
    }

    /**
     * After the plan paid on capped volumes: every volume back as bought (the same expression the
     * purchase used, so bit for bit), the payout's volume the whole volume, and the pay the cap
     * removed added to the maximum (so to breakage).
     */
    void restoreVolumes(Genealogy g, Payout out) {
        final int n = g.size();
        final double[] volume = g.volume;
        final boolean[] active = g.active;
        final double rewardable = out.volume;
        double total = 0;
        long activeCount = 0;
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                final double v = required + customers(volume[i], rewardableOwn) * orderValue;
                volume[i] = v;
                total += v;
                activeCount++;
            }
        }
        final double excluded = activeCount * (required - rewardableOwn);
        final double rate = !Double.isNaN(maxRate) ? maxRate : rewardable > 0 ? out.maxPayable / rewardable : 0;
        final double removed = rate * excluded;
        out.volume = total;
        out.maxPayable += removed;
        ruleBreakage += removed;
    }

    /**
     * Pays one month: {@code plan} pays on the rewardable volumes (capped, then put back), the
     * customer rules withhold commissions, and the month is accounted by source.
     */
    void pay(CompensationPlan plan, Genealogy g, Payout out) {
        ruleBreakage = 0;                               // the only result added to; account sets the rest
        final boolean cap = capsVolume();
        if (cap) {
            capVolumes(g);
        }
        plan.pay(g, out);
        if (cap) {
            restoreVolumes(g, out);
        }
        account(g, out);
    }

    /**
     * After the plan paid (and volumes were restored): the month's volume by source, the rules
     * applied to each member's commission, and who was paid on what.
     */
    void account(Genealogy g, Payout out) {
        final int n = g.size();
        if (subOrdersWide != null) {
            accountWide(g, out, n);
        } else {
            accountPacked(g, out, n);
        }
    }

    /**
     * Fills the tables: row g holds the volume bought with g retail customers (the expression the
     * purchase uses), the customers that volume yields, and its end-user share (the formulas
     * {@link #account} applies), so a member whose volume equals row g's gets exactly row g's values.
     */
    private void fillShares() {
        for (int g = 0; g < SHARE_TABLE; g++) {
            final double v = required + g * orderValue;
            final long k = customers(v);
            volumeByCustomers[g] = v;
            customersByVolume[g] = k;
            shareByCustomers[g] = v > 0 ? k * orderValue / v : 0;
        }
    }

    /** {@link #customers(double)}, from the table when v is a row's volume. */
    private long tabledCustomers(double v) {
        final int row = Math.min(Math.max((int) ((v - required) * inverse + 0.5), 0), SHARE_TABLE - 1);
        return v == volumeByCustomers[row] ? customersByVolume[row] : customers(v);
    }

    /**
     * The reverse pass's per-member work when commission c is positive: the rules, then who was
     * paid on what. Returns the commission kept: c, or 0 when withheld.
     */
    private double rule(double c, long groupOrders, int groupActive, boolean isActive, double v) {
        final double retail = groupOrders * orderValue;
        final double total = groupActive * required + retail;
        final double share = total > 0 ? retail / total : 0;
        final long own = isActive ? tabledCustomers(v) : 0;
        if ((minShare > 0 && share < minShare) || own < minCustomers) {
            removedSum += c;
            return 0;
        }
        paidCount++;
        majority += share > 0.5 ? 1 : 0;
        ten += own >= Flag.AMWAY_CUSTOMERS && own * orderValue >= Flag.AMWAY_RETAIL_VOLUME ? 1 : 0;
        fundedSum += c * (1 - share);
        return c;
    }

    /**
     * Takes the month's reported totals (active members, their retail customers, own shares), which
     * start again for the next month, and starts the reverse pass's totals: both account passes.
     */
    private void startMonth() {
        active = toldCount;
        participantPurchases = toldCount * required;
        endUserSales = toldOrders * orderValue;
        cappedPersonalUse = toldCount * Math.min(required, Flag.HERBALIFE_PERSONAL_CAP);
        ownShareSum = toldShareSum;
        ownOverHalf = toldOverHalf;
        clearTold();
        removedSum = 0;
        fundedSum = 0;
        paidCount = 0;
        majority = 0;
        ten = 0;
    }

    private void endReverse(Payout out) {
        if (removedSum > 0) {
            out.paid -= removedSum;
            ruleBreakage += removedSum;
        }
        fundedByParticipants = fundedSum;
        paid = paidCount;
        paidMajority = majority;
        paidTenCustomers = ten;
    }

    /**
     * {@link #account} when a month's customers stay below 2^31: each member's subtree sums packed
     * in one long (active members in the high word, retail customers in the low word, which wraps
     * like the int it replaces), so the reverse pass adds to the sponsor with one write.
     */
    private void accountPacked(Genealogy g, Payout out, int n) {
        final double[] volume = g.volume;
        final boolean[] active = g.active;
        final int[] sponsor = g.sponsor;
        final double[] commission = out.commission;
        subPacked = Genealogy.ensure(subPacked, n, g.capacity());
        final long[] sub = subPacked;
        startMonth();
        for (int i = n - 1; i >= 0; i--) {
            final long s = sub[i];
            final double c = commission[i];
            if (c > 0) {
                final boolean isActive = active[i];
                commission[i] = rule(c, (int) s, (int) (s >> 32), isActive, isActive ? volume[i] : 0);
            }
            final int p = sponsor[i];
            if (p >= 0) {
                sub[p] += s;
            }
        }
        endReverse(out);
    }

    /** {@link #account} when a month's customers may pass 2^31: subtree sums in an int and a long array. */
    private void accountWide(Genealogy g, Payout out, int n) {
        final double[] volume = g.volume;
        final boolean[] active = g.active;
        final int[] sponsor = g.sponsor;
        final double[] commission = out.commission;
        subActive = Genealogy.ensure(subActive, n, g.capacity());
        subOrdersWide = Genealogy.ensure(subOrdersWide, n, g.capacity());
        final int[] subA = subActive;
        final long[] subK = subOrdersWide;
        startMonth();
        for (int i = n - 1; i >= 0; i--) {
            final int a = subA[i];
            final long k = subK[i];
            final double c = commission[i];
            if (c > 0) {
                final boolean isActive = active[i];
                commission[i] = rule(c, k, a, isActive, isActive ? volume[i] : 0);
            }
            final int p = sponsor[i];
            if (p >= 0 && (a | k) != 0) {
                subA[p] += a;
                subK[p] += k;
            }
        }
        endReverse(out);
    }
}

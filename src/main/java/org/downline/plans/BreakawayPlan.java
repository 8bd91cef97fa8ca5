package org.downline.plans;

import java.util.Arrays;
import java.util.Locale;
import org.downline.scenario.BreakawayConfig;
import org.downline.scenario.Compression;
import org.downline.scenario.Tier;
import org.downline.stats.Unit;

/**
 * Stair-step breakaway (Amway-like), on the sponsor tree.
 *
 * <p><b>Group volume and rank.</b> A member's group volume is their own personal volume plus the
 * group volume of each of their frontline legs that has not broken away. Their rank is the highest
 * step of {@code tiers} whose {@code groupVolume} the group volume reaches (rank k is step k−1,
 * named like "21% tier (group volume $10,000+)", the breakaway-stair-step preset's top step; rank 0,
 * "not qualified", or below the first step when it starts above $0), and their rate is that step's.
 *
 * <p><b>Performance bonus</b> (differential): rate × group volume − Σ over non-breakaway frontline
 * legs of (the leg's rate × the leg's group volume), never negative. Down a chain every dollar of
 * volume is therefore paid at most the top rate in all: each upline earns the difference between
 * their rate and the rate below.
 *
 * <p><b>Breakaway.</b> A qualified member at the top step whose group volume reaches
 * {@code breakawayVolume} breaks away: their group volume leaves their sponsor's group (and the
 * sponsor no longer deducts it). Instead the nearest qualified member above them at the top step —
 * normally the sponsor, else the next such upline — earns {@code overrideRate} × the breakaway
 * group's volume, and so does each further top-step upline for the first
 * {@code overrideGenerations} generations: generation g of a member are the breakaway groups with
 * g − 1 top-step members between them and that member. A member of the company (no sponsor) never
 * breaks away: they have no group to leave.
 *
 * <p><b>Qualification and compression.</b> Paid only when active with personal volume at least
 * {@code qualification.personalVolume}. With {@code dynamic} compression an unqualified or departed
 * member is skipped: their personal volume and their legs count directly in their sponsor's group,
 * their legs are the sponsor's frontline legs for the differential, and they hold no rank. With
 * {@code none} they occupy their position: their group volume gives them the rate it reaches, which
 * their sponsor deducts, but their own bonus is not paid (breakage); a top-step member who is not
 * qualified also holds their override generation without being paid.
 *
 * <p><b>Reported.</b> {@link Payout#maxPayable} = (top rate + override rate × generations) × volume:
 * every dollar paid the top rate through differentials and an override in every generation.
 *
 * <p><b>Algorithm.</b> One reverse pass over join order (a sponsor is visited after all of their
 * recruits): each member finds group volume, rank and bonus from what their legs left in three
 * accumulators — group volume, differential deductions, override volume waiting for the next
 * top-step member — and adds their own to their sponsor's, with 0/1 factors rather than branches.
 * The accumulators are kept by sponsor slot, like {@link SlotLevels}, so they stay in cache.
 * For more than one override generation, one forward pass links every top-step member to the
 * nearest one above, and one pass per further generation runs over those members alone.
 */
public final class BreakawayPlan implements CompensationPlan {

    private static final String[] COMPONENTS = {"performanceBonus", "override"};
    private static final String[] DETAILS = {"groupVolume"};
    private static final int INITIAL = 1024;

    /** Group volume thresholds, ascending; rank k reached when the group volume is at least {@code thresholds[k-1]}. */
    private final double[] thresholds;
    /** Rate by rank: {@code rates[0] = 0}, {@code rates[k] = tiers[k-1].rate}. */
    private final double[] rates;
    private final int topRank;
    private final double breakawayVolume;
    private final double overrideRate;
    private final int generations;
    private final boolean dynamic;
    private final double qualifyingVolume;
    private final String[] rankNames;

    /**
     * Accumulators by slot k at 3k: group volume, deductions, override volume. Only sponsors receive
     * anything, so each gets a slot when their first recruit joins (slot 0: an always-empty slot
     * for everyone else to read; slot 1: a sink for the company's recruits to write). A third of the
     * members in a typical tree: the array stays in cache where one by member would not.
     */
    private double[] acc = new double[3 * INITIAL];
    private int slots = 2;
    /** Each member's own slot (0 until they sponsor someone) and their sponsor's (1 under the company). */
    private int[] slotOf;
    private int[] sponsorSlot;
    /** Rank in the last period paid: at most PlanConfig.MOST_STEPS, so a byte. */
    private byte[] rank;
    /** Top-step members' flags and the override volume they took in at generation 1 (generations ≥ 2). */
    private byte[] leader;
    private double[] absorbed;
    private int[] nearestLeader;
    private int[] compactOf;
    // Top-step members alone, in join order (generations ≥ 2):
    private int[] leaderMember = new int[INITIAL];
    private int[] leaderUp = new int[INITIAL];
    private double[] genPrev = new double[INITIAL];
    private double[] genCur = new double[INITIAL];

    public BreakawayPlan(BreakawayConfig config, int capacity) {
        final int t = config.tiers().size();
        this.thresholds = new double[t];
        this.rates = new double[t + 1];
        for (int k = 0; k < t; k++) {
            Tier tier = config.tiers().get(k);
            thresholds[k] = tier.groupVolume();
            rates[k + 1] = tier.rate();
        }
        this.topRank = t;
        this.breakawayVolume = config.breakawayVolume();
        this.generations = config.overrideGenerations();
        this.overrideRate = generations > 0 ? config.overrideRate() : 0;
        this.dynamic = config.compression() == Compression.DYNAMIC;
        this.qualifyingVolume = config.qualification().personalVolume();
        this.rankNames = names(thresholds, rates);
        int n = Math.max(1, Math.min(capacity, INITIAL));
        slotOf = new int[n];
        sponsorSlot = new int[n];
        rank = new byte[n];
        if (generations >= 2) {
            leader = new byte[n];
            absorbed = new double[n];
            nearestLeader = new int[n];
            compactOf = new int[n];
        }
    }

    /**
     * What each rank holds, with its unit: rank k ≥ 1 "3% tier (group volume $200+)"; rank 0 "not
     * qualified" when the first step starts at $0 (anyone qualified reaches it, so rank 0 holds only
     * those not qualified), else "no tier (under $200 or not qualified)".
     */
    private static String[] names(double[] thresholds, double[] rates) {
        String[] names = new String[rates.length];
        names[0] = thresholds.length > 0 && thresholds[0] > 0
                ? "no tier (under " + dollars(thresholds[0]) + " or not qualified)" : "not qualified";
        for (int k = 1; k < rates.length; k++) {
            names[k] = percent(rates[k]) + "% tier (group volume " + dollars(thresholds[k - 1]) + "+)";
        }
        return names;
    }

    /** A step's group volume in whole dollars, or to the cent when it has cents, as the results write dollars. */
    private static String dollars(double v) {
        return (v == Math.rint(v) ? Unit.DOLLARS : Unit.DOLLARS_CENTS).text(v);
    }

    private static String percent(double rate) {
        double p = rate * 100;
        return p == Math.rint(p) ? Long.toString((long) p) : String.format(Locale.US, "%.2f", p).replaceAll("0+$", "");
    }

    @Override
    public String[] componentNames() {
        return COMPONENTS.clone();
    }

    @Override
    public String[] detailNames() {
        return DETAILS.clone();
    }

    @Override
    public byte[] ranks() {
        return rank;
    }

    @Override
    public String[] rankNames() {
        return rankNames.clone();
    }

    @Override
    public double maxPayoutRatio() {
        return rates[topRank] + overrideRate * generations;
    }

    private void grow(int n) {
        if (n <= rank.length) {
            return;
        }
        rank = Genealogy.ensure(rank, n);
        slotOf = Genealogy.ensure(slotOf, rank.length);
        sponsorSlot = Genealogy.ensure(sponsorSlot, rank.length);
        if (generations >= 2) {
            leader = Genealogy.ensure(leader, rank.length);
            absorbed = Genealogy.ensure(absorbed, rank.length);
            nearestLeader = Genealogy.ensure(nearestLeader, rank.length);
            compactOf = Genealogy.ensure(compactOf, rank.length);
        }
    }

    @Override
    public void onJoin(Genealogy g, int member) {
        grow(member + 1);
        rank[member] = 0;
        slotOf[member] = 0;
        final int s = g.sponsor[member];
        if (s < 0) {
            sponsorSlot[member] = 1;
            return;
        }
        if (slotOf[s] == 0) {
            acc = Genealogy.ensure(acc, 3 * slots + 3);
            slotOf[s] = slots++;
        }
        sponsorSlot[member] = slotOf[s];
    }

    @Override
    public void pay(Genealogy g, Payout out) {
        final int n = g.size();
        out.begin(n);
        grow(n);
        final double[] volume = g.volume;
        final boolean[] active = g.active;
        final int[] sponsor = g.sponsor;
        final double[] acc = this.acc;
        final int[] slotOf = this.slotOf;
        final int[] sponsorSlot = this.sponsorSlot;
        final byte[] rank = this.rank;
        final double[] thresholds = this.thresholds;
        final double[] rates = this.rates;
        final int tiers = thresholds.length;
        final int topRank = this.topRank;
        final double breakawayVolume = this.breakawayVolume;
        final double overrideRate = this.overrideRate;
        final double qualifyingVolume = this.qualifyingVolume;
        final int stays = dynamic ? 0 : 1;           // unqualified members occupy their position
        final boolean linkLeaders = generations >= 2;
        final byte[] leader = this.leader;
        final double[] absorbed = this.absorbed;
        final double[] commission = out.commission;
        final boolean recording = out.recordsComponents();
        acc[3] = 0;
        acc[4] = 0;
        acc[5] = 0;
        double total = 0;
        double paid = 0;
        for (int i = n - 1; i >= 0; i--) {
            final int b = 3 * slotOf[i];
            final double legsVolume = acc[b];
            final double deductions = acc[b + 1];
            final double waiting = acc[b + 2];
            acc[b] = 0;
            acc[b + 1] = 0;
            acc[b + 2] = 0;
            final double v = volume[i];
            total += v;
            final int q = active[i] & v >= qualifyingVolume ? 1 : 0;   // & not &&: no branch
            final double gv = v + legsVolume;
            int k = 0;
            for (int t = 0; t < tiers; t++) {
                k += gv >= thresholds[t] ? 1 : 0;
            }
            final double rate = rates[k];
            final int top = k == topRank ? 1 : 0;
            final int occupies = q | stays;
            final int lead = top & occupies;
            final int s = sponsorSlot[i];
            final int breaks = q & top & (gv >= breakawayVolume ? 1 : 0) & (s != 1 ? 1 : 0);
            final double bonus = q * Math.max(0, rate * gv - deductions);
            final double override = q * lead * overrideRate * waiting;
            commission[i] = bonus + override;
            paid += bonus + override;
            rank[i] = (byte) (q * k);
            final int up = 3 * s;
            final int joins = 1 - breaks;
            acc[up] += joins * gv;
            acc[up + 1] += joins * (occupies * rate * gv + (1 - occupies) * deductions);
            acc[up + 2] += (1 - lead) * waiting + breaks * gv;
            if (linkLeaders) {
                leader[i] = (byte) (lead | (q << 1));
                absorbed[i] = lead * waiting;
            }
            if (recording) {
                out.component(0)[i] = bonus;
                out.component(1)[i] = override;
                out.detail(0)[i] = gv;
            }
        }
        if (linkLeaders) {
            paid += furtherGenerations(n, sponsor, out);
        }
        out.volume = total;
        out.paid = paid;
        out.maxPayable = total * maxPayoutRatio();
    }

    /**
     * Overrides of generations 2..G: links every top-step member to the nearest one above (one
     * forward pass), then passes each generation's volume one top-step member up, over them alone.
     *
     * @return what these generations paid
     */
    private double furtherGenerations(int n, int[] sponsor, Payout out) {
        final byte[] leader = this.leader;
        final int[] nearest = this.nearestLeader;
        int m = 0;
        for (int i = 0; i < n; i++) {
            final int s = sponsor[i];
            // nearest[i]: compact number of the nearest top-step member above i, −1 if none
            nearest[i] = s < 0 ? -1 : ((leader[s] & 1) != 0 ? compactOf[s] : nearest[s]);
            if ((leader[i] & 1) != 0) {
                if (m == leaderMember.length) {
                    leaderMember = Arrays.copyOf(leaderMember, 2 * m);
                    leaderUp = Arrays.copyOf(leaderUp, 2 * m);
                    genPrev = Arrays.copyOf(genPrev, 2 * m);
                    genCur = Arrays.copyOf(genCur, 2 * m);
                }
                leaderMember[m] = i;
                leaderUp[m] = nearest[i];
                genPrev[m] = absorbed[i];
                genCur[m] = 0;
                compactOf[i] = m++;
            }
        }
        double paid = 0;
        final double[] commission = out.commission;
        final boolean recording = out.recordsComponents();
        final double[] prev = genPrev;
        final double[] cur = genCur;
        for (int gen = 2; gen <= generations; gen++) {
            // newest first: a top-step member's generation is complete before it passes on
            for (int k = m - 1; k >= 0; k--) {
                final int up = leaderUp[k];
                if (up >= 0) {
                    cur[up] += prev[k];
                }
            }
            for (int k = 0; k < m; k++) {
                final int i = leaderMember[k];
                final double override = (leader[i] >> 1) * overrideRate * cur[k];
                commission[i] += override;
                paid += override;
                if (recording) {
                    out.component(1)[i] += override;
                }
                prev[k] = cur[k];
                cur[k] = 0;
            }
        }
        return paid;
    }

    @Override
    public void reset() {
        slots = 2;
    }

    @Override
    public long bytesPerMember() {
        // slots (at most every member, typically a third): three accumulators; by member: own and
        // sponsor's slot, rank (a byte)
        long base = 3L * Double.BYTES + 2L * Integer.BYTES + 1;
        return generations >= 2 ? base + 1 + Double.BYTES + 2L * Integer.BYTES + 24 : base;
    }
}

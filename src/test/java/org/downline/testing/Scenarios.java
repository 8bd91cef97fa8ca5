package org.downline.testing;

import org.downline.io.ScenarioReader;
import org.downline.plans.Plans;
import org.downline.scenario.AffiliateConfig;
import org.downline.scenario.AttritionConfig;
import org.downline.scenario.DistributionConfig;
import org.downline.scenario.DistributionKind;
import org.downline.scenario.EconomicsConfig;
import org.downline.scenario.MarketConfig;
import org.downline.scenario.NetworkConfig;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.PlanConfig;
import org.downline.scenario.RecruitmentConfig;
import org.downline.scenario.RecruitmentModel;
import org.downline.scenario.RetailConfig;
import org.downline.scenario.Scenario;

/** Scenario builders for tests: start from the default and change one part. */
public final class Scenarios {

    private Scenarios() {
    }

    public static final DistributionConfig CONSTANT_EFFORT =
            new DistributionConfig(DistributionKind.CONSTANT, 1, 0, 1.5);

    public static Scenario with(Scenario s, MarketConfig market) {
        return new Scenario(s.name(), s.description(), s.months(), s.replications(), s.seed(), market,
                s.recruitment(), s.attrition(), s.economics(), s.plan(), s.affiliate());
    }

    public static Scenario with(Scenario s, RecruitmentConfig recruitment) {
        return new Scenario(s.name(), s.description(), s.months(), s.replications(), s.seed(), s.market(),
                recruitment, s.attrition(), s.economics(), s.plan(), s.affiliate());
    }

    public static Scenario with(Scenario s, AttritionConfig attrition) {
        return new Scenario(s.name(), s.description(), s.months(), s.replications(), s.seed(), s.market(),
                s.recruitment(), attrition, s.economics(), s.plan(), s.affiliate());
    }

    public static Scenario with(Scenario s, EconomicsConfig economics) {
        return new Scenario(s.name(), s.description(), s.months(), s.replications(), s.seed(), s.market(),
                s.recruitment(), s.attrition(), economics, s.plan(), s.affiliate());
    }

    public static Scenario with(Scenario s, PlanConfig plan) {
        return new Scenario(s.name(), s.description(), s.months(), s.replications(), s.seed(), s.market(),
                s.recruitment(), s.attrition(), s.economics(), plan, s.affiliate());
    }

    public static Scenario with(Scenario s, AffiliateConfig affiliate) {
        return new Scenario(s.name(), s.description(), s.months(), s.replications(), s.seed(), s.market(),
                s.recruitment(), s.attrition(), s.economics(), s.plan(), affiliate);
    }

    /** Every registered plan type, for parameterized tests. */
    public static java.util.stream.Stream<String> planTypes() {
        return Plans.all().stream().map(Plans.Entry::name);
    }

    /** The plan of type {@code type}, every key at its default but for {@code overrides} ({@code plan.key=value}). */
    public static PlanConfig plan(String type, String... overrides) {
        java.util.List<String> sets = new java.util.ArrayList<>(java.util.List.of(overrides));
        sets.add(0, "plan.type=" + type);
        return ScenarioReader.fromText("", sets, "plan").plan();
    }

    public static Scenario run(Scenario s, int months, int replications, long seed) {
        return new Scenario(s.name(), s.description(), months, replications, seed, s.market(),
                s.recruitment(), s.attrition(), s.economics(), s.plan(), s.affiliate());
    }

    public static MarketConfig market(long population, double prospectShare) {
        return new MarketConfig(population, prospectShare, false, NetworkConfig.DEFAULT);
    }

    public static RecruitmentConfig bass(int founders, double p, double q, DistributionConfig effort) {
        RecruitmentConfig d = RecruitmentConfig.DEFAULT;
        return new RecruitmentConfig(RecruitmentModel.BASS, founders, 1, p, q, d.contactsPerMonth(),
                d.acceptance(), d.perMonth(), d.frontlineCap(), effort);
    }

    public static RecruitmentConfig fixed(int founders, int perMonth, int cap, int delay) {
        RecruitmentConfig d = RecruitmentConfig.DEFAULT;
        return new RecruitmentConfig(RecruitmentModel.FIXED, founders, delay, d.innovation(), d.imitation(),
                d.contactsPerMonth(), d.acceptance(), perMonth, cap, d.effort());
    }

    /** The contacts model with a one-month start delay. */
    public static RecruitmentConfig contacts(int founders, double contactsPerMonth, double acceptance,
                                             DistributionConfig effort) {
        RecruitmentConfig d = RecruitmentConfig.DEFAULT;
        return new RecruitmentConfig(RecruitmentModel.CONTACTS, founders, 1, d.innovation(), d.imitation(),
                contactsPerMonth, acceptance, d.perMonth(), d.frontlineCap(), effort);
    }

    /** A market with an acquaintance network. */
    public static MarketConfig market(long population, double prospectShare, boolean reapproachRefused,
                                      NetworkKind kind, int degree, double rewiring) {
        return new MarketConfig(population, prospectShare, reapproachRefused,
                new NetworkConfig(kind, degree, rewiring));
    }

    public static final AttritionConfig NO_ATTRITION = new AttritionConfig(0, 0);

    /** Costs of $100 a month (20 fee + half of 100 autoship + 30 other), kit $99, no retail. */
    public static final EconomicsConfig NO_RETAIL =
            new EconomicsConfig(99, 20, 100, 0.5, 30, new RetailConfig(0, 40, 0.25));
}

package org.downline.scenario;

/**
 * Who joins, when, and under whom.
 *
 * @param model            bass | contacts | fixed
 * @param founders         members at month 0, under the company; [0, 1e6]
 * @param startDelayMonths a recruit starts recruiting this many months after joining; [1, 600]
 * @param innovation       bass p: monthly probability that a remaining prospect joins through the
 *                         company; [0, 1]
 * @param imitation        bass q: a remaining prospect joins through a member with monthly
 *                         probability q · (recruiting members / prospects in the market); [0, 1]
 * @param contactsPerMonth contacts: pitches per active member per month; [0, 1000]
 * @param acceptance       contacts: probability that a pitched prospect joins; [0, 1]
 * @param perMonth         fixed: recruits per member per month; [0, 1000]
 * @param frontlineCap     fixed: a member stops after this many personal recruits; 0 = no cap
 * @param effort           relative recruiting effort of each member (bass and contacts): a member
 *                         is chosen as an imitator's sponsor in proportion to it
 */
public record RecruitmentConfig(RecruitmentModel model, int founders, int startDelayMonths,
                                double innovation, double imitation, double contactsPerMonth,
                                double acceptance, int perMonth, int frontlineCap,
                                DistributionConfig effort) {

    public static final Key<RecruitmentModel> MODEL = Key.choice("model", RecruitmentModel.class,
            RecruitmentModel.BASS, "how members recruit: bass (diffusion), contacts (pitching acquaintances), "
                    + "fixed (k a month: the textbook pyramid)");
    public static final Key<Integer> FOUNDERS = Key.integer("founders", 1, Range.integers(0, 1_000_000),
            "members at month 0, under the company").in("members");
    public static final Key<Integer> START_DELAY_MONTHS = Key.integer("startDelayMonths", 1, Range.integers(1, 600),
            "a recruit starts recruiting this many months after joining").in("months");
    public static final Key<Double> INNOVATION = Key.number("innovation", 0.0005, Range.SHARE,
            "bass p: monthly probability that a remaining prospect joins through the company");
    public static final Key<Double> IMITATION = Key.number("imitation", 0.35, Range.SHARE,
            "bass q: monthly hazard q × members / prospects of joining through a member");
    public static final Key<Double> CONTACTS_PER_MONTH = Key.number("contactsPerMonth", 4, Range.closed(0, 1000),
            "contacts: pitches per active member per month").in("pitches a month");
    public static final Key<Double> ACCEPTANCE = Key.number("acceptance", 0.05, Range.SHARE,
            "contacts: probability that a pitched prospect joins");
    public static final Key<Integer> PER_MONTH = Key.integer("perMonth", 1, Range.integers(0, 1000),
            "fixed: recruits per member per month").in("recruits a month");
    public static final Key<Integer> FRONTLINE_CAP = Key.integer("frontlineCap", 5, Range.integers(0, 1_000_000),
            "fixed: a member stops after this many personal recruits (0 = no cap)").in("recruits");
    public static final Group<DistributionConfig> EFFORT = Group.of("effort", DistributionConfig.SCHEMA,
            DistributionConfig.lognormal(1.0, 1.5),
            "relative recruiting effort of each member (bass and contacts): sponsors are chosen in proportion");

    public static final Schema<RecruitmentConfig> SCHEMA = Schema.<RecruitmentConfig>builder()
            .bind(MODEL, RecruitmentConfig::model)
            .bind(FOUNDERS, RecruitmentConfig::founders)
            .bind(START_DELAY_MONTHS, RecruitmentConfig::startDelayMonths)
            .bind(INNOVATION, RecruitmentConfig::innovation)
            .bind(IMITATION, RecruitmentConfig::imitation)
            .bind(CONTACTS_PER_MONTH, RecruitmentConfig::contactsPerMonth)
            .bind(ACCEPTANCE, RecruitmentConfig::acceptance)
            .bind(PER_MONTH, RecruitmentConfig::perMonth)
            .bind(FRONTLINE_CAP, RecruitmentConfig::frontlineCap)
            .bind(EFFORT, RecruitmentConfig::effort)
            .build(v -> new RecruitmentConfig(v.get(MODEL), v.get(FOUNDERS), v.get(START_DELAY_MONTHS),
                    v.get(INNOVATION), v.get(IMITATION), v.get(CONTACTS_PER_MONTH), v.get(ACCEPTANCE),
                    v.get(PER_MONTH), v.get(FRONTLINE_CAP), v.get(EFFORT)));

    public static final RecruitmentConfig DEFAULT = SCHEMA.defaults();

    public RecruitmentConfig {
        new Checks()
                .check(MODEL, model)
                .check(FOUNDERS, founders)
                .check(START_DELAY_MONTHS, startDelayMonths)
                .check(INNOVATION, innovation)
                .check(IMITATION, imitation)
                .check(CONTACTS_PER_MONTH, contactsPerMonth)
                .check(ACCEPTANCE, acceptance)
                .check(PER_MONTH, perMonth)
                .check(FRONTLINE_CAP, frontlineCap)
                .check(EFFORT, effort)
                .throwIfAny();
    }
}

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

    public static final RecruitmentConfig DEFAULT = new RecruitmentConfig(RecruitmentModel.BASS,
            1, 1, 0.0005, 0.35, 4, 0.05, 1, 5, DistributionConfig.lognormal(1.0, 1.5));

    public RecruitmentConfig {
        new Checks()
                .require(model != null, "model",
                        "must be one of " + Wire.choices(RecruitmentModel.class) + ", was missing")
                .inRange("founders", founders, 0, 1_000_000)
                .inRange("startDelayMonths", startDelayMonths, 1, 600)
                .share("innovation", innovation)
                .share("imitation", imitation)
                .inRange("contactsPerMonth", contactsPerMonth, 0, 1000)
                .share("acceptance", acceptance)
                .inRange("perMonth", perMonth, 0, 1000)
                .inRange("frontlineCap", frontlineCap, 0, 1_000_000)
                .require(effort != null, "effort", "must be given")
                .throwIfAny();
    }
}

package org.downline.scenario;

/**
 * Quitting. A member who quits stops buying and recruiting, for good.
 *
 * @param quitPerMonth         monthly probability that an active member quits; [0, 1]
 * @param quitAfterMonthsInRed a member quits after this many consecutive months with negative net
 *                             income; 0 = never; [0, 600]
 */
public record AttritionConfig(double quitPerMonth, int quitAfterMonthsInRed) {

    public static final AttritionConfig DEFAULT = new AttritionConfig(0.10, 24);

    public AttritionConfig {
        new Checks()
                .share("quitPerMonth", quitPerMonth)
                .inRange("quitAfterMonthsInRed", quitAfterMonthsInRed, 0, 600)
                .throwIfAny();
    }
}

package org.downline.scenario;

/**
 * One step of a stair-step plan.
 *
 * @param groupVolume monthly group volume at which the step starts; [0, 1e9]
 * @param rate        bonus rate on group volume at this step; [0, 1]
 */
public record Tier(double groupVolume, double rate) {

    public static final Key<Double> GROUP_VOLUME = Key.number("groupVolume", 0, Range.MONEY,
            "monthly group volume at which the step starts, dollars");
    public static final Key<Double> RATE = Key.number("rate", 0, Range.SHARE,
            "bonus rate on group volume at this step");

    public static final Schema<Tier> SCHEMA = Schema.<Tier>builder()
            .bind(GROUP_VOLUME, Tier::groupVolume)
            .bind(RATE, Tier::rate)
            .build(v -> new Tier(v.get(GROUP_VOLUME), v.get(RATE)));

    public Tier {
        new Checks().check(GROUP_VOLUME, groupVolume).check(RATE, rate).throwIfAny();
    }
}

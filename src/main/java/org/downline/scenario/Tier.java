package org.downline.scenario;

/**
 * One step of a stair-step plan.
 *
 * @param groupVolume monthly group volume at which the step starts; [0, 1e9]
 * @param rate        bonus rate on group volume at this step; [0, 1]
 */
public record Tier(double groupVolume, double rate) {
    public Tier {
        new Checks().money("groupVolume", groupVolume).share("rate", rate).throwIfAny();
    }
}

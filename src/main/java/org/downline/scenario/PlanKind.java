package org.downline.scenario;

/**
 * What {@code plan.type} names: a plan's name, the keys its configuration reads and the record
 * they make. Each {@link PlanConfig} record declares its kind; {@code org.downline.plans.Plans}
 * registers it with the plan's factory and outputs.
 *
 * @param name  the word in {@code plan.type}
 * @param keys  the keys the plan reads, in file order, and the record they build
 * @param doc   one line: what the plan pays
 * @param <C>   the plan's configuration record
 */
public record PlanKind<C extends PlanConfig>(String name, Schema<C> keys, String doc) {

    /** The plan's configuration with every key at its default. */
    public C defaults() {
        return keys.defaults();
    }

    @Override
    public String toString() {
        return name;
    }
}

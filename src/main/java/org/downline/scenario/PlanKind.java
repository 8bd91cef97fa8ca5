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

    /**
     * Whether this plan reads the key at {@code path}, the dotted path inside {@code plan:}
     * ({@code levels}, {@code qualification.recruitOnEachLeg}): its fields are this plan's, and no
     * key on the way is declared for other plans only ({@link Key#onlyFor}). What the printed
     * scenario and the report mark "not used" derive from this.
     */
    public boolean reads(String path) {
        Schema<?> schema = keys;
        for (String part : path.split("\\.")) {
            if (schema == null) {
                return true;                                   // inside a key's value (a list's element)
            }
            Field<?> field = null;
            for (Schema.Binding<?, ?> b : schema.bindings()) {
                if (b.field().name().equals(part.replace("[]", ""))) {
                    field = b.field();
                }
            }
            if (field == null) {
                return false;
            }
            if (field instanceof Group<?> g) {
                schema = g.schema();
            } else {
                Key<?> k = (Key<?>) field;
                if (!k.readBy(name)) {
                    return false;
                }
                schema = k.element();
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}

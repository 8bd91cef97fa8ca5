package org.downline.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.downline.plans.Plans;
import org.downline.scenario.Field;
import org.downline.scenario.Group;
import org.downline.scenario.Key;
import org.downline.scenario.PlanConfig;
import org.downline.scenario.PlanKind;
import org.downline.scenario.Scenario;
import org.downline.scenario.Schema;
import org.downline.scenario.ValueType;

/**
 * Every key a scenario file may hold, by dotted path ({@code market.network.degree}), walked from
 * the declarations ({@link Scenario#SCHEMA} and the plan registry): what {@code sweep --vary} may
 * vary, what the printed scenario comments, and what the key tests walk. Keys of the mappings in a
 * list are under {@code list[]} ({@code plan.tiers[].rate}).
 */
public final class ScenarioKeys {

    /**
     * One declared key.
     *
     * @param path         its dotted path
     * @param key          its declaration
     * @param defaultValue its value in the default scenario (for a key inside a list, its own default)
     * @param planField    the field of {@code plan:} it is or sits in ({@code qualification} for
     *                     {@code plan.qualification.recruitOnEachLeg}); null outside {@code plan:} and
     *                     for {@code plan.type}
     * @param keysOnPath   the keys on its path, itself last: a list's key before the keys of its elements
     */
    public record Declared(String path, Key<?> key, Object defaultValue, Field<?> planField,
                           List<Key<?>> keysOnPath) {

        /** Whether it sits inside a list of mappings (and so has no single value to set). */
        public boolean inList() {
            return path.contains("[]");
        }

        /**
         * Whether a scenario with {@code plan} uses it: every key outside {@code plan:}, and
         * {@code plan.type}; a key inside {@code plan:} if it is in or under a field of that plan's
         * ({@link PlanKind#keys}) and no key on its path is declared for other plans only
         * ({@link Key#onlyFor}). What the printed scenario and the report mark "not used" derive from this.
         */
        public boolean usedBy(PlanConfig plan) {
            return planField == null || plan.kind().keys().has(planField)
                    && keysOnPath.stream().allMatch(k -> k.readBy(plan.type()));
        }

        /** Its path with the unit of its values where it has one, for an axis: "economics.monthlyFee ($)". */
        public String title() {
            return key.unit() == null ? path : path + " (" + key.unit() + ")";
        }

        /** Whether {@code sweep --vary} can vary it: one value, a number, a word or true/false. */
        public boolean variable() {
            return !inList() && key.type().scalar() && key.type() != ValueType.TEXT;
        }
    }

    private static final List<Declared> ALL = walk();

    private ScenarioKeys() {
    }

    /** Every key, in file order. */
    public static List<Declared> all() {
        return ALL;
    }

    /** The key at {@code path}, or null. */
    public static Declared find(String path) {
        for (Declared d : ALL) {
            if (d.path().equals(path)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The declared path nearest to {@code path}, or null if none is near: as a scenario file's unknown
     * key is answered ({@link Section#nearest}: the same key in another section, a typo of a key of its
     * section), else the path within a few typos.
     */
    public static String nearest(String path) {
        int dot = path.lastIndexOf('.');
        String near = Section.nearest(dot < 0 ? "" : path.substring(0, dot), path.substring(dot + 1),
                ALL.stream().map(Declared::path).toList());
        if (near != null) {
            return near;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Declared d : ALL) {
            String typed = path.toLowerCase(Locale.ROOT);
            String known = d.path().toLowerCase(Locale.ROOT);
            int dist = Levenshtein.distance(typed, known);
            if (dist < bestDistance && Levenshtein.near(typed, known, Math.max(2, path.length() / 5))) {
                best = d.path();
                bestDistance = dist;
            }
        }
        return best;
    }

    private static List<Declared> walk() {
        List<Declared> out = new ArrayList<>();
        mapping(out, "", Scenario.SCHEMA, Scenario.DEFAULT, null, List.of());
        return List.copyOf(out);
    }

    /** Where the walk is: the field of {@code plan:} it is under (or null) and the keys above it. */
    private static <R> void mapping(List<Declared> out, String prefix, Schema<R> schema, R defaults,
                                    Field<?> planField, List<Key<?>> keysAbove) {
        for (Schema.Binding<R, ?> b : schema.bindings()) {
            binding(out, prefix, b, defaults, planField, keysAbove);
        }
    }

    private static <R, T> void binding(List<Declared> out, String prefix, Schema.Binding<R, T> b, R defaults,
                                       Field<?> planField, List<Key<?>> keysAbove) {
        field(out, prefix, b.field(), defaults == null ? b.field().defaultValue() : b.valueIn(defaults), planField,
                keysAbove);
    }

    @SuppressWarnings("unchecked")
    private static <T> void field(List<Declared> out, String prefix, Field<T> f, T value, Field<?> planField,
                                  List<Key<?>> keysAbove) {
        String path = prefix + f.name();
        if (f instanceof Group<T> g) {
            if (g.variant()) {
                PlanConfig plan = (PlanConfig) value;
                out.add(new Declared(path + "." + Plans.TYPE.name(), Plans.TYPE, plan.type(), null,
                        List.of(Plans.TYPE)));
                for (Field<?> pf : Plans.fields()) {
                    planField(out, path + ".", pf, plan);
                }
            } else {
                mapping(out, path + ".", g.schema(), value, planField, keysAbove);
            }
            return;
        }
        Key<T> k = (Key<T>) f;
        List<Key<?>> keysOnPath = new ArrayList<>(keysAbove);
        keysOnPath.add(k);
        out.add(new Declared(path, k, value, planField, List.copyOf(keysOnPath)));
        if (k.type() == ValueType.RECORDS) {
            mapping(out, path + "[].", k.element(), null, planField, List.copyOf(keysOnPath));
        }
    }

    private static <T> void planField(List<Declared> out, String prefix, Field<T> f, PlanConfig plan) {
        field(out, prefix, f, Plans.value(plan, f), f, List.of());
    }
}

package org.downline.plans;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.downline.scenario.BinaryConfig;
import org.downline.scenario.BreakawayConfig;
import org.downline.scenario.Field;
import org.downline.scenario.Key;
import org.downline.scenario.MatrixConfig;
import org.downline.scenario.PlanConfig;
import org.downline.scenario.PlanKind;
import org.downline.scenario.Scenario;
import org.downline.scenario.Schema;
import org.downline.scenario.UnilevelConfig;

/**
 * The plan registry: every plan's name and keys ({@link PlanKind}), its factory and what it
 * outputs. Reading and printing {@code plan:}, {@code plan.type}'s allowed words and the plan a run
 * pays all come from here.
 *
 * <p>Adding a plan: its configuration record in {@code org.downline.scenario} (named in
 * {@link PlanConfig}'s {@code permits}), its class here, and one line in {@link #ALL}. The order of
 * {@link #ALL} is the order of {@code plan.type}'s words and of the keys in a printed {@code plan:}
 * mapping (each plan's new keys after those of the plans before it).
 */
public final class Plans {

    /** What a plan reports besides each member's commission by component. */
    public enum Outputs {
        /** Commissions and components only. */
        COMMISSIONS,
        /** Also a rank a member a month ({@link CompensationPlan#ranks()}): ranks.csv and the rank table. */
        RANKS
    }

    /**
     * One registered plan.
     *
     * @param kind    its name and keys
     * @param factory a plan instance for a configuration and a genealogy capacity
     * @param outputs what it reports
     * @param legs    whether its members have legs (binary): leg volume, carry and flushed volume mean
     *                something (the other plans report them as 0); the summary table's leg rows
     *                ({@code Metric#onlyWithLegs}) and payout's leg lines are shown for these plans only
     */
    public record Entry<C extends PlanConfig>(PlanKind<C> kind, BiFunction<C, Integer, CompensationPlan> factory,
                                              Outputs outputs, boolean legs) {

        /** {@code config} is this plan's record: {@link Plans#entry(PlanConfig)} chose the entry by its kind. */
        @SuppressWarnings("unchecked")
        CompensationPlan create(PlanConfig config, int capacity) {
            return factory.apply((C) config, capacity);
        }

        public String name() {
            return kind.name();
        }
    }

    private static final List<Entry<?>> ALL = List.of(
            new Entry<>(UnilevelConfig.KIND, UnilevelPlan::new, Outputs.COMMISSIONS, false),
            new Entry<>(MatrixConfig.KIND, MatrixPlan::new, Outputs.COMMISSIONS, false),
            new Entry<>(BinaryConfig.KIND, BinaryPlan::new, Outputs.RANKS, true),
            new Entry<>(BreakawayConfig.KIND, BreakawayPlan::new, Outputs.RANKS, false));

    /** {@code plan.type}: the name of a registered plan. */
    public static final Key<String> TYPE = Key.word("type", ALL.stream().map(Entry::name).toList(),
            Scenario.PLAN.defaultValue().type(), "the compensation plan");

    private Plans() {
    }

    /** Every registered plan, in registration order. */
    public static List<Entry<?>> all() {
        return ALL;
    }

    /** The plan named {@code name}, or null. */
    public static Entry<?> byName(String name) {
        for (Entry<?> e : ALL) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The registered plan of a configuration. */
    public static Entry<?> entry(PlanConfig config) {
        for (Entry<?> e : ALL) {
            if (e.kind() == config.kind()) {
                return e;
            }
        }
        throw new IllegalArgumentException("plan type '" + config.type() + "' is not registered in Plans");
    }

    /**
     * Every field a {@code plan:} mapping may hold besides {@code type}: the union of the registered
     * plans' keys, each once, in registration order.
     */
    public static List<Field<?>> fields() {
        Set<Field<?>> out = new LinkedHashSet<>();
        for (Entry<?> e : ALL) {
            for (Schema.Binding<?, ?> b : e.kind().keys().bindings()) {
                out.add(b.field());
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * {@code f}'s value in {@code config} if its plan has the field, else {@code f}'s default: what a
     * {@code plan:} mapping holds for each of {@link #fields()}.
     */
    @SuppressWarnings("unchecked")
    public static <T> T value(PlanConfig config, Field<T> f) {
        for (Schema.Binding<?, ?> b : config.kind().keys().bindings()) {
            if (b.field() == f) {
                return ((Schema.Binding<PlanConfig, T>) b).valueIn(config);
            }
        }
        return f.defaultValue();
    }

    /** A plan instance for a genealogy of up to {@code capacity} members. */
    public static CompensationPlan create(PlanConfig config, int capacity) {
        return entry(config).create(config, capacity);
    }
}

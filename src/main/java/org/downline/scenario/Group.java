package org.downline.scenario;

import java.util.Objects;

/**
 * A nested mapping of a scenario ({@code market}, {@code recruitment.effort}), read into a record
 * by its {@link Schema}. The group's default is the record used when the file gives no mapping,
 * and the fallback of every key in it: {@code recruitment.effort} and {@code affiliate.postsPerMonth}
 * share a schema but not their defaults.
 *
 * <p>A <em>variant</em> group ({@code plan}) has no schema of its own: which record it reads is
 * chosen by a key inside it ({@code plan.type}) from a registry ({@code org.downline.plans.Plans}).
 */
public final class Group<R> implements Field<R> {

    private final String name;
    private final Schema<R> schema;
    private final R defaultValue;
    private final String doc;

    private Group(String name, Schema<R> schema, R defaultValue, String doc) {
        this.name = Objects.requireNonNull(name);
        this.schema = schema;
        this.defaultValue = defaultValue;
        this.doc = doc;
    }

    /** A mapping read by {@code schema}, by default {@code schema.defaults()}. */
    public static <R> Group<R> of(String name, Schema<R> schema, String doc) {
        return new Group<>(name, schema, schema.defaults(), doc);
    }

    /** A mapping read by {@code schema} with a default of its own. */
    public static <R> Group<R> of(String name, Schema<R> schema, R defaultValue, String doc) {
        return new Group<>(name, schema, defaultValue, doc);
    }

    /** A mapping whose record is chosen by a registry (see the class comment). */
    public static <R> Group<R> variant(String name, R defaultValue, String doc) {
        return new Group<>(name, null, defaultValue, doc);
    }

    @Override
    public String name() {
        return name;
    }

    /** How the mapping is read; null for a variant group. */
    public Schema<R> schema() {
        return schema;
    }

    public boolean variant() {
        return schema == null;
    }

    @Override
    public R defaultValue() {
        return defaultValue;
    }

    @Override
    public String doc() {
        return doc;
    }

    @Override
    public void check(Checks checks, R value) {
        checks.require(value != null, name, "must be given");
    }

    @Override
    public String toString() {
        return name;
    }
}

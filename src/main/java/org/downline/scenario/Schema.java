package org.downline.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How one scenario mapping becomes a record: its fields in file order, each bound to the record
 * component that holds it, and the record's constructor over the values read. Reading, printing,
 * {@code --set}, sweeps and the documentation all walk schemas; none keeps a list of key names.
 *
 * @param <R> the record
 */
public final class Schema<R> {

    /** A field and the record component that holds its value. */
    public record Binding<R, T>(Field<T> field, Function<R, T> accessor) {

        /** The field's value in {@code record}. */
        public T valueIn(R record) {
            return accessor.apply(record);
        }
    }

    private final List<Binding<R, ?>> bindings;
    private final Function<Values, R> constructor;

    private Schema(List<Binding<R, ?>> bindings, Function<Values, R> constructor) {
        this.bindings = List.copyOf(bindings);
        this.constructor = constructor;
    }

    public static <R> Builder<R> builder() {
        return new Builder<>();
    }

    /** The fields, in the order a file lists them (and the writer prints them). */
    public List<Binding<R, ?>> bindings() {
        return bindings;
    }

    /** Whether {@code field} is one of this schema's. */
    public boolean has(Field<?> field) {
        return bindings.stream().anyMatch(b -> b.field() == field);
    }

    /**
     * The record of {@code values} (defaults where a value is absent).
     *
     * @throws ScenarioException from the record's own checks
     */
    public R build(Values values) {
        return constructor.apply(values);
    }

    /** The record of every field's default. */
    public R defaults() {
        return build(new Values());
    }

    /** Collects bindings in file order. */
    public static final class Builder<R> {
        private final List<Binding<R, ?>> bindings = new ArrayList<>();

        public <T> Builder<R> bind(Field<T> field, Function<R, T> accessor) {
            for (Binding<R, ?> b : bindings) {
                if (b.field().name().equals(field.name())) {
                    throw new IllegalStateException("key '" + field.name() + "' is bound twice");
                }
            }
            bindings.add(new Binding<>(field, accessor));
            return this;
        }

        public Schema<R> build(Function<Values, R> constructor) {
            return new Schema<>(bindings, constructor);
        }
    }
}

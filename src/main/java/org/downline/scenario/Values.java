package org.downline.scenario;

import java.util.HashMap;
import java.util.Map;

/** The values read for the fields of one mapping, before its record is built; absent ones are defaults. */
public final class Values {

    private final Map<Field<?>, Object> values = new HashMap<>();

    public <T> Values put(Field<T> field, T value) {
        values.put(field, value);
        return this;
    }

    /** The value given for {@code field}, or its default. */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<T> field) {
        return values.containsKey(field) ? (T) values.get(field) : field.defaultValue();
    }
}

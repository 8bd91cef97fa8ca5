package org.downline.scenario;

/**
 * A declared entry of a scenario mapping: a {@link Key} holding a value, or a {@link Group} of keys
 * (a nested mapping). A field is declared once, with its default and what it allows; a
 * {@link Schema} binds it to the record component that holds it.
 *
 * @param <T> the Java type of its value
 */
public sealed interface Field<T> permits Key, Group {

    /** Its name in the file: the last part of its dotted path. */
    String name();

    /** Its value when a file does not give it. */
    T defaultValue();

    /** One line: what it means, with its unit. */
    String doc();

    /** Adds to {@code checks} every way {@code value} is not allowed, named by {@link #name()}. */
    void check(Checks checks, T value);
}

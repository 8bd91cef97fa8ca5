package org.downline.scenario;

/**
 * How a scenario key's value is written in a file: what the reader accepts, the writer prints and
 * {@code --set} / {@code sweep --vary} may give.
 */
public enum ValueType {
    /** Text. */
    TEXT,
    /** A whole number held in an {@code int}. */
    INT,
    /** A whole number held in a {@code long} (5e6 is accepted: YAML reads it as a float). */
    LONG,
    /** A number. */
    NUMBER,
    /** true or false. */
    BOOLEAN,
    /** One word of a fixed set (an enum, spelled as {@link Wire} spells it). */
    CHOICE,
    /** A list of numbers, such as {@code [0.05, 0.05]}. */
    NUMBERS,
    /** A list of mappings, each read by the key's element schema. */
    RECORDS,
    /** {@code mlm} or a whole number ({@link Entrants}). */
    MLM_OR_COUNT;

    /** Whether {@code sweep --vary} can give it (one word or number a value). */
    public boolean scalar() {
        return this != NUMBERS && this != RECORDS;
    }

    /** Whether its values are numbers (a sweep range start:stop:step applies). */
    public boolean numeric() {
        return this == INT || this == LONG || this == NUMBER;
    }
}

package org.downline.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One scenario key, declared once: its name, how its value is written ({@link ValueType}), its
 * default, what it allows (a {@link Range}, a set of words, a {@link Rule}) and a one-line meaning.
 * Records check their components against their keys, the reader reads keys, the writer prints them,
 * and {@code sweep --vary} and the docs list them: all from this declaration.
 *
 * @param <T> the Java type of its value
 */
public final class Key<T> implements Field<T> {

    private final String name;
    private final ValueType type;
    private final T defaultValue;
    private final Range range;
    private final List<String> words;
    private final Function<String, T> parse;
    private final Function<T, String> print;
    private final Schema<?> element;
    private final Rule<T> rule;
    private final String doc;
    private final List<String> plans;
    private final String unit;

    private Key(String name, ValueType type, T defaultValue, Range range, List<String> words,
                Function<String, T> parse, Function<T, String> print, Schema<?> element, Rule<T> rule, String doc,
                List<String> plans, String unit) {
        this.name = Objects.requireNonNull(name);
        this.type = type;
        this.defaultValue = defaultValue;
        this.range = range;
        this.words = words;
        this.parse = parse;
        this.print = print;
        this.element = element;
        this.rule = rule;
        this.doc = doc;
        this.plans = plans;
        this.unit = unit;
    }

    /** A number in {@code range}. */
    public static Key<Double> number(String name, double defaultValue, Range range, String doc) {
        return new Key<>(name, ValueType.NUMBER, defaultValue, range, null, null, null, null, null, doc, null, null);
    }

    /** A whole number held in an int, in {@code range}. */
    public static Key<Integer> integer(String name, int defaultValue, Range range, String doc) {
        return new Key<>(name, ValueType.INT, defaultValue, range, null, null, null, null, null, doc, null, null);
    }

    /** A whole number held in a long, in {@code range} (null: any long). */
    public static Key<Long> longInteger(String name, long defaultValue, Range range, String doc) {
        return new Key<>(name, ValueType.LONG, defaultValue, range, null, null, null, null, null, doc, null, null);
    }

    public static Key<Boolean> bool(String name, boolean defaultValue, String doc) {
        return new Key<>(name, ValueType.BOOLEAN, defaultValue, null, null, null, null, null, null, doc, null,
                null);
    }

    public static Key<String> text(String name, String defaultValue, String doc) {
        return new Key<>(name, ValueType.TEXT, defaultValue, null, null, null, null, null, null, doc, null, null);
    }

    /** One of an enum's constants, spelled as {@link Wire} spells them. */
    public static <E extends Enum<E>> Key<E> choice(String name, Class<E> type, E defaultValue, String doc) {
        List<String> words = Arrays.stream(type.getEnumConstants()).map(Wire::name).toList();
        return new Key<>(name, ValueType.CHOICE, defaultValue, null, words, w -> Wire.parse(type, w), Wire::name,
                null, null, doc, null, null);
    }

    /** One of a list of words (such as the registered plan types). */
    public static Key<String> word(String name, List<String> words, String defaultValue, String doc) {
        List<String> copy = List.copyOf(words);
        return new Key<>(name, ValueType.CHOICE, defaultValue, null, copy, w -> copy.contains(w) ? w : null,
                w -> w, null, null, doc, null, null);
    }

    /** A list of numbers, checked by {@code rule}. */
    public static Key<List<Double>> numbers(String name, List<Double> defaultValue, Rule<List<Double>> rule,
                                           String doc) {
        return new Key<>(name, ValueType.NUMBERS, List.copyOf(defaultValue), null, null, null, null, null, rule, doc,
                null, null);
    }

    /** A list of mappings, each read by {@code element}, the list checked by {@code rule}. */
    public static <R> Key<List<R>> records(String name, Schema<R> element, List<R> defaultValue, Rule<List<R>> rule,
                                           String doc) {
        return new Key<>(name, ValueType.RECORDS, List.copyOf(defaultValue), null, null, null, null, element, rule,
                doc, null, null);
    }

    /** {@code mlm} or a count in {@code range} ({@link Entrants}). */
    public static Key<Entrants> mlmOrCount(String name, Entrants defaultValue, Range range, String doc) {
        return new Key<>(name, ValueType.MLM_OR_COUNT, defaultValue, range, List.of("mlm"), null, null, null, null,
                doc, null, null);
    }

    /** This key with one more rule, checked after its range. */
    public Key<T> and(Rule<T> more) {
        Rule<T> first = rule;
        Rule<T> both = first == null ? more : (c, f, v) -> {
            first.check(c, f, v);
            more.check(c, f, v);
        };
        return new Key<>(name, type, defaultValue, range, words, parse, print, element, both, doc, plans, unit);
    }

    /** This key, whose values are in {@code unit} ("months", "people"): chart axes name it. */
    public Key<T> in(String unit) {
        return new Key<>(name, type, defaultValue, range, words, parse, print, element, rule, doc, plans, unit);
    }

    /**
     * The unit of the key's values, for an axis title ("economics.monthlyFee ($)"): the one declared
     * with {@link #in}, else "$" for an amount of money ({@link Range#MONEY}); null if it has none (a
     * share, a rate, a word).
     */
    public String unit() {
        return unit != null ? unit : range == Range.MONEY ? "$" : null;
    }

    /**
     * This key, read only by the plans named (a key of a mapping every plan has, such as
     * {@code plan.qualification}, that only some plans use); other plans check it and ignore it.
     */
    public Key<T> onlyFor(String... planNames) {
        return new Key<>(name, type, defaultValue, range, words, parse, print, element, rule, doc,
                List.of(planNames), unit);
    }

    /** Whether the plan named {@code planName} reads this key, as far as the key itself says. */
    public boolean readBy(String planName) {
        return plans == null || plans.contains(planName);
    }

    @Override
    public String name() {
        return name;
    }

    public ValueType type() {
        return type;
    }

    @Override
    public T defaultValue() {
        return defaultValue;
    }

    /** The numeric range, or null. */
    public Range range() {
        return range;
    }

    /** The words a choice allows, or null. */
    public List<String> words() {
        return words;
    }

    /** The schema of each element of a list of mappings, or null. */
    public Schema<?> element() {
        return element;
    }

    @Override
    public String doc() {
        return doc;
    }

    /** The value a choice's word names, or null if it names none. */
    public T parse(String word) {
        return parse.apply(word);
    }

    /** A choice's word for {@code value}. */
    public String print(T value) {
        return print.apply(value);
    }

    /** "a | b | c", for messages and help. */
    public String choices() {
        return String.join(" | ", words);
    }

    /**
     * What the key allows in a scenario file's comment ({@link org.downline.io.ScenarioWriter}): {@link
     * #allowed}, but in the words files written before messages said "an integer" everywhere ("a whole
     * number"), so that a written scenario, and report.html that holds one, stays byte for byte the same.
     */
    public String allowedInFiles() {
        return switch (type) {
            case MLM_OR_COUNT -> "'mlm' or a whole number in [" + Checks.show(range.lo()) + ", "
                    + Checks.show(range.hi()) + "]";
            case INT, LONG -> range == null ? "a whole number" : range.allowed();
            default -> allowed();
        };
    }

    /** What the key allows, in the words messages use: {@code in [0, 1]}, {@code one of a | b}, ... */
    public String allowed() {
        return switch (type) {
            case TEXT -> "text";
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + choices();
            case NUMBERS -> "a list of numbers";
            case RECORDS -> "a list of mappings";
            case MLM_OR_COUNT -> "'mlm' or an integer in [" + Checks.show(range.lo()) + ", "
                    + Checks.show(range.hi()) + "]";
            case INT -> range == null ? Range.ANY_INT : range.allowed();
            case LONG -> range == null ? Range.ANY_LONG : range.allowed();
            case NUMBER -> range == null ? "a number" : range.allowed();
        };
    }

    @Override
    public void check(Checks checks, T value) {
        if (value == null) {
            checks.require(false, name, type == ValueType.CHOICE
                    ? "must be one of " + choices() + ", was missing" : "must be given");
            return;
        }
        if (range != null && value instanceof Number n) {
            if (type == ValueType.NUMBER) {
                checks.inRange(name, n.doubleValue(), range);
            } else {
                checks.inRange(name, n.longValue(), range);
            }
        }
        if (rule != null) {
            rule.check(checks, name, value);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

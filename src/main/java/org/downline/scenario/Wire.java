package org.downline.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The spelling of enum constants in scenario files: {@code SMALL_WORLD} is {@code small-world}. */
public final class Wire {

    private Wire() {
    }

    public static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant spelled {@code text}, or null. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(text)) {
                return e;
            }
        }
        return null;
    }

    /** "a | b | c", for messages and help. */
    public static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::name)
                .collect(Collectors.joining(" | "));
    }
}

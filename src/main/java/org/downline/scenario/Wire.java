package org.downline.scenario;

import java.util.Locale;

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
}

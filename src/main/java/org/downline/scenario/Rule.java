package org.downline.scenario;

/**
 * A check of one key's value beyond its type and range (an even degree, rates summing to at most 1,
 * ascending steps): it adds problems named {@code field} or {@code field[i]} to {@code checks}.
 */
@FunctionalInterface
public interface Rule<T> {
    void check(Checks checks, String field, T value);
}

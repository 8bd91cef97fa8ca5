package org.downline.cli;

/**
 * A command with a number option that allows other than the scenario key of its name allows
 * ({@code disclose --replications}): {@link Main#badNumber} asks it what to say for a value that is
 * no number.
 */
interface NumberOptions {

    /**
     * What the option {@code name} ("--replications") allows, as its errors say ("an integer in [1,
     * 100000]"); null for one that allows what the scenario key of its name does.
     */
    String allowed(String name);
}

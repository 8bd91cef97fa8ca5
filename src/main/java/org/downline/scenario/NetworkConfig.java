package org.downline.scenario;

/**
 * The acquaintance network of the whole population (contacts model only).
 *
 * @param kind     small-world or complete
 * @param degree   acquaintances per person in the ring lattice; even, in [2, 1000]
 * @param rewiring Watts–Strogatz probability that an edge is rewired to a random person; [0, 1]
 */
public record NetworkConfig(NetworkKind kind, int degree, double rewiring) {

    public static final NetworkConfig DEFAULT = new NetworkConfig(NetworkKind.SMALL_WORLD, 150, 0.1);

    public NetworkConfig {
        Checks c = new Checks()
                .require(kind != null, "kind", "must be one of " + Wire.choices(NetworkKind.class)
                        + ", was missing")
                .inRange("degree", degree, 2, 1000)
                .share("rewiring", rewiring);
        if (degree >= 2 && degree <= 1000) {
            c.require(degree % 2 == 0, "degree",
                    "must be even (a ring lattice links degree/2 neighbours on each side), was " + degree);
        }
        c.throwIfAny();
    }
}

package org.downline.scenario;

/**
 * The acquaintance network of the whole population (contacts model only).
 *
 * @param kind     small-world or complete
 * @param degree   acquaintances per person in the ring lattice; even, in [2, 1000]
 * @param rewiring Watts–Strogatz probability that an edge is rewired to a random person; [0, 1]
 */
public record NetworkConfig(NetworkKind kind, int degree, double rewiring) {

    public static final Key<NetworkKind> KIND = Key.choice("kind", NetworkKind.class, NetworkKind.SMALL_WORLD,
            "the acquaintance network: small-world (Watts–Strogatz) or complete (everybody knows everybody)");
    public static final Key<Integer> DEGREE = Key.integer("degree", 150, Range.integers(2, 1000),
            "acquaintances per person (even: a ring lattice links degree/2 neighbours on each side)")
            .in("acquaintances")
            .and((c, field, degree) -> {
                if (degree >= 2 && degree <= 1000) {
                    c.require(degree % 2 == 0, field, "must be even (a ring lattice links degree/2 neighbours on "
                            + "each side), was " + degree);
                }
            });
    public static final Key<Double> REWIRING = Key.number("rewiring", 0.1, Range.SHARE,
            "Watts–Strogatz probability that an edge is rewired to a random person");

    public static final Schema<NetworkConfig> SCHEMA = Schema.<NetworkConfig>builder()
            .bind(KIND, NetworkConfig::kind)
            .bind(DEGREE, NetworkConfig::degree)
            .bind(REWIRING, NetworkConfig::rewiring)
            .build(v -> new NetworkConfig(v.get(KIND), v.get(DEGREE), v.get(REWIRING)));

    public static final NetworkConfig DEFAULT = SCHEMA.defaults();

    public NetworkConfig {
        new Checks()
                .check(KIND, kind)
                .check(DEGREE, degree)
                .check(REWIRING, rewiring)
                .throwIfAny();
    }
}

package org.downline.stats;

/** The two worlds a replication runs on the same people. */
public enum World {
    MLM("mlm", "MLM"),
    AFFILIATE("affiliate", "Affiliate marketing");

    private final String key;
    private final String label;

    World(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name in summary.json and the CSVs' {@code world} column. */
    public String key() {
        return key;
    }

    /** A reader's name, for table columns and chart legends. */
    public String label() {
        return label;
    }

    /** The world named {@code key}. */
    public static World of(String key) {
        for (World w : values()) {
            if (w.key.equals(key)) {
                return w;
            }
        }
        throw new IllegalArgumentException("world must be one of " + java.util.Arrays.stream(values())
                .map(World::key).toList() + ", was '" + key + "'");
    }
}

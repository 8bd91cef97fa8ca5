package org.downline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;

/** The scenarios bundled with Downline, as YAML resources listed in {@code presets/index.txt}. */
public final class Presets {

    /** The preset {@code downline run} uses when given none. */
    public static final String DEFAULT = "default";

    private static final String DIR = "/org/downline/presets/";

    private Presets() {
    }

    /** Preset names, in the order {@code downline presets} lists them. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String line : resource("index.txt").split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** The YAML text of a preset. @throws ScenarioException if there is no such preset */
    public static String text(String name) {
        if (!names().contains(name)) {
            throw new ScenarioException("--preset", "must be one of " + String.join(", ", names())
                    + ", was '" + name + "'");
        }
        return resource(name + ".yaml");
    }

    /** A preset with overrides applied. */
    public static Scenario load(String name, List<String> overrides) {
        return ScenarioReader.fromText(text(name), overrides, name);
    }

    private static String resource(String file) {
        try (InputStream in = Presets.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + DIR + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

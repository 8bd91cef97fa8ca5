package org.downline.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;

/** The scenarios bundled with Downline, as YAML resources listed in {@code presets/index.txt}. */
public final class Presets {

    /** The preset {@code downline run} uses when given none. */
    public static final String DEFAULT = "default";

    private static final Bundled FILES = new Bundled("/org/downline/presets/");

    private Presets() {
    }

    /** Preset names, in the order {@code downline presets} lists them. */
    public static List<String> names() {
        return FILES.names();
    }

    /** The YAML text of a preset. @throws ScenarioException if there is no such preset */
    public static String text(String name) {
        return text(name, "--preset");
    }

    /** The YAML text of a preset named by {@code option}. @throws ScenarioException if there is none */
    public static String text(String name, String option) {
        return FILES.text(name, ".yaml", option);
    }

    /**
     * A preset's one-line description as {@code downline presets} lists it: the {@code description}
     * key of its YAML tree, without reading the whole scenario (the schema's classes and every key);
     * {@code PresetsTest} checks it is the loaded scenario's description for every preset.
     */
    public static String description(String name) {
        JsonNode d = ScenarioReader.parseText(text(name), name).get("description");
        return d == null || d.isNull() ? "" : d.asText();
    }

    /** A preset with overrides applied. */
    public static Scenario load(String name, List<String> overrides) {
        return ScenarioReader.fromText(text(name), overrides, name);
    }

}

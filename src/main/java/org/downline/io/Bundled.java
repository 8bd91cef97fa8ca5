package org.downline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.downline.scenario.Checks;
import org.downline.scenario.ScenarioException;

/**
 * Files bundled with Downline as resources in one folder, listed in order in the folder's
 * {@code index.txt} (one name a line; blank lines and {@code #} comments skipped).
 */
final class Bundled {

    private final String dir;

    /** @param dir the resource folder, e.g. {@code /org/downline/presets/} */
    Bundled(String dir) {
        this.dir = dir;
    }

    /** The names in {@code index.txt}, in order. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (String line : text("index.txt").split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The text of the bundled file {@code name + suffix}.
     *
     * @throws ScenarioException naming {@code option} if {@code name} is not in the index
     */
    String text(String name, String suffix, String option) {
        List<String> names = names();
        if (!names.contains(name)) {
            throw new ScenarioException(option, "must be one of " + String.join(", ", names) + ", was "
                    + Checks.show(name));
        }
        return text(name + suffix);
    }

    /** A bundled file's text. */
    String text(String file) {
        try (InputStream in = Bundled.class.getResourceAsStream(dir + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + dir + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.downline.io;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.downline.scenario.ScenarioException;

/** Reading a user's input file: its text, or a one-line problem naming the file. */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * The file's text (UTF-8).
     *
     * @throws ScenarioException if it does not exist, is not UTF-8 or cannot be read
     */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file.toString(), "does not exist");
        } catch (MalformedInputException e) {
            throw new ScenarioException(file.toString(), "is not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }
}

package org.downline.cli;

/** Bad input found by a command (not by the scenario reader): exit code 2, one line. */
public final class InputException extends RuntimeException {
    InputException(String message) {
        super(message);
    }
}

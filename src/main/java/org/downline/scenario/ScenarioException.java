package org.downline.scenario;

import java.util.List;

/**
 * A scenario (or a value in one) that cannot be used, with every problem found. The message is one
 * line: the first problem, and how many more there are.
 */
public final class ScenarioException extends IllegalArgumentException {

    /** Serialised with the exception (a Spark task's refusal reaches the driver whole). */
    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    public ScenarioException(String field, String message) {
        this(new Problem(field, message));
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        String first = problems.get(0).toString();
        int more = problems.size() - 1;
        return more == 0 ? first
                : first + " (and " + more + " more problem" + (more == 1 ? "" : "s")
                        + "; 'downline validate' lists them all)";
    }
}

package org.downline.scenario;

/**
 * One thing wrong with a scenario: the field it concerns (a dotted key path such as
 * {@code market.prospectShare}) and a sentence that names the allowed values and what was given.
 */
public record Problem(String field, String message) implements java.io.Serializable {

    /** {@code field must be <allowed>, was <given>}. */
    public static Problem of(String field, String allowed, Object given) {
        return shown(field, allowed, Checks.show(given));
    }

    /** {@code field must be <allowed>, was <shown>}, for a value already shown (as the user wrote it). */
    public static Problem shown(String field, String allowed, String shown) {
        return new Problem(field, "must be " + allowed + ", was " + shown);
    }

    /** The same problem under a parent key: {@code sigma} under {@code recruitment.effort}. */
    public Problem under(String parent) {
        if (parent == null || parent.isEmpty()) {
            return this;
        }
        return new Problem(field.isEmpty() ? parent : parent + "." + field, message);
    }

    /** One line, field first. */
    @Override
    public String toString() {
        return field.isEmpty() ? message : field + " " + message;
    }
}

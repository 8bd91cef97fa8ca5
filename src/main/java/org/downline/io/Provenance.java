package org.downline.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.downline.engine.Results;

/**
 * What produced an output: the version, what was run, the seed, replications, months and random
 * generator. One line of it heads every CSV file (as a comment) and is stored in every PNG's
 * metadata; the same facts, spaced for reading, are the footer under every chart.
 *
 * @param subject      what was run, e.g. {@code scenario default}
 * @param seed         the seed as it should read, e.g. {@code seed 1}
 * @param replications replications as they should read, e.g. {@code 200 replications}
 * @param months       the months simulated: a count ({@code 36}), or how they varied when a fit or
 *                     a sweep varied them ({@code 24 to 180, fitted})
 * @param shortSubject the subject as the chart footer says it, where the whole would not fit legibly
 *                     (a sweep's many --set: "... and 4 more --set, see sweep.json"); the CSV comment
 *                     and the PNG's text chunks keep the whole {@code subject}
 */
public record Provenance(String version, String subject, String seed, String replications, String months,
                         String generator, String shortSubject) {

    /** Between the parts of a chart footer; where {@code PngWriter} wraps one too long for its image. */
    public static final String SEPARATOR = "  ·  ";

    /** With the whole subject in the footer too. */
    public Provenance(String version, String subject, String seed, String replications, String months,
                      String generator) {
        this(version, subject, seed, replications, months, generator, subject);
    }

    /** Of a fixed number of months. */
    public Provenance(String version, String subject, String seed, String replications, int months,
                      String generator) {
        this(version, subject, seed, replications, Integer.toString(months), generator);
    }

    /** The provenance of a run's results. */
    public static Provenance of(Results r) {
        return new Provenance(r.version(), "scenario " + r.scenario().name(), "seed " + r.seed(),
                Words.count(r.replications(), "replication"), r.months(), r.generator());
    }

    /** One line, for CSV comments and PNG metadata. */
    public String line() {
        return "downline " + version + "; " + subject + "; " + seed + "; " + replications + "; months " + months
                + "; generator " + generator;
    }

    /**
     * The chart footer, with the {@link #shortSubject}; {@code PngWriter} shrinks it a little or wraps
     * it to fit the image.
     */
    public String footer() {
        String span = !months.isEmpty() && months.chars().allMatch(Character::isDigit)
                ? Words.count(Long.parseLong(months), "month") : "months " + months;
        return String.join(SEPARATOR, "Downline " + version, shortSubject, seed, replications, span, generator);
    }

    /** PNG text chunks: Software and Comment. */
    public Map<String, String> pngText() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Software", "Downline " + version);
        text.put("Comment", line());
        return text;
    }
}

package org.downline.spark;

import java.io.PrintWriter;

/**
 * {@code spark-submit --class org.downline.spark.SparkMain downline.jar run|sweep|fit ...}: the command
 * line's own {@code run}, {@code sweep} and {@code fit} (same options, same checks, same exit codes and files),
 * with the replications run as Spark tasks ({@link SparkRunner}) instead of on this machine's threads.
 *
 * <p>This class refers to no Spark class, so that without Spark on the classpath it can say how to
 * run it instead of failing with a {@link NoClassDefFoundError}; {@link SparkCommands} does the rest.
 */
public final class SparkMain {

    /** The one line printed when Spark is not on the classpath. */
    static final String NO_SPARK = "error: SparkMain runs on Apache Spark, which is not on the classpath: run it with "
            + "'spark-submit --class org.downline.spark.SparkMain downline.jar run|sweep|fit ...' (README, 'Running on "
            + "a cluster'), or run on this machine with 'java -jar downline.jar run|sweep|fit ...'";

    private SparkMain() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        if (!sparkOnClasspath()) {
            err.println(NO_SPARK);
            System.exit(org.downline.cli.Main.BAD_INPUT);
        }
        System.exit(SparkCommands.main(args, out, err));
    }

    static boolean sparkOnClasspath() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkMain.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

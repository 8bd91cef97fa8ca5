package org.downline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Without Spark on the classpath, SparkMain says how to run it (exit 2), not NoClassDefFoundError. */
class NoSparkTest {

    @Test
    void withoutSparkSparkMainSaysHowToRunIt() throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = Arrays.asList(classpath.split(File.pathSeparator));
        String withoutSpark = entries.stream()
                .filter(e -> !e.contains("/org/apache/spark/") && !e.contains("/org/scala-lang/"))
                .collect(Collectors.joining(File.pathSeparator));
        assertTrue(entries.stream().anyMatch(e -> e.contains("/org/apache/spark/")), "Spark is on the test classpath");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", withoutSpark, SparkMain.class.getName(), "run",
                "--replications", "2").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), err);
        assertEquals("", out);
        assertEquals(SparkMain.NO_SPARK, err.strip());
        assertFalse(err.contains("NoClassDefFoundError"));
    }
}

package org.sprp.serialization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Cold start as a whole process: runs {@link ColdStartLibrary} and {@link ColdStartDatabind}, each
 * in a fresh JVM with the same class path, alternately, and prints the median wall time of each and
 * their ratio. {@code mvn -B -q -Pbench -pl serialization -am test-compile exec:exec@coldstart}
 * (runs: the first argument, default 10).
 */
final class ColdStart {

  private ColdStart() {}

  /** The median wall times in milliseconds, library then databind, of so many runs each. */
  static double[] measure(int runs) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    List<Double> library = new ArrayList<>();
    List<Double> databind = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      library.add(run(java, classPath, ColdStartLibrary.class));
      databind.add(run(java, classPath, ColdStartDatabind.class));
    }
    return new double[] {median(library), median(databind)};
  }

  private static double run(String java, String classPath, Class<?> main) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(java, "-cp", classPath, main.getName())
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = process.waitFor();
    double millis = (System.nanoTime() - start) / 1e6;
    if (status != 0 || !output.startsWith("Programme sprp: 1 component, 3 sites")) {
      throw new IllegalStateException(main.getSimpleName() + " failed (" + status + "): " + output);
    }
    return millis;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    double[] medians = measure(runs);
    System.out.printf(Locale.ROOT, "cold start, median of %d runs each: library %.0f ms, databind %.0f ms, ratio %.2f%n",
        runs, medians[0], medians[1], medians[0] / medians[1]);
  }
}

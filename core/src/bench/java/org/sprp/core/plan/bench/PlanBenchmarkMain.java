package org.sprp.core.plan.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PlanBenchmark} and prints, for each query, its score at 10,000 and 100,000
 * activities and the ratio 100k / 10k, which must be at most 12 (ten times the size, with room
 * for the log factor of sorting and for caches). Exits with status 1 if a ratio is above 12.
 *
 * <pre>mvn -B -q -Pbench -pl core test-compile exec:exec@bench</pre>
 */
public final class PlanBenchmarkMain {

  private static final double LIMIT = 12.0;

  private PlanBenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder().include(PlanBenchmark.class.getName() + "\\.").build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, double[]> scores = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      int index = result.getParams().getParam("activities").equals("10000") ? 0 : 1;
      scores.computeIfAbsent(name, n -> new double[2])[index] = result.getPrimaryResult().getScore();
    }
    boolean within = true;
    System.out.println();
    System.out.printf("%-18s %14s %14s %10s%n", "query (ms/op)", "10,000", "100,000", "ratio");
    for (Map.Entry<String, double[]> score : scores.entrySet()) {
      double ratio = score.getValue()[1] / score.getValue()[0];
      within &= ratio <= LIMIT;
      System.out.printf("%-18s %14.3f %14.3f %10.2f%s%n", score.getKey(), score.getValue()[0], score.getValue()[1],
          ratio, ratio <= LIMIT ? "" : "  ABOVE " + LIMIT);
    }
    System.out.println(within ? "Every ratio is at most " + LIMIT + "." : "A ratio is above " + LIMIT + ".");
    if (!within) {
      System.exit(1);
    }
  }
}

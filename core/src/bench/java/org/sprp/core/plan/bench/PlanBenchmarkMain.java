package org.sprp.core.plan.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PlanBenchmark}, {@link RotatingPlanBenchmark} and {@link ProgrammeBuildBenchmark} and prints, for each query, its
 * score at 10,000 and 100,000 activities and the ratio 100k / 10k, which must be at most 12 (ten
 * times the size, and room for what a larger programme adds to each step), and the ratio to the 10,000 rotating
 * over ten programmes, which takes the caches out of the comparison. {@code consistencyRead} is the
 * checks with every finding's path and message read, which findings write when first asked for. The control {@code walk}
 * reads every event once and does nothing else: its ratio is what the machine adds to any pass
 * over a programme ten times larger; that of {@code columnWalk}, which reads once each value of
 * the columns the queries read, is what it adds to streaming them. {@code build} is what building the programme costs, which
 * records the columns the queries read; it is shown, not gated. Exits with status 1 if a ratio 100k / 10k of timeline,
 * coverage, consistency or consistencyRead is above 12.
 *
 * <pre>mvn -B -q -Pbench -pl core test-compile exec:exec@bench</pre>
 */
public final class PlanBenchmarkMain {

  private static final double LIMIT = 12.0;

  private PlanBenchmarkMain() {}

  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(PlanBenchmark.class.getName() + "\\.")
        .include(RotatingPlanBenchmark.class.getName() + "\\.")
        .include(ProgrammeBuildBenchmark.class.getName() + "\\.")
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, double[]> scores = new TreeMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      int column;
      if (benchmark.contains(RotatingPlanBenchmark.class.getSimpleName())) {
        column = 2;
      } else {
        column = result.getParams().getParam("activities").equals("10000") ? 0 : 1;
      }
      scores.computeIfAbsent(name, n -> new double[] {Double.NaN, Double.NaN, Double.NaN})[column] =
          result.getPrimaryResult().getScore();
    }
    boolean within = true;
    System.out.println();
    System.out.println("Average ms per operation. 10k: one programme of 10,000 activities; 100k: one of 100,000;");
    System.out.println("10k x 10: ten programmes of 10,000 in turn (as much memory as 100k, so as few cache hits).");
    System.out.println("walk: the control, one read of every event's bounds and id, no sorting, nothing built.");
    System.out.println("columnWalk: the second control, one sequential read of the columns the queries read.");
    System.out.println("build: building the programme, which checks it and records the columns the queries read.");
    System.out.printf(Locale.ROOT, "%-18s %10s %10s %10s %14s %16s%n", "query", "10k", "100k", "10k x 10", "100k / 10k",
        "100k / 10k x 10");
    for (Map.Entry<String, double[]> score : scores.entrySet()) {
      double[] s = score.getValue();
      double ratio = s[1] / s[0];
      double rotating = s[1] / s[2];
      if (score.getKey().equals("timeline") || score.getKey().equals("coverage")
          || score.getKey().equals("consistency") || score.getKey().equals("consistencyRead")) {
        within &= ratio <= LIMIT;
      }
      System.out.printf(Locale.ROOT, "%-18s %10.3f %10.3f %10.3f %14.2f %16.2f%n", score.getKey(), s[0], s[1], s[2], ratio, rotating);
    }
    System.out.println(within ? "Every ratio 100k / 10k is at most " + LIMIT + "."
        : "A ratio 100k / 10k is above " + LIMIT + ".");
    if (!within) {
      System.exit(1);
    }
  }
}

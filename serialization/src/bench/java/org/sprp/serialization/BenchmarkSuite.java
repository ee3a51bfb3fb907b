package org.sprp.serialization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The whole read/write benchmark suite in one command: every benchmark of {@link
 * ProgrammeJsonBenchmark} at every size with {@code -prof gc}, then the cold start of {@link
 * ColdStart}, then one table of ratios, each against its target. Run it with {@code mvn -B -q
 * -Pbench -pl serialization -am -Dexec.executable=java test-compile exec:exec@bench-json}.
 *
 * <p>System properties narrow a run while working: {@code bench.include} (a regular expression of
 * benchmark methods), {@code bench.sizes} (comma-separated), {@code bench.coldstart} (runs, 0 to
 * skip), {@code bench.iterations} (warm-up and measured iterations, such as {@code 1,2}).
 */
final class BenchmarkSuite {

  private BenchmarkSuite() {}

  private static final String[] SIZES = {"seed", "1000", "10000", "100000"};

  public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
    String include = System.getProperty("bench.include", ".*");
    String[] sizes = System.getProperty("bench.sizes", String.join(",", SIZES)).split(",");
    int coldRuns = Integer.getInteger("bench.coldstart", 10);
    String load = load();
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(ProgrammeJsonBenchmark.class.getName() + "\\.(" + include + ")$")
        .param("size", sizes)
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true);
    String iterations = System.getProperty("bench.iterations");
    if (iterations != null) {
      String[] counts = iterations.split(",");
      options.warmupIterations(Integer.parseInt(counts[0])).measurementIterations(Integer.parseInt(counts[1]));
    }
    Collection<RunResult> results = new Runner(options.build()).run();

    Map<String, double[]> scores = new HashMap<>();
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.') + 1);
      String size = result.getParams().getParam("size");
      double median = result.getPrimaryResult().getStatistics().getPercentile(50);
      double alloc = Double.NaN;
      for (String key : result.getSecondaryResults().keySet()) {
        if (key.endsWith("gc.alloc.rate.norm")) {
          alloc = result.getSecondaryResults().get(key).getScore();
        }
      }
      scores.put(method + "@" + size, new double[] {median, alloc});
    }

    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "Load before the run (uptime): %s%n", load));
    table.append(String.format(Locale.ROOT, "JDK %s, %d cores, %s%n%n", Runtime.version(),
        Runtime.getRuntime().availableProcessors(), LocalDate.now()));
    table.append("Median time per operation (us) and allocation per operation (MB):\n\n");
    table.append("| size | benchmark | us/op | MB/op |\n|---|---|---:|---:|\n");
    for (String size : sizes) {
      for (String method : new String[] {"libraryRead", "databindRead", "rawRead", "libraryWrite",
          "databindWrite", "rawWrite", "build"}) {
        double[] s = scores.get(method + "@" + size);
        if (s != null) {
          table.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.3f |%n", size, method, s[0], s[1] / 1e6));
        }
      }
    }
    table.append("\nRatios (higher is better for speed; for allocation, lower):\n\n");
    table.append("| size | read vs databind (>= 1.2) | read vs raw (>= 0.5) | read alloc vs databind (<= 1.0)"
        + " | write vs databind (>= 1.0) | write vs raw (>= 0.6) | write alloc vs databind |\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (String size : sizes) {
      table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", size,
          speed(scores, "databindRead", "libraryRead", size, 1.2),
          speed(scores, "rawRead", "libraryRead", size, 0.5),
          alloc(scores, "libraryRead", "databindRead", size, 1.0),
          speed(scores, "databindWrite", "libraryWrite", size, 1.0),
          speed(scores, "rawWrite", "libraryWrite", size, 0.6),
          alloc(scores, "libraryWrite", "databindWrite", size, Double.NaN)));
    }
    table.append("\nScaling, time per activity at 100,000 over time per activity at 1,000 (<= 1.5):\n\n");
    table.append("| operation | ratio |\n|---|---:|\n");
    for (String method : new String[] {"libraryRead", "libraryWrite", "build", "databindRead", "rawRead"}) {
      double[] small = scores.get(method + "@1000");
      double[] large = scores.get(method + "@100000");
      if (small != null && large != null) {
        double ratio = (large[0] / 100_000) / (small[0] / 1_000);
        boolean target = !method.startsWith("databind") && !method.startsWith("raw");
        table.append(String.format(Locale.ROOT, "| %s | %.2f%s |%n", method, ratio,
            target ? mark(ratio <= 1.5) : " (reference)"));
      }
    }
    if (coldRuns > 0) {
      double[] cold = ColdStart.measure(coldRuns);
      double ratio = cold[0] / cold[1];
      table.append(String.format(Locale.ROOT,
          "%nCold start (fresh JVM reads the seed document, prints a line), median of %d runs each, alternating:%n"
              + "library %.0f ms, databind %.0f ms, ratio %.2f (<= 1.1)%s%n",
          coldRuns, cold[0], cold[1], ratio, mark(ratio <= 1.1)));
    }
    table.append(String.format(Locale.ROOT, "%nLoad after the run (uptime): %s%n", load()));
    System.out.println();
    System.out.print(table);
    Path report = Path.of("target", "bench-ratios.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, table, StandardCharsets.UTF_8);
  }

  /** How many times faster the library is than the other: their time over its time. */
  private static String speed(Map<String, double[]> scores, String other, String library, String size, double target) {
    double[] o = scores.get(other + "@" + size);
    double[] l = scores.get(library + "@" + size);
    if (o == null || l == null) {
      return "-";
    }
    double ratio = o[0] / l[0];
    return String.format(Locale.ROOT, "%.2f%s", ratio, mark(ratio >= target));
  }

  /** The library's allocation over the other's. */
  private static String alloc(Map<String, double[]> scores, String library, String other, String size, double target) {
    double[] o = scores.get(other + "@" + size);
    double[] l = scores.get(library + "@" + size);
    if (o == null || l == null) {
      return "-";
    }
    double ratio = l[1] / o[1];
    return String.format(Locale.ROOT, "%.2f%s", ratio, Double.isNaN(target) ? "" : mark(ratio <= target));
  }

  private static String mark(boolean met) {
    return met ? " met" : " MISSED";
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}

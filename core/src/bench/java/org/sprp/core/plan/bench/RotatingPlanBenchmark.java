package org.sprp.core.plan.bench;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sprp.core.Programme;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.plan.Consistency;
import org.sprp.core.plan.Coverage;
import org.sprp.core.plan.Finding;
import org.sprp.core.plan.LargeProgramme;
import org.sprp.core.plan.Plan;

/**
 * The queries of {@link PlanBenchmark} at 10,000 activities, but on ten different programmes in
 * turn: 100,000 activities in memory, as in the benchmark at 100,000. A single programme of 10,000
 * activities stays in the processor's caches between invocations while one of 100,000 does not,
 * so comparing with this benchmark separates the growth of the work from that of cache misses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RotatingPlanBenchmark {

  private final Programme[] programmes = new Programme[10];
  private int next;

  @Setup
  public void setUp() {
    for (int i = 0; i < programmes.length; i++) {
      programmes[i] = LargeProgramme.of(10_000, 42 + i);
    }
  }

  private Programme nextProgramme() {
    next = (next + 1) % programmes.length;
    return programmes[next];
  }

  @Benchmark
  public ImmutableList<TimelineEvent> timeline() {
    return Plan.of(nextProgramme()).timeline();
  }

  @Benchmark
  public Coverage coverage() {
    return Plan.of(nextProgramme()).coverage();
  }

  @Benchmark
  public ImmutableList<Finding> consistency() {
    return Consistency.check(nextProgramme(), LocalDate.of(2018, 1, 1));
  }

  /** {@link PlanBenchmark#consistencyRead()}, on the next programme. */
  @Benchmark
  public long consistencyRead() {
    return Walk.texts(Consistency.check(nextProgramme(), LocalDate.of(2018, 1, 1)));
  }

  /** The control of {@link PlanBenchmark#walk()}, on the next programme. */
  @Benchmark
  public long walk() {
    return Walk.over(nextProgramme());
  }

  /** The control of {@link PlanBenchmark#columnWalk()}, on the next programme. */
  @Benchmark
  public long columnWalk() {
    return Walk.columns(nextProgramme());
  }
}

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sprp.core.Programme;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.plan.Consistency;
import org.sprp.core.plan.Coverage;
import org.sprp.core.plan.EventFilter;
import org.sprp.core.plan.Finding;
import org.sprp.core.plan.LargeProgramme;
import org.sprp.core.plan.Plan;
import org.sprp.core.time.Timing;

/**
 * The cost of the planning queries on generated programmes of 10,000 and 100,000 activities,
 * beside a control that only reads every event once ({@link #walk()}).
 * Timeline, coverage and consistency each start from the programme alone, so they include
 * building the plan's indexes: that is what a script pays for a new version of a plan. The
 * filtered query runs on a plan built once, as scripts asking many questions do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlanBenchmark {

  @Param({"10000", "100000"})
  public int activities;

  private Programme programme;
  private Plan plan;
  private EventFilter filter;

  @Setup
  public void setUp() {
    programme = LargeProgramme.of(activities, 42);
    plan = Plan.of(programme);
    filter = EventFilter.builder().site(programme.sites().get(0).id()).window(Timing.parse("2016/2017")).build();
  }

  @Benchmark
  public ImmutableList<TimelineEvent> timeline() {
    return Plan.of(programme).timeline();
  }

  @Benchmark
  public Coverage coverage() {
    return Plan.of(programme).coverage();
  }

  @Benchmark
  public ImmutableList<Finding> consistency() {
    return Consistency.check(programme, LocalDate.of(2018, 1, 1));
  }

  /**
   * The checks, then every finding's path and message read: the findings write them when first
   * asked for, so {@link #consistency()} alone leaves that work to whoever reads them.
   */
  @Benchmark
  public long consistencyRead() {
    return Walk.texts(Consistency.check(programme, LocalDate.of(2018, 1, 1)));
  }

  /**
   * The control: the least any timeline must do, reading the bounds and the id of every event
   * once. It does no sorting and builds nothing, so its ratio 100k / 10k is what the machine's
   * caches alone add to a single pass over the programme.
   */
  @Benchmark
  public long walk() {
    return Walk.over(programme);
  }

  /**
   * The second control: one sequential read of the columns the queries read, each value once.
   * Its ratio 100k / 10k is what the machine adds to streaming those arrays from beyond the cache
   * that holds them at 10,000 activities.
   */
  @Benchmark
  public long columnWalk() {
    return Walk.columns(programme);
  }

  @Benchmark
  public ImmutableList<TimelineEvent> filteredTimeline() {
    return plan.timeline(filter);
  }
}

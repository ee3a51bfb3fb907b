package org.sprp.core.plan.bench;

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
import org.sprp.core.plan.LargeProgramme;

/**
 * The cost of building a programme from its entities, which checks it as a whole: what every
 * reader of a programme and every edit pays before any query. Run before and after a change
 * that moves work into construction, it shows the cost moved.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProgrammeBuildBenchmark {

  @Param({"10000", "100000"})
  public int activities;

  private Programme programme;

  @Setup
  public void setUp() {
    programme = LargeProgramme.of(activities, 42);
  }

  /** Builds a new programme of the same entities, so every check and index runs again. */
  @Benchmark
  public Programme build() {
    return Programme.builder().id(programme.id()).name(programme.name())
        .addAllComponents(programme.components()).addAllThemes(programme.themes())
        .addAllTopics(programme.topics()).addAllPlaces(programme.places())
        .addAllOrganisations(programme.organisations()).addAllMeetings(programme.meetings())
        .addAllDecisions(programme.decisions()).addAllSites(programme.sites())
        .addAllMissions(programme.missions()).addAllRequests(programme.requests())
        .addAllActivities(programme.activities())
        .build();
  }
}

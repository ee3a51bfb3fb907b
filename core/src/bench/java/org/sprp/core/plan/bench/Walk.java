package org.sprp.core.plan.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sprp.core.Programme;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.internal.ProgrammeColumns;
import org.sprp.core.internal.ProgrammeColumns.References;
import org.sprp.core.plan.Finding;
import org.sprp.core.time.Timing;

/**
 * One pass over a programme's events that reads what ordering them needs, and nothing more; and
 * one pass over the columns the queries read, each value once.
 */
final class Walk {

  private Walk() {}

  /** Returns a sum of every event's bounds and last id character, so that no read is optimised away. */
  static long over(Programme programme) {
    long sum = 0;
    for (TimelineEvent event : programme.events()) {
      Optional<Timing> timing = event.timing();
      if (timing.isPresent()) {
        Optional<LocalDate> earliest = timing.get().earliest();
        Optional<LocalDate> latest = timing.get().latest();
        sum += earliest.isPresent() ? earliest.get().toEpochDay() : 0;
        sum += latest.isPresent() ? latest.get().toEpochDay() : 0;
      }
      String id = event.id().value();
      sum += id.charAt(id.length() - 1);
    }
    return sum;
  }

  /**
   * Returns a sum of every value of the columns the queries read: each event's bounds, status and
   * id key, each activity's modality and references, each mission's sites and stops. This is the
   * least the timeline, the coverage and the checks together read, in one sequential pass.
   */
  static long columns(Programme programme) {
    ProgrammeColumns columns = ProgrammeColumns.of(programme);
    long sum = 0;
    for (int e = 0; e < columns.events(); e++) {
      sum += columns.bounds(e) + columns.status(e) + columns.idKey(e);
    }
    int activities = columns.events() - columns.missions();
    for (int a = 0; a < activities; a++) {
      sum += columns.modality(a);
    }
    for (References references : new References[] {columns.activityThemes(), columns.activityTopics(),
        columns.activitySites(), columns.activityAnswers()}) {
      sum += sum(references, activities);
    }
    for (References references : new References[] {columns.missionSites(), columns.missionStops()}) {
      sum += sum(references, columns.missions());
    }
    return sum;
  }

  private static long sum(References references, int entities) {
    long sum = 0;
    for (int e = 0; e < entities; e++) {
      for (int k = references.start(e); k < references.end(e); k++) {
        sum += references.position(k);
      }
    }
    return sum;
  }

  /** Returns the total length of the findings' paths and messages, reading each once. */
  static long texts(List<Finding> findings) {
    long length = 0;
    for (Finding finding : findings) {
      length += finding.path().length() + finding.message().length();
    }
    return length;
  }
}

package org.sprp.core.plan.bench;

import java.time.LocalDate;
import java.util.Optional;
import org.sprp.core.Programme;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.time.Timing;

/** One pass over a programme's events that reads what ordering them needs, and nothing more. */
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
}

package org.sprp.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sprp.core.Programme;
import org.sprp.core.Theme;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;
import org.sprp.core.time.Timing;

/**
 * The README's first command: builds the programme of the source document and prints its pilot
 * sites, with their places in English and Chinese and their themes, and its events in time order.
 */
public final class PrintSeedProgramme {

  private PrintSeedProgramme() {}

  /**
   * Prints the seed programme to standard output, in UTF-8.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    print(SeedProgramme.build(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints a programme's pilot sites and events.
   *
   * @param programme the programme
   * @param out where to print
   */
  static void print(Programme programme, PrintStream out) {
    out.println(programme.name() + " (" + programme.id() + ")");
    out.println();
    out.println("Pilot sites");
    for (PilotSite site : programme.sites()) {
      Place place = programme.place(site.place()).orElseThrow();
      String where = place.level() != PlaceLevel.PREFECTURE ? ""
          : place.parent().flatMap(programme::place).map(province -> ", " + province.name()).orElse("");
      out.println("  " + place.name() + where + ": " + site.themes().stream()
          .map(theme -> programme.theme(theme).map(Theme::name).map(Object::toString).orElse(theme.value()))
          .collect(Collectors.joining(", ")));
    }
    out.println();
    out.println("Timeline");
    List<TimelineEvent> events = programme.events().stream()
        .sorted(Comparator.comparing((TimelineEvent e) -> e.timing().orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEvent::id))
        .collect(Collectors.toList());
    for (TimelineEvent event : events) {
      out.printf("  %-16s %-10s %s%n", event.timing().map(Timing::toString).orElse("(no date)"),
          event.status().name().toLowerCase(Locale.ROOT), event.title());
    }
  }
}

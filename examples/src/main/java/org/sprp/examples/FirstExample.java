package org.sprp.examples;

import java.time.LocalDate;
import org.sprp.core.ActivityId;
import org.sprp.core.BilingualName;
import org.sprp.core.Component;
import org.sprp.core.ComponentId;
import org.sprp.core.PlaceId;
import org.sprp.core.Programme;
import org.sprp.core.ProgrammeId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.Theme;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;
import org.sprp.core.time.Timing;
import org.sprp.serialization.ProgrammeJson;

/**
 * The README's first example: a programme with one pilot site and one tentative activity, built,
 * queried and written as JSON. The README quotes the code between the snippet markers, and a test
 * checks that the quote is still this code.
 */
public final class FirstExample {

  private FirstExample() {}

  /**
   * Builds the example programme.
   *
   * @return the programme
   */
  static Programme build() {
    // snippet: first-example
    Place china = Place.builder().id(PlaceId.of("china")).level(PlaceLevel.COUNTRY)
        .name(BilingualName.of("China", "中国")).isoCode("CN").build();
    Place shanghai = Place.builder().id(PlaceId.of("shanghai")).level(PlaceLevel.PROVINCE)
        .name(BilingualName.of("Shanghai", "上海市")).parent(china.id())
        .divisionCode("310000").isoCode("CN-SH").build();

    Programme sprp = Programme.builder()
        .id(ProgrammeId.of("sprp"))
        .name(BilingualName.of("Social Protection Reform Project"))
        .addComponents(Component.builder().id(ComponentId.of("c1")).name(BilingualName.of("C1")).build())
        .addThemes(Theme.AGEING_POPULATION)
        .addPlaces(china, shanghai)
        .addSites(PilotSite.builder().id(SiteId.of("shanghai")).place(shanghai.id())
            .component(ComponentId.of("c1")).addThemes(Theme.AGEING_POPULATION.id()).build())
        .addActivities(KnowledgeActivity.builder().id(ActivityId.of("shanghai-contacts"))
            .kind(ActivityKind.CONSULTATION).title("Contacts with the Shanghai pilot site")
            .addSites(SiteId.of("shanghai")).status(Status.PLANNED)
            .timing(Timing.parse("2016-02?"))          // tentatively in February 2016
            .build())
        .build();

    Timing when = sprp.activity(ActivityId.of("shanghai-contacts")).orElseThrow().timing().orElseThrow();
    LocalDate latest = when.latest().orElseThrow();    // 2016-02-29
    String json = ProgrammeJson.strict().writeString(sprp);
    // end snippet
    if (!latest.equals(LocalDate.of(2016, 2, 29)) || !ProgrammeJson.strict().read(json).equals(sprp)) {
      throw new IllegalStateException("the README's first example no longer does what it says");
    }
    return sprp;
  }

  /**
   * Runs the example and prints the programme as JSON, in UTF-8.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    // The JSON's bytes, which are UTF-8, whatever the platform's encoding (中国 would print as ??).
    byte[] json = ProgrammeJson.strict().write(build());
    System.out.write(json, 0, json.length);
    System.out.flush();
  }
}

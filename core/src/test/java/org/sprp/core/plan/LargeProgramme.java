package org.sprp.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sprp.core.ActivityId;
import org.sprp.core.BilingualName;
import org.sprp.core.Component;
import org.sprp.core.ComponentId;
import org.sprp.core.MissionId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.Programme;
import org.sprp.core.ProgrammeId;
import org.sprp.core.RequestId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.Theme;
import org.sprp.core.ThemeId;
import org.sprp.core.Topic;
import org.sprp.core.TopicId;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.RequestChannel;
import org.sprp.core.actor.Organisation;
import org.sprp.core.actor.OrganisationKind;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;
import org.sprp.core.time.Timing;

/**
 * Generates a valid programme of a given number of activities, the same for the same size and
 * seed, for benchmarks and tests of scale. In proportion to the n activities: n/100 sites, n/10
 * missions, n/50 requests; fixed catalogues of 31 provinces of 10 prefectures each, 10 themes,
 * 50 topics and 100 organisations. Timings mix days, months, years, uncertain and approximate
 * dates, intervals and (one in twenty) none, from 2015 to 2020. Written by hand with a fixed seed.
 */
public final class LargeProgramme {

  private static final String[] FORMS = {"%d-%02d-%02d", "%d-%02d", "%d-%02d?", "%d-%02d~", "%d"};

  private final SplittableRandom random;

  private LargeProgramme(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Builds a programme of {@code activities} activities from a fixed seed.
   *
   * @param activities the number of activities, at least 100
   * @param seed the seed; the same seed and size give the same programme
   * @return the programme, checked
   */
  public static Programme of(int activities, long seed) {
    return new LargeProgramme(seed).build(activities);
  }

  private Programme build(int n) {
    Programme.Builder programme = Programme.builder().id(ProgrammeId.of("large-" + n))
        .name(BilingualName.of("Generated programme of " + n + " activities"));
    ComponentId c1 = ComponentId.of("c1");
    programme.addComponents(Component.builder().id(c1).name(BilingualName.of("C1")).build());

    List<ThemeId> themes = new ArrayList<>();
    for (Theme theme : Theme.wellKnown()) {
      programme.addThemes(theme);
      themes.add(theme.id());
    }
    for (int i = themes.size(); i < 10; i++) {
      Theme theme = Theme.of(ThemeId.of("theme-" + i), BilingualName.of("Theme " + i));
      programme.addThemes(theme);
      themes.add(theme.id());
    }
    List<TopicId> topics = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      TopicId topic = TopicId.of("topic-" + i);
      programme.addTopics(Topic.builder().id(topic).name(BilingualName.of("Topic " + i))
          .addThemes(themes.get(i % themes.size())).build());
      topics.add(topic);
    }

    PlaceId china = PlaceId.of("china");
    programme.addPlaces(Place.builder().id(china).level(PlaceLevel.COUNTRY).name(BilingualName.of("China")).build());
    PlaceId spain = PlaceId.of("spain");
    programme.addPlaces(Place.builder().id(spain).level(PlaceLevel.COUNTRY).name(BilingualName.of("Spain")).build());
    List<List<PlaceId>> prefectures = new ArrayList<>();
    for (int p = 0; p < 31; p++) {
      int code = 11 + p;
      PlaceId province = PlaceId.of("province-" + code);
      programme.addPlaces(Place.builder().id(province).level(PlaceLevel.PROVINCE)
          .name(BilingualName.of("Province " + code)).parent(china).divisionCode(code + "0000").build());
      List<PlaceId> cities = new ArrayList<>();
      for (int c = 1; c <= 10; c++) {
        PlaceId city = PlaceId.of("city-" + code + "-" + c);
        programme.addPlaces(Place.builder().id(city).level(PlaceLevel.PREFECTURE)
            .name(BilingualName.of("City " + code + "-" + c)).parent(province)
            .divisionCode(String.format(Locale.ROOT, "%d%02d00", code, c)).build());
        cities.add(city);
      }
      prefectures.add(cities);
    }

    List<OrganisationId> organisations = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      OrganisationId organisation = OrganisationId.of("organisation-" + i);
      programme.addOrganisations(Organisation.builder().id(organisation).name(BilingualName.of("Organisation " + i))
          .kind(OrganisationKind.MINISTRY).build());
      organisations.add(organisation);
    }

    int siteCount = Math.max(1, n / 100);
    List<SiteId> sites = new ArrayList<>();
    List<Integer> siteProvince = new ArrayList<>();
    List<ThemeId> siteTheme = new ArrayList<>();
    for (int i = 0; i < siteCount; i++) {
      SiteId site = SiteId.of("site-" + i);
      int province = random.nextInt(31);
      ThemeId theme = pick(themes);
      programme.addSites(PilotSite.builder().id(site).place(pick(prefectures.get(province))).component(c1)
          .addThemes(theme).build());
      sites.add(site);
      siteProvince.add(province);
      siteTheme.add(theme);
    }

    List<MissionId> missions = new ArrayList<>();
    for (int i = 0; i < n / 10; i++) {
      MissionId mission = MissionId.of("mission-" + i);
      int site = random.nextInt(siteCount);
      Mission.Builder builder = Mission.builder().id(mission).title("Mission " + i).initiator(pick(organisations))
          .addSites(sites.get(site)).addThemes(siteTheme.get(site)).status(pick(Status.values()));
      int stops = 1 + random.nextInt(3);
      for (int s = 0; s < stops; s++) {
        // One stop in twenty is in another province, for the consistency check to find.
        int province = random.nextInt(20) == 0 ? random.nextInt(31) : siteProvince.get(site);
        builder.addStops(MissionStop.of(pick(prefectures.get(province))));
      }
      timing().ifPresent(builder::timing);
      programme.addMissions(builder.build());
      missions.add(mission);
    }

    List<RequestId> requests = new ArrayList<>();
    for (int i = 0; i < n / 50; i++) {
      RequestId request = RequestId.of("request-" + i);
      KnowledgeRequest.Builder builder = KnowledgeRequest.builder().id(request).addRequestedBy(pick(organisations))
          .addFollowUpOf(pick(missions)).channel(RequestChannel.DOCUMENT).addSites(pick(sites))
          .addModalities(pick(Modality.values()));
      int count = 2 + random.nextInt(3);
      for (int t = 0; t < count; t++) {
        builder.addTopics(pick(topics));
      }
      timing().ifPresent(builder::timing);
      programme.addRequests(builder.build());
      requests.add(request);
    }

    for (int i = 0; i < n; i++) {
      int site = random.nextInt(siteCount);
      KnowledgeActivity.Builder builder = KnowledgeActivity.builder().id(ActivityId.of("activity-" + i))
          .kind(pick(ActivityKind.values())).title("Activity " + i).modality(pick(Modality.values()))
          .addSites(sites.get(site)).addOrganisers(pick(organisations)).status(pick(Status.values()))
          // Nine in ten share their site's theme; the rest may not, for the consistency check to find.
          .addThemes(random.nextInt(10) == 0 ? pick(themes) : siteTheme.get(site));
      if (random.nextBoolean()) {
        builder.addSites(pick(sites));
      }
      int count = random.nextInt(3);
      for (int t = 0; t < count; t++) {
        builder.addTopics(pick(topics));
      }
      if (random.nextInt(3) > 0) {
        builder.addAnswers(pick(requests));
      }
      timing().ifPresent(builder::timing);
      programme.addActivities(builder.build());
    }
    return programme.build();
  }

  private java.util.Optional<Timing> timing() {
    if (random.nextInt(20) == 0) {
      return java.util.Optional.empty();
    }
    int year = 2015 + random.nextInt(6);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    if (random.nextInt(10) == 0) {
      return java.util.Optional.of(Timing.parse(String.format(Locale.ROOT, "%d-%02d/%d-%02d", year, month, year + 1, month)));
    }
    String form = FORMS[random.nextInt(FORMS.length)];
    String text = form.startsWith("%d-%02d-%02d") ? String.format(Locale.ROOT, form, year, month, day)
        : form.equals("%d") ? String.format(Locale.ROOT, form, year) : String.format(Locale.ROOT, form, year, month);
    return java.util.Optional.of(Timing.parse(text));
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}

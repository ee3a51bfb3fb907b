package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
import org.sprp.core.activity.ModalityChoice;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.RequestChannel;
import org.sprp.core.actor.Organisation;
import org.sprp.core.actor.OrganisationKind;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;
import org.sprp.core.time.Timing;

/**
 * Generates small valid programmes at random, for properties of the plan's answers: ids of
 * three styles (short; all sharing a 34-character start; a start of any length), no missions or
 * no activities, activities without topics, sites or themes or answering several requests, missions
 * without sites or stopping in countries, requests after several missions, timings open at either
 * end, far apart, uncertain or missing, themes and places in any order. The same seed gives the
 * same programmes.
 */
final class RandomPlanProgrammes {

  private static final String ALPHABET = "-0123456789abcdefghijklmnopqrstuvwxyz";

  private final SplittableRandom random;

  RandomPlanProgrammes(long seed) {
    this.random = new SplittableRandom(seed);
  }

  private String id(Set<String> used, String mode) {
    while (true) {
      String prefix;
      switch (mode) {
        case "long": prefix = "panel-discussion-of-the-provinces-"; break;
        case "mixed": prefix = random.nextInt(3) == 0 ? "" : "panel-discussion-of-the-provinces-2016-".substring(0, random.nextInt(40)); break;
        default: prefix = "";
      }
      StringBuilder s = new StringBuilder(prefix);
      int len = random.nextInt(4) == 0 ? random.nextInt(25) : random.nextInt(4);
      if (s.length() == 0) {
        s.append(ALPHABET.charAt(1 + random.nextInt(ALPHABET.length() - 1)));
      }
      for (int i = 0; i < len; i++) {
        s.append(ALPHABET.charAt(random.nextInt(random.nextInt(3) == 0 ? 4 : ALPHABET.length())));
      }
      if (used.add(s.toString())) {
        return s.toString();
      }
    }
  }

  private Optional<Timing> timing() {
    int y = 2014 + random.nextInt(5);
    int m = 1 + random.nextInt(12);
    int d = 1 + random.nextInt(28);
    String t;
    switch (random.nextInt(11)) {
      case 0: return Optional.empty();
      case 1: t = y + ""; break;
      case 2: t = String.format(Locale.ROOT, "%d-%02d", y, m); break;
      case 3: t = String.format(Locale.ROOT, "%d-%02d-%02d", y, m, d); break;
      case 4: t = String.format(Locale.ROOT, "%d-%02d?", y, m); break;
      case 5: t = String.format(Locale.ROOT, "../%d-%02d", y, m); break;
      case 6: t = String.format(Locale.ROOT, "%d-%02d/..", y, m); break;
      case 7: t = String.format(Locale.ROOT, "%d/%d", y, y + 1); break;
      case 8: t = "1000/9999"; break;
      case 9: t = random.nextBoolean() ? "1000" : "9999-12-31"; break;
      default: t = random.nextBoolean() ? "201X" : "2016";
    }
    return Optional.of(Timing.parse(t));
  }

  private <T> List<T> some(List<T> from, int max) {
    List<T> out = new ArrayList<>();
    if (from.isEmpty()) {
      return out;
    }
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.add(from.get(random.nextInt(from.size())));
    }
    return out;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Returns the next programme. */
  Programme next() {
    String mode = pick(new String[] {"short", "long", "mixed"});
    Programme.Builder p = Programme.builder().id(ProgrammeId.of("fuzz")).name(BilingualName.of("Fuzz"));
    ComponentId c1 = ComponentId.of("c1");
    p.addComponents(Component.builder().id(c1).name(BilingualName.of("C1")).build());
    List<ThemeId> themes = new ArrayList<>();
    List<Theme> themeList = new ArrayList<>(Theme.wellKnown());
    Set<String> used = new HashSet<>();
    for (int i = 0; i < 4; i++) {
      themeList.add(Theme.of(ThemeId.of(id(used, "short")), BilingualName.of("T")));
    }
    Collections.shuffle(themeList, new java.util.Random(random.nextLong()));
    for (Theme t : themeList) {
      p.addThemes(t);
      themes.add(t.id());
    }
    used.clear();
    List<TopicId> topics = new ArrayList<>();
    int topicCount = 1 + random.nextInt(8);
    for (int i = 0; i < topicCount; i++) {
      TopicId t = TopicId.of(id(used, "short"));
      p.addTopics(Topic.builder().id(t).name(BilingualName.of("T")).build());
      topics.add(t);
    }
    PlaceId china = PlaceId.of("china");
    PlaceId spain = PlaceId.of("spain");
    List<PlaceId> places = new ArrayList<>(List.of(china, spain));
    List<PlaceId> sitePlaces = new ArrayList<>();
    // The places in any order: a province may come first, before its country.
    List<Place> placeList = new ArrayList<>();
    placeList.add(Place.builder().id(spain).level(PlaceLevel.COUNTRY).name(BilingualName.of("S")).build());
    placeList.add(Place.builder().id(china).level(PlaceLevel.COUNTRY).name(BilingualName.of("C")).build());
    for (int pr = 0; pr < 3; pr++) {
      int code = 11 + pr;
      PlaceId province = PlaceId.of("province-" + code);
      placeList.add(Place.builder().id(province).level(PlaceLevel.PROVINCE).name(BilingualName.of("P"))
          .parent(china).divisionCode(code + "0000").build());
      places.add(province);
      sitePlaces.add(province);
      for (int c = 1; c <= 3; c++) {
        PlaceId city = PlaceId.of("city-" + code + "-" + c);
        placeList.add(Place.builder().id(city).level(PlaceLevel.PREFECTURE).name(BilingualName.of("C"))
            .parent(province).divisionCode(String.format(Locale.ROOT, "%d%02d00", code, c)).build());
        places.add(city);
        sitePlaces.add(city);
      }
    }
    Collections.shuffle(placeList, new java.util.Random(random.nextLong()));
    p.addAllPlaces(placeList);
    OrganisationId org = OrganisationId.of("org");
    p.addOrganisations(Organisation.builder().id(org).name(BilingualName.of("O")).kind(OrganisationKind.MINISTRY).build());
    used.clear();
    List<SiteId> sites = new ArrayList<>();
    int siteCount = random.nextInt(6);
    for (int i = 0; i < siteCount; i++) {
      SiteId s = SiteId.of(id(used, "short"));
      p.addSites(PilotSite.builder().id(s).place(sitePlaces.get(random.nextInt(sitePlaces.size()))).component(c1)
          .addThemes(themes.get(random.nextInt(themes.size()))).addAllThemes(some(themes, 2)).build());
      sites.add(s);
    }
    used.clear();
    List<MissionId> missions = new ArrayList<>();
    int missionCount = random.nextInt(4) == 0 ? 0 : random.nextInt(15);
    for (int i = 0; i < missionCount; i++) {
      MissionId m = MissionId.of(id(used, mode));
      Mission.Builder b = Mission.builder().id(m).title("M").initiator(org).status(pick(Status.values()))
          .addAllSites(some(sites, 2)).addAllThemes(some(themes, 2));
      int stops = 1 + random.nextInt(3);
      for (int s = 0; s < stops; s++) {
        b.addStops(MissionStop.of(places.get(random.nextInt(places.size()))));
      }
      timing().ifPresent(b::timing);
      p.addMissions(b.build());
      missions.add(m);
    }
    used.clear();
    List<RequestId> requests = new ArrayList<>();
    int requestCount = random.nextInt(5);
    for (int i = 0; i < requestCount; i++) {
      RequestId r = RequestId.of(id(used, "short"));
      KnowledgeRequest.Builder b = KnowledgeRequest.builder().id(r).addRequestedBy(org).channel(RequestChannel.DOCUMENT)
          .addAllFollowUpOf(some(missions, 3)).addAllSites(some(sites, 1));
      b.addTopics(topics.get(random.nextInt(topics.size())));
      b.addAllTopics(some(topics, 3));
      int mods = random.nextInt(3);
      if (mods >= 1) {
        b.addModalities(Modality.IN_COUNTRY);
      }
      if (mods >= 2) {
        b.addModalities(Modality.ABROAD);
        if (random.nextBoolean()) {
          b.modalityChoice(ModalityChoice.ANY);
        }
      }
      timing().ifPresent(b::timing);
      p.addRequests(b.build());
      requests.add(r);
    }
    used.clear();
    int activityCount = random.nextInt(4) == 0 ? random.nextInt(2) : random.nextInt(40);
    for (int i = 0; i < activityCount; i++) {
      KnowledgeActivity.Builder b = KnowledgeActivity.builder().id(ActivityId.of(id(used, mode)))
          .kind(pick(ActivityKind.values())).title("A").status(pick(Status.values()))
          .addAllThemes(some(themes, 2)).addAllTopics(some(topics, 3)).addAllSites(some(sites, 2))
          .addAllAnswers(some(requests, 3));
      if (random.nextBoolean()) {
        b.modality(pick(Modality.values()));
      }
      timing().ifPresent(b::timing);
      p.addActivities(b.build());
    }
    return p.build();
  }
}

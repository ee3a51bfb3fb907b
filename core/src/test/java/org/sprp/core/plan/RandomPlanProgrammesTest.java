package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sprp.core.ActivityId;
import org.sprp.core.Programme;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.ModalityChoice;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.time.Timing;

/**
 * The plan's answers on small random programmes ({@link RandomPlanProgrammes}) agree with their
 * definitions, worked out here the plain way, from the entities: the order of the timeline, the
 * coverage's lists and gaps, and every code of finding but those of activities before a request
 * or a mission (which the hand-made programmes of {@link ConsistencyTest} check, boundaries
 * included).
 */
class RandomPlanProgrammesTest {

  private static final int ROUNDS = 1_500;

  @Test
  void theTimelineFollowsTheRule() {
    RandomPlanProgrammes programmes = new RandomPlanProgrammes(1);
    for (int round = 0; round < ROUNDS; round++) {
      Programme programme = programmes.next();
      assertThat(Plan.of(programme).timeline()).as("round %d", round)
          .containsExactlyElementsOf(TimelineOrderTest.byRule(programme));
    }
  }

  @Test
  void theCoverageIsWhatItsDefinitionSays() {
    RandomPlanProgrammes programmes = new RandomPlanProgrammes(2);
    for (int round = 0; round < ROUNDS; round++) {
      Programme programme = programmes.next();
      Plan plan = Plan.of(programme);
      Coverage coverage = plan.coverage();
      List<KnowledgeActivity> live = new ArrayList<>();
      for (KnowledgeActivity activity : programme.activities()) {
        if (activity.status() != Status.CANCELLED) {
          live.add(activity);
        }
      }
      assertThat(coverage.requests()).hasSameSizeAs(programme.requests());
      for (KnowledgeRequest request : programme.requests()) {
        RequestCoverage covered = coverage.request(request.id());
        assertThat(covered.topics()).extracting(TopicCoverage::topic)
            .containsExactlyElementsOf(plan.inCatalogueOrder(request.topics()));
        Set<Modality> offered = EnumSet.noneOf(Modality.class);
        for (TopicCoverage topic : covered.topics()) {
          List<ActivityId> byReference = new ArrayList<>();
          List<ActivityId> byTopic = new ArrayList<>();
          for (KnowledgeActivity activity : live) {
            if (activity.answers().contains(request.id())
                && (activity.topics().isEmpty() || activity.topics().contains(topic.topic()))) {
              byReference.add(activity.id());
              activity.modality().ifPresent(offered::add);
            }
            if (activity.topics().contains(topic.topic())) {
              byTopic.add(activity.id());
              activity.modality().ifPresent(offered::add);
            }
          }
          assertThat(topic.byReference()).as("round %d, %s", round, topic).containsExactlyElementsOf(byReference);
          assertThat(topic.byTopic()).as("round %d, %s", round, topic).containsExactlyElementsOf(byTopic);
        }
        Set<Modality> unoffered = EnumSet.noneOf(Modality.class);
        unoffered.addAll(request.modalities());
        unoffered.removeAll(offered);
        if (request.modalityChoice() == ModalityChoice.ANY && unoffered.size() < request.modalities().size()) {
          unoffered.clear();
        }
        assertThat(covered.unofferedModalities()).as("round %d, %s", round, request.id())
            .containsExactlyInAnyOrderElementsOf(unoffered);
      }
      Set<SiteId> reached = new HashSet<>();
      live.forEach(activity -> reached.addAll(activity.sites()));
      List<SiteId> unreached = new ArrayList<>();
      for (PilotSite site : programme.sites()) {
        if (!reached.contains(site.id())) {
          unreached.add(site.id());
        }
      }
      assertThat(coverage.unreachedSites()).as("round %d", round).containsExactlyElementsOf(unreached);
    }
  }

  @Test
  void theFindingsAreWhatTheirDefinitionsSay() {
    RandomPlanProgrammes programmes = new RandomPlanProgrammes(3);
    LocalDate today = LocalDate.of(2016, 6, 30);
    for (int round = 0; round < ROUNDS; round++) {
      Programme programme = programmes.next();
      Plan plan = Plan.of(programme);
      List<Finding> findings = plan.findings(today);
      List<String> missing = new ArrayList<>();
      List<String> future = new ArrayList<>();
      Set<SiteId> concerned = new HashSet<>();
      for (TimelineEvent event : programme.events()) {
        String path = (event instanceof Mission ? "missions[" : "activities[") + event.id() + "]";
        if ((event.status() == Status.PLANNED || event.status() == Status.SCHEDULED) && event.timing().isEmpty()) {
          missing.add(path);
        }
        if (event.status() == Status.COMPLETED
            && event.timing().flatMap(Timing::earliest).map(day -> day.isAfter(today)).orElse(false)) {
          future.add(path);
        }
        concerned.addAll(event.sites());
      }
      List<String> without = new ArrayList<>();
      for (PilotSite site : programme.sites()) {
        if (!concerned.contains(site.id())) {
          without.add("sites[" + site.id() + "]");
        }
      }
      assertThat(paths(findings, FindingCode.MISSING_TIMING)).as("round %d", round).containsExactlyElementsOf(missing);
      assertThat(paths(findings, FindingCode.COMPLETED_IN_FUTURE)).as("round %d", round)
          .containsExactlyElementsOf(future);
      assertThat(paths(findings, FindingCode.SITE_WITHOUT_EVENTS)).as("round %d", round)
          .containsExactlyElementsOf(without);
      assertThat(paths(findings, FindingCode.THEME_MISMATCH)).as("round %d", round)
          .containsExactlyElementsOf(themeMismatches(programme));
      assertThat(paths(findings, FindingCode.STOP_OUTSIDE_SITE_PROVINCES)).as("round %d", round)
          .containsExactlyElementsOf(stopsOutside(programme));
      assertThat(paths(findings, FindingCode.UNANSWERED_TOPIC)).as("round %d", round)
          .containsExactlyElementsOf(unansweredTopics(programme));
    }
  }

  /** Activities with themes and sites, none of whose themes is a theme of one of their sites. */
  private static List<String> themeMismatches(Programme programme) {
    List<String> paths = new ArrayList<>();
    for (KnowledgeActivity activity : programme.activities()) {
      boolean shares = false;
      for (SiteId site : activity.sites()) {
        for (org.sprp.core.ThemeId theme : programme.site(site).orElseThrow().themes()) {
          shares |= activity.themes().contains(theme);
        }
      }
      if (!activity.themes().isEmpty() && !activity.sites().isEmpty() && !shares) {
        paths.add("activities[" + activity.id() + "]");
      }
    }
    return paths;
  }

  /** Stops of missions with sites, in a place outside the province-level divisions of the sites. */
  private static List<String> stopsOutside(Programme programme) {
    List<String> paths = new ArrayList<>();
    for (Mission mission : programme.missions()) {
      Set<org.sprp.core.PlaceId> provinces = new HashSet<>();
      for (SiteId site : mission.sites()) {
        province(programme, programme.site(site).orElseThrow().place()).ifPresent(provinces::add);
      }
      for (int i = 0; i < mission.stops().size(); i++) {
        java.util.Optional<org.sprp.core.PlaceId> province = province(programme, mission.stops().get(i).place());
        if (!mission.sites().isEmpty() && !(province.isPresent() && provinces.contains(province.get()))) {
          paths.add("missions[" + mission.id() + "].stops[" + i + "]");
        }
      }
    }
    return paths;
  }

  private static java.util.Optional<org.sprp.core.PlaceId> province(Programme programme, org.sprp.core.PlaceId id) {
    org.sprp.core.place.Place place = programme.place(id).orElseThrow();
    switch (place.level()) {
      case PROVINCE:
        return java.util.Optional.of(place.id());
      case PREFECTURE:
        return place.parent();
      default:
        return java.util.Optional.empty();
    }
  }

  /**
   * Topics of requests that no activity other than a cancelled one covers, nor answers by naming
   * the request without topics; by request, then in the order of the programme's topics.
   */
  private static List<String> unansweredTopics(Programme programme) {
    List<String> paths = new ArrayList<>();
    for (KnowledgeRequest request : programme.requests()) {
      for (org.sprp.core.Topic topic : programme.topics()) {
        if (!request.topics().contains(topic.id())) {
          continue;
        }
        boolean answered = false;
        for (KnowledgeActivity activity : programme.activities()) {
          answered |= activity.status() != Status.CANCELLED && (activity.topics().contains(topic.id())
              || activity.topics().isEmpty() && activity.answers().contains(request.id()));
        }
        if (!answered) {
          paths.add("requests[" + request.id() + "].topics[" + request.topics().asList().indexOf(topic.id()) + "]");
        }
      }
    }
    return paths;
  }

  private static List<String> paths(List<Finding> findings, FindingCode code) {
    List<String> paths = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.code() == code) {
        paths.add(finding.path());
      }
    }
    return paths;
  }
}

package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sprp.core.ActivityId;
import org.sprp.core.Programme;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.TopicId;
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
 * coverage's lists and gaps, and the findings that a single entity decides.
 */
class RandomPlanProgrammesTest {

  private static final int ROUNDS = 1_500;

  /** The rule of {@link Plan}'s class comment, on the events themselves. */
  private static final Comparator<TimelineEvent> RULE = Comparator
      .comparing((TimelineEvent e) -> e.timing().isEmpty())
      .thenComparing(e -> e.timing().flatMap(Timing::earliest).orElse(LocalDate.MIN))
      .thenComparing(e -> e.timing().flatMap(Timing::latest).orElse(LocalDate.MAX))
      .thenComparing(e -> e instanceof Mission)
      .thenComparing(e -> e.id().value());

  @Test
  void theTimelineFollowsTheRule() {
    RandomPlanProgrammes programmes = new RandomPlanProgrammes(1);
    for (int round = 0; round < ROUNDS; round++) {
      Programme programme = programmes.next();
      List<TimelineEvent> expected = new ArrayList<>(programme.events());
      expected.sort(RULE);
      assertThat(Plan.of(programme).timeline()).as("round %d", round).containsExactlyElementsOf(expected);
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
  void theFindingsOfOneEntityAreWhatTheirDefinitionsSay() {
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
      List<String> unanswered = new ArrayList<>();
      for (TopicCoverage topic : plan.coverage().unansweredTopics()) {
        unanswered.add(topic.request() + "/" + topic.topic());
      }
      List<String> unansweredFindings = new ArrayList<>();
      for (Finding finding : findings) {
        if (finding.code() == FindingCode.UNANSWERED_TOPIC) {
          String request = finding.path().substring("requests[".length(), finding.path().indexOf(']'));
          String topic = finding.message().substring(finding.message().indexOf('\'') + 1,
              finding.message().lastIndexOf('\''));
          assertThat(programme.request(org.sprp.core.RequestId.of(request)).orElseThrow().topics())
              .contains(TopicId.of(topic));
          unansweredFindings.add(request + "/" + topic);
        }
      }
      assertThat(unansweredFindings).as("round %d", round).containsExactlyElementsOf(unanswered);
    }
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

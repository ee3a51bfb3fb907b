package org.sprp.core.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sprp.core.MissionId;
import org.sprp.core.PlaceId;
import org.sprp.core.Programme;
import org.sprp.core.RequestId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.ThemeId;
import org.sprp.core.TopicId;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.place.Place;
import org.sprp.core.time.Timing;

/**
 * The consistency checks of a programme: what is allowed, since the programme was built, but
 * probably not meant. Unlike the invariants checked when a programme is built, they never stop
 * anything; they return {@link Finding}s, one for each code of {@link FindingCode}:
 *
 * <ul>
 *   <li>{@code THEME_MISMATCH}: an activity with themes and sites, none of its themes being a theme
 *       of one of its sites;
 *   <li>{@code MISSING_TIMING}: a planned or scheduled mission or activity without timing;
 *   <li>{@code UNANSWERED_TOPIC}: a request topic no activity answers (see {@link TopicCoverage});
 *   <li>{@code ACTIVITY_BEFORE_REQUEST}, {@code ACTIVITY_BEFORE_MISSION}: an activity whose latest
 *       day is before the earliest day of a request it answers, or of a mission that prompted that
 *       request (the request follows it up); timings only possibly before are not findings;
 *   <li>{@code STOP_OUTSIDE_SITE_PROVINCES}: a stop of a mission with sites, in a place that is not
 *       in the province-level division of one of them (a stop in a country always is outside);
 *   <li>{@code COMPLETED_IN_FUTURE}: a completed mission or activity whose earliest day is after
 *       the {@code today} passed in; the clock is never read;
 *   <li>{@code SITE_WITHOUT_EVENTS}: a site no mission or activity concerns.
 * </ul>
 *
 * <p>Findings come in the order of the codes above, then of the programme's lists (an activity's
 * requests and a request's missions too), so equal programmes give them in the same order. A
 * path's index into a set is the element's position in the set, whose ids are in id order, as in
 * the programme's problems: equal programmes give equal paths. The checks cost
 * O(n) for a programme of n entities and references, on the indexes of a {@link Plan}.
 */
public final class Consistency {

  private final Plan plan;
  private final Programme programme;
  private final LocalDate today;
  /** The findings by code, in the order of the codes. */
  private final ImmutableList.Builder<Finding>[] findings;
  /** The sites some mission or activity concerns. */
  private final Set<SiteId> concerned = new HashSet<>();
  /** The topics some activity, other than a cancelled one, covers. */
  private final Set<TopicId> coveredTopics = new HashSet<>();
  // Lookups by kind, far smaller than the programme's index of every entity, so that they stay in cache.
  private final Map<SiteId, PilotSite> sites;
  private final Map<MissionId, Mission> missions;
  /** What the checks need of each request, filled in by the pass over the activities. */
  private final Map<RequestId, RequestFacts> requests;

  private Consistency(Plan plan, LocalDate today) {
    this.plan = plan;
    this.programme = plan.programme();
    this.today = today;
    this.sites = byId(programme.sites(), PilotSite::id);
    this.missions = byId(programme.missions(), Mission::id);
    this.requests = requestFacts();
    @SuppressWarnings({"unchecked", "rawtypes"})
    ImmutableList.Builder<Finding>[] byCode = new ImmutableList.Builder[FindingCode.values().length];
    for (int i = 0; i < byCode.length; i++) {
      byCode[i] = ImmutableList.builder();
    }
    this.findings = byCode;
  }

  private static <K, V> Map<K, V> byId(List<V> entities, Function<V, K> id) {
    Map<K, V> byId = new HashMap<>(entities.size() * 2);
    for (V entity : entities) {
      byId.putIfAbsent(id.apply(entity), entity);
    }
    return byId;
  }

  /**
   * Checks a programme.
   *
   * @param programme the programme, not null
   * @param today the date taken as today, not null
   * @return the findings, in the order of the codes then of the programme's lists; empty if none
   */
  public static ImmutableList<Finding> check(Programme programme, LocalDate today) {
    return check(Plan.of(programme), today);
  }

  /**
   * Checks the programme of a plan, using its indexes.
   *
   * @param plan the plan, not null
   * @param today the date taken as today, not null
   * @return the findings, in the order of the codes then of the programme's lists; empty if none
   */
  public static ImmutableList<Finding> check(Plan plan, LocalDate today) {
    Consistency consistency = new Consistency(requireNonNull(plan, "plan"), requireNonNull(today, "today"));
    // One pass over the missions, then one over the activities, each running every check that
    // concerns it: on a large programme, each pass over the events costs a cache miss an event.
    // Missions come first, as in Programme.events(), so each code's findings are in list order.
    for (Mission mission : consistency.programme.missions()) {
      consistency.missingTiming(mission);
      consistency.stopsOutsideSiteProvinces(mission);
      consistency.completedInFuture(mission);
      consistency.concerned.addAll(mission.sites());
    }
    for (KnowledgeActivity activity : consistency.programme.activities()) {
      consistency.themeMismatch(activity);
      consistency.missingTiming(activity);
      consistency.beforeRequestsAndMissions(activity);
      consistency.completedInFuture(activity);
      consistency.answeredTopics(activity);
      consistency.concerned.addAll(activity.sites());
    }
    consistency.unansweredTopics();
    consistency.sitesWithoutEvents();
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (ImmutableList.Builder<Finding> ofCode : consistency.findings) {
      findings.addAll(ofCode.build());
    }
    return findings.build();
  }

  private void add(FindingCode code, String path, String message) {
    findings[code.ordinal()].add(Finding.of(code, path, message));
  }

  private static String path(TimelineEvent event) {
    return (event instanceof Mission ? "missions[" : "activities[") + event.id() + "]";
  }

  private void themeMismatch(KnowledgeActivity activity) {
    if (!activity.themes().isEmpty() && !activity.sites().isEmpty() && !sharesATheme(activity)) {
      // Sets in catalogue order, so that equal programmes give equal messages.
      List<SiteId> itsSites = plan.inCatalogueOrder(activity.sites());
      add(FindingCode.THEME_MISMATCH, path(activity), "themes " + plan.inCatalogueOrder(activity.themes())
          + " share nothing with the themes of its sites " + itsSites + ": "
          + itsSites.stream().map(s -> s + " " + plan.inCatalogueOrder(sites.get(s).themes()))
              .collect(Collectors.joining(", ")));
    }
  }

  private boolean sharesATheme(KnowledgeActivity activity) {
    for (SiteId site : activity.sites()) {
      Set<ThemeId> siteThemes = sites.get(site).themes();
      for (ThemeId theme : activity.themes()) {
        if (siteThemes.contains(theme)) {
          return true;
        }
      }
    }
    return false;
  }

  private void missingTiming(TimelineEvent event) {
    if ((event.status() == Status.PLANNED || event.status() == Status.SCHEDULED) && event.timing().isEmpty()) {
      add(FindingCode.MISSING_TIMING, path(event), EntityFields.text(event.status()) + ", but has no timing");
    }
  }

  /**
   * Marks the topics an activity answers, by the rule of {@link TopicCoverage}: every topic it
   * covers, and of each request it names, the topics it covers or all when it covers none. A
   * cancelled activity answers nothing. This is what {@link Plan#coverage()} works out, without
   * building its lists of activities, which the check does not need.
   */
  private void answeredTopics(KnowledgeActivity activity) {
    if (activity.status() == Status.CANCELLED) {
      return;
    }
    // A topic the activity covers is answered for every request, so only an activity without
    // topics, which answers all of each request it names, marks topics of its own.
    coveredTopics.addAll(activity.topics());
    if (activity.topics().isEmpty()) {
      for (RequestId id : activity.answers()) {
        Arrays.fill(requests.get(id).answered, true);
      }
    }
  }

  /**
   * Adds a finding for each topic of a request that nothing answers, in catalogue order (as the
   * coverage lists them, the same for equal programmes); its path gives the topic's position in
   * the request's set, as the paths of {@link Referrers} and of the programme's problems do.
   */
  private void unansweredTopics() {
    for (KnowledgeRequest request : programme.requests()) {
      RequestFacts facts = requests.get(request.id());
      for (int i = 0; i < facts.topics.size(); i++) {
        TopicId topic = facts.topics.get(i);
        if (!facts.answered[i] && !coveredTopics.contains(topic)) {
          add(FindingCode.UNANSWERED_TOPIC, "requests[" + request.id() + "].topics["
              + request.topics().asList().indexOf(topic) + "]", "no activity answers topic '" + topic + "'");
        }
      }
    }
  }

  /** Works out once a request, not once an activity, what is compared of it and its missions. */
  private Map<RequestId, RequestFacts> requestFacts() {
    Map<RequestId, RequestFacts> facts = new HashMap<>(programme.requests().size() * 2);
    for (KnowledgeRequest request : programme.requests()) {
      facts.putIfAbsent(request.id(), new RequestFacts(request));
    }
    return facts;
  }

  /** Finds whether an activity is dated before a request it answers, or a mission that prompted one. */
  private void beforeRequestsAndMissions(KnowledgeActivity activity) {
    Optional<LocalDate> ends = activity.timing().flatMap(Timing::latest);
    if (ends.isEmpty() || activity.answers().isEmpty()) {
      return;
    }
    // In catalogue order, so that equal programmes give their findings in the same order; the path
    // gives the request's position in the activity's own set, as every path does.
    List<RequestId> answers = activity.answers().asList();
    for (RequestId id : plan.inCatalogueOrder(answers)) {
      RequestFacts request = requests.get(id);
      String at = path(activity) + ".answers[" + answers.indexOf(id) + "]";
      if (request.made != null && ends.get().isBefore(request.made)) {
        add(FindingCode.ACTIVITY_BEFORE_REQUEST, at, "timing " + activity.timing().get() + " ends by " + ends.get()
            + ", before request '" + id + "' (" + request.timing + ") can have been made, not before "
            + request.made);
      }
      // An activity ending before the last mission to start ends before at least that one.
      if (request.lastMissionStarts != null && ends.get().isBefore(request.lastMissionStarts)) {
        for (Mission mission : request.prompting) {
          LocalDate starts = mission.timing().get().earliest().get();
          if (ends.get().isBefore(starts)) {
            add(FindingCode.ACTIVITY_BEFORE_MISSION, at, "timing " + activity.timing().get()
                + " ends by " + ends.get() + ", before mission '" + mission.id() + "' (" + mission.timing().get()
                + "), which prompted request '" + id + "', can have started, not before " + starts);
          }
        }
      }
    }
  }

  /**
   * What the checks need of a request: when it was made, its missions with a known start, and its
   * topics in catalogue order (as {@link Plan#coverage()} lists them) with which of them an
   * activity answers, as the pass over the activities finds them.
   */
  private final class RequestFacts {
    final Timing timing;
    final LocalDate made;
    final List<Mission> prompting = new ArrayList<>();
    LocalDate lastMissionStarts;
    final ImmutableList<TopicId> topics;
    final boolean[] answered;

    RequestFacts(KnowledgeRequest request) {
      topics = plan.inCatalogueOrder(request.topics());
      answered = new boolean[topics.size()];
      timing = request.timing().orElse(null);
      made = request.timing().flatMap(Timing::earliest).orElse(null);
      // In catalogue order, so that equal programmes give their findings in the same order.
      for (MissionId id : plan.inCatalogueOrder(request.followUpOf())) {
        Mission mission = missions.get(id);
        Optional<LocalDate> starts = mission.timing().flatMap(Timing::earliest);
        if (starts.isPresent()) {
          prompting.add(mission);
          if (lastMissionStarts == null || starts.get().isAfter(lastMissionStarts)) {
            lastMissionStarts = starts.get();
          }
        }
      }
    }
  }

  private void stopsOutsideSiteProvinces(Mission mission) {
    if (mission.sites().isEmpty()) {
      return;
    }
    Set<PlaceId> provinces = new HashSet<>();
    for (SiteId site : mission.sites()) {
      plan.provinceOfKnown(sites.get(site).place()).ifPresent(p -> provinces.add(p.id()));
    }
    for (int i = 0; i < mission.stops().size(); i++) {
      PlaceId place = mission.stops().get(i).place();
      Optional<Place> province = plan.provinceOfKnown(place);
      if (province.isEmpty() || !provinces.contains(province.get().id())) {
        add(FindingCode.STOP_OUTSIDE_SITE_PROVINCES, path(mission) + ".stops[" + i + "]",
            "stops in '" + place + "'" + province.map(p -> " (" + p.id() + ")").orElse(" (not in a province)")
                + ", outside the provinces of its sites " + plan.inCatalogueOrder(provinces));
      }
    }
  }

  private void completedInFuture(TimelineEvent event) {
    if (event.status() != Status.COMPLETED) {
      return;
    }
    Optional<LocalDate> starts = event.timing().flatMap(Timing::earliest);
    if (starts.isPresent() && starts.get().isAfter(today)) {
      add(FindingCode.COMPLETED_IN_FUTURE, path(event), "completed, but its timing " + event.timing().get()
          + " starts on " + starts.get() + ", after today " + today);
    }
  }

  private void sitesWithoutEvents() {
    for (PilotSite site : programme.sites()) {
      if (!concerned.contains(site.id())) {
        add(FindingCode.SITE_WITHOUT_EVENTS, "sites[" + site.id() + "]", "no mission or activity concerns the site");
      }
    }
  }
}

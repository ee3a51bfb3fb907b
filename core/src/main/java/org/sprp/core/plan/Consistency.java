package org.sprp.core.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.sprp.core.Entity;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.Theme;
import org.sprp.core.Topic;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.internal.ProgrammeColumns;
import org.sprp.core.internal.ProgrammeColumns.References;
import org.sprp.core.place.Place;

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
 * O(n) for a programme of n entities and references: they read the columns the programme
 * recorded of its missions, requests and activities when it was built. A finding's path and
 * message, written when first asked for, read the texts of ids and timings the columns also
 * recorded, and the programme's catalogues (themes, sites, places, topics), never an event or a
 * request itself.
 */
public final class Consistency {

  private final Programme programme;
  private final ProgrammeColumns columns;
  private final LocalDate today;
  /** Today as a packed day; see {@link ProgrammeColumns#packDay}. */
  private final long todayDay;
  /** The findings by code, in the order of the codes. */
  private final ImmutableList.Builder<Finding>[] findings;
  /** The sites some mission or activity concerns, by position. */
  private final boolean[] concerned;
  /** The topics some activity, other than a cancelled one, covers, by position. */
  private final boolean[] coveredTopics;
  /** The themes of each site, as positions in the programme's themes, in their order. */
  private final int[][] siteThemes;
  /** The province-level division of each place, as a position in the places; -1 for a country. */
  private final int[] provinceOfPlace;
  /** The province-level division of each site's place, as a position in the places. */
  private final int[] provinceOfSite;
  /**
   * The packed earliest day of each request, by position (see {@link ProgrammeColumns#packDay});
   * 0 if it has none, which no activity ends before.
   */
  private final long[] requestMade;
  /** The latest of the packed earliest days of the missions each request follows up; 0 if none has one. */
  private final long[] lastMissionStarts;
  /**
   * The missions of each request with an earliest day, as that day above the mission's position,
   * negated: latest first, then the first listed. Made when first needed.
   */
  private final long[][] latestFirst;
  /** The requests all of whose topics an activity answers, by position (see {@link TopicCoverage}). */
  private final boolean[] allAnswered;

  private Consistency(Plan plan, LocalDate today) {
    this.programme = plan.programme();
    this.columns = ProgrammeColumns.of(programme);
    this.today = today;
    this.todayDay = ProgrammeColumns.packDay(today);
    this.concerned = new boolean[programme.sites().size()];
    this.coveredTopics = new boolean[programme.topics().size()];
    this.siteThemes = new int[programme.sites().size()][];
    for (int s = 0; s < siteThemes.length; s++) {
      siteThemes[s] = programme.sites().get(s).themes().stream().mapToInt(plan::positionInList).sorted().toArray();
    }
    this.provinceOfPlace = new int[programme.places().size()];
    for (int p = 0; p < provinceOfPlace.length; p++) {
      provinceOfPlace[p] = plan.provinceOfKnown(programme.places().get(p).id())
          .map(province -> plan.positionInList(province.id())).orElse(-1);
    }
    this.provinceOfSite = new int[programme.sites().size()];
    for (int s = 0; s < provinceOfSite.length; s++) {
      provinceOfSite[s] = provinceOfPlace[plan.positionInList(programme.sites().get(s).place())];
    }
    int requests = columns.requests();
    this.requestMade = new long[requests];
    this.lastMissionStarts = new long[requests];
    this.latestFirst = new long[requests][];
    this.allAnswered = new boolean[requests];
    References missions = columns.requestMissions();
    for (int r = 0; r < requests; r++) {
      requestMade[r] = earliestDay(columns.requestBounds(r));
      for (int k = missions.start(r); k < missions.end(r); k++) {
        lastMissionStarts[r] = Math.max(lastMissionStarts[r], earliestDay(columns.bounds(missions.position(k))));
      }
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    ImmutableList.Builder<Finding>[] byCode = new ImmutableList.Builder[FindingCode.values().length];
    for (int i = 0; i < byCode.length; i++) {
      byCode[i] = ImmutableList.builder();
    }
    this.findings = byCode;
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
    // concerns it, on the programme's columns: an event itself is read only for a finding's message.
    // Missions come first, as in Programme.events(), so each code's findings are in list order.
    ProgrammeColumns columns = consistency.columns;
    for (int m = 0; m < columns.missions(); m++) {
      consistency.missingTiming(m);
      consistency.stopsOutsideSiteProvinces(m);
      consistency.completedInFuture(m);
      consistency.concern(columns.missionSites(), m);
    }
    for (int a = 0; a < columns.events() - columns.missions(); a++) {
      int event = columns.missions() + a;
      consistency.themeMismatch(a);
      consistency.missingTiming(event);
      consistency.beforeRequestsAndMissions(a);
      consistency.completedInFuture(event);
      consistency.answeredTopics(a);
      consistency.concern(columns.activitySites(), a);
    }
    consistency.unansweredTopics();
    consistency.sitesWithoutEvents();
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (ImmutableList.Builder<Finding> ofCode : consistency.findings) {
      findings.addAll(ofCode.build());
    }
    return findings.build();
  }

  /** Adds a finding, whose path and message are written when asked for, from values that never change. */
  private void add(FindingCode code, Supplier<String> path, Supplier<String> message) {
    findings[code.ordinal()].add(Finding.of(code, path, message));
  }

  /** Returns the path of an event, by its index among the events. */
  private Supplier<String> path(int event) {
    ProgrammeColumns columns = this.columns;
    return () -> eventPath(columns, event).toString();
  }

  /** Returns the path of an element of a list or set of an event, by its index among the events. */
  private Supplier<String> path(int event, String field, int index) {
    ProgrammeColumns columns = this.columns;
    return () -> eventPath(columns, event).append('.').append(field).append('[').append(index).append(']').toString();
  }

  private static StringBuilder eventPath(ProgrammeColumns columns, int event) {
    StringBuilder path = new StringBuilder(48).append(event < columns.missions() ? "missions[" : "activities[");
    return columns.appendId(path, event).append(']');
  }

  /** Appends, in brackets, the ids of entities of a list at some positions, in the order given. */
  private static StringBuilder appendIds(StringBuilder to, List<? extends Entity> list, int[] positions) {
    to.append('[');
    for (int i = 0; i < positions.length; i++) {
      to.append(i == 0 ? "" : ", ").append(list.get(positions[i]).id());
    }
    return to.append(']');
  }

  private void concern(References sites, int entity) {
    for (int k = sites.start(entity); k < sites.end(entity); k++) {
      concerned[sites.position(k)] = true;
    }
  }

  private void themeMismatch(int activity) {
    References themes = columns.activityThemes();
    References sites = columns.activitySites();
    if (themes.start(activity) == themes.end(activity) || sites.start(activity) == sites.end(activity)
        || sharesATheme(activity)) {
      return;
    }
    List<Theme> allThemes = programme.themes();
    List<PilotSite> allSites = programme.sites();
    int[][] siteThemes = this.siteThemes;
    add(FindingCode.THEME_MISMATCH, path(columns.missions() + activity), () -> {
      // Sets in catalogue order, the order of positions, so that equal programmes give equal messages.
      int[] itsSites = sites.positionsInOrder(activity);
      StringBuilder message = appendIds(new StringBuilder(160).append("themes "), allThemes,
          themes.positionsInOrder(activity)).append(" share nothing with the themes of its sites ");
      appendIds(message, allSites, itsSites).append(": ");
      for (int i = 0; i < itsSites.length; i++) {
        appendIds(message.append(i == 0 ? "" : ", ").append(allSites.get(itsSites[i]).id()).append(' '), allThemes,
            siteThemes[itsSites[i]]);
      }
      return message.toString();
    });
  }

  private boolean sharesATheme(int activity) {
    References themes = columns.activityThemes();
    References sites = columns.activitySites();
    for (int k = sites.start(activity); k < sites.end(activity); k++) {
      for (int siteTheme : siteThemes[sites.position(k)]) {
        for (int j = themes.start(activity); j < themes.end(activity); j++) {
          if (themes.position(j) == siteTheme) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void missingTiming(int event) {
    int status = columns.status(event);
    if ((status == PLANNED || status == SCHEDULED) && columns.bounds(event) == ProgrammeColumns.UNTIMED) {
      add(FindingCode.MISSING_TIMING, path(event), () -> EntityFields.text(STATUSES[status]) + ", but has no timing");
    }
  }

  /** Returns the packed earliest day of packed bounds, or 0 for an open start or no timing. */
  private static long earliestDay(long bounds) {
    return bounds == ProgrammeColumns.UNTIMED ? 0 : bounds >>> 32;
  }

  private static final int PLANNED = Status.PLANNED.ordinal();
  private static final int SCHEDULED = Status.SCHEDULED.ordinal();
  private static final int COMPLETED = Status.COMPLETED.ordinal();
  private static final int CANCELLED = Status.CANCELLED.ordinal();
  private static final Status[] STATUSES = Status.values();

  /**
   * Marks the topics an activity answers, by the rule of {@link TopicCoverage}: every topic it
   * covers, and of each request it names, the topics it covers or all when it covers none. A
   * cancelled activity answers nothing. This is what {@link Plan#coverage()} works out, without
   * building its lists of activities, which the check does not need.
   */
  private void answeredTopics(int activity) {
    if (columns.status(columns.missions() + activity) == CANCELLED) {
      return;
    }
    // A topic the activity covers is answered for every request, so only an activity without
    // topics, which answers all of each request it names, marks topics of its own.
    References topics = columns.activityTopics();
    for (int k = topics.start(activity); k < topics.end(activity); k++) {
      coveredTopics[topics.position(k)] = true;
    }
    if (topics.start(activity) == topics.end(activity)) {
      References answers = columns.activityAnswers();
      for (int k = answers.start(activity); k < answers.end(activity); k++) {
        allAnswered[answers.position(k)] = true;
      }
    }
  }

  /**
   * Adds a finding for each topic of a request that nothing answers, in catalogue order (as the
   * coverage lists them, the same for equal programmes); its path gives the topic's position in
   * the request's set, as the paths of {@link Referrers} and of the programme's problems do.
   */
  private void unansweredTopics() {
    References topics = columns.requestTopics();
    for (int r = 0; r < allAnswered.length; r++) {
      if (allAnswered[r] || topics.start(r) == topics.end(r)) {
        continue;
      }
      ProgrammeColumns columns = this.columns;
      int request = r;
      for (int k : topics.inPositionOrder(r)) {
        int position = topics.position(k);
        if (!coveredTopics[position]) {
          // The topic's index in the request's set, which the columns keep in its order.
          int index = k - topics.start(r);
          Topic topic = programme.topics().get(position);
          add(FindingCode.UNANSWERED_TOPIC, () -> columns.appendRequestId(new StringBuilder(48).append("requests["),
              request).append("].topics[").append(index).append(']').toString(),
              () -> "no activity answers topic '" + topic.id() + "'");
        }
      }
    }
  }

  /** Finds whether an activity is dated before a request it answers, or a mission that prompted one. */
  private void beforeRequestsAndMissions(int activity) {
    long bounds = columns.bounds(columns.missions() + activity);
    References answers = columns.activityAnswers();
    int first = answers.start(activity);
    int end = answers.end(activity);
    if (bounds == ProgrammeColumns.UNTIMED || (bounds & 0xFFFF_FFFFL) == ProgrammeColumns.OPEN_END || first == end) {
      return;
    }
    long ends = bounds & 0xFFFF_FFFFL;
    // In catalogue order, so that equal programmes give their findings in the same order; the path
    // gives the request's position in the activity's own set, as every path does.
    for (int k : answers.inPositionOrder(activity)) {
      int r = answers.position(k);
      // A request or mission without an earliest day has 0, which no activity ends before.
      boolean beforeRequest = ends < requestMade[r];
      // An activity ending before the last mission to start ends before at least that one.
      boolean beforeMission = ends < lastMissionStarts[r];
      if (!beforeRequest && !beforeMission) {
        continue;
      }
      int event = columns.missions() + activity;
      Supplier<String> at = path(event, "answers", k - first);
      ProgrammeColumns columns = this.columns;
      int request = r;
      if (beforeRequest) {
        long made = requestMade[r];
        add(FindingCode.ACTIVITY_BEFORE_REQUEST, at, () -> {
          StringBuilder message = endsBy(columns, event, ends).append(", before request '");
          columns.appendRequestTiming(columns.appendRequestId(message, request).append("' ("), request)
              .append(") can have been made, not before ").append(ProgrammeColumns.unpackDay(made));
          return message.toString();
        });
      }
      if (beforeMission) {
        for (int mission : missionsStartingAfter(r, ends)) {
          long starts = earliestDay(columns.bounds(mission));
          add(FindingCode.ACTIVITY_BEFORE_MISSION, at, () -> {
            StringBuilder message = endsBy(columns, event, ends).append(", before mission '");
            columns.appendTiming(columns.appendId(message, mission).append("' ("), mission)
                .append("), which prompted request '");
            columns.appendRequestId(message, request).append("', can have started, not before ")
                .append(ProgrammeColumns.unpackDay(starts));
            return message.toString();
          });
        }
      }
    }
  }

  /** Starts the message of an activity that ends before what it answers. */
  private static StringBuilder endsBy(ProgrammeColumns columns, int event, long ends) {
    return columns.appendTiming(new StringBuilder(200).append("timing "), event).append(" ends by ")
        .append(ProgrammeColumns.unpackDay(ends));
  }

  /**
   * Returns the positions of the missions a request follows up that start after a packed day, in
   * the order of the list, in O(k log k) for k of them, once the request's missions are ordered by
   * when they start, which the first call for the request does.
   */
  private int[] missionsStartingAfter(int request, long day) {
    long[] ordered = latestFirst[request];
    if (ordered == null) {
      References missions = columns.requestMissions();
      ordered = new long[missions.end(request) - missions.start(request)];
      int count = 0;
      for (int k = missions.start(request); k < missions.end(request); k++) {
        long starts = earliestDay(columns.bounds(missions.position(k)));
        if (starts != 0) {
          ordered[count++] = -(starts << 32) | missions.position(k);
        }
      }
      ordered = Arrays.copyOf(ordered, count);
      Arrays.sort(ordered);
      latestFirst[request] = ordered;
    }
    int count = 0;
    while (count < ordered.length && -(ordered[count] >> 32) > day) {
      count++;
    }
    int[] positions = new int[count];
    for (int i = 0; i < count; i++) {
      positions[i] = (int) (ordered[i] & 0xFFFF_FFFFL);
    }
    Arrays.sort(positions);
    return positions;
  }

  private void stopsOutsideSiteProvinces(int mission) {
    References sites = columns.missionSites();
    if (sites.start(mission) == sites.end(mission)) {
      return;
    }
    References stops = columns.missionStops();
    for (int k = stops.start(mission); k < stops.end(mission); k++) {
      int province = provinceOfPlace[stops.position(k)];
      if (province < 0 || !isProvinceOfASite(sites, mission, province)) {
        stopOutside(mission, k - stops.start(mission));
      }
    }
  }

  private boolean isProvinceOfASite(References sites, int mission, int province) {
    for (int k = sites.start(mission); k < sites.end(mission); k++) {
      if (province == provinceOfSite[sites.position(k)]) {
        return true;
      }
    }
    return false;
  }

  private void stopOutside(int mission, int stop) {
    List<Place> places = programme.places();
    int place = columns.missionStops().position(columns.missionStops().start(mission) + stop);
    int province = provinceOfPlace[place];
    References sites = columns.missionSites();
    int[] provinceOfSite = this.provinceOfSite;
    add(FindingCode.STOP_OUTSIDE_SITE_PROVINCES, path(mission, "stops", stop), () -> {
      // The provinces of the sites in catalogue order, the order of positions, each once. Every
      // site has one: it stands in a province-level division or in a prefecture, which lies in one.
      int[] provinces = Arrays.stream(sites.positionsInOrder(mission)).map(site -> provinceOfSite[site])
          .sorted().distinct().toArray();
      StringBuilder message = new StringBuilder(120).append("stops in '").append(places.get(place).id()).append("' (");
      message.append(province < 0 ? "not in a province" : places.get(province).id().toString());
      return appendIds(message.append("), outside the provinces of its sites "), places, provinces).toString();
    });
  }

  private void completedInFuture(int event) {
    if (columns.status(event) != COMPLETED) {
      return;
    }
    // 0, for an open start or no timing, is after no day.
    long starts = earliestDay(columns.bounds(event));
    if (starts > todayDay) {
      LocalDate today = this.today;
      ProgrammeColumns columns = this.columns;
      add(FindingCode.COMPLETED_IN_FUTURE, path(event), () -> columns.appendTiming(new StringBuilder(120)
          .append("completed, but its timing "), event).append(" starts on ").append(ProgrammeColumns.unpackDay(starts))
          .append(", after today ").append(today).toString());
    }
  }

  private void sitesWithoutEvents() {
    for (int s = 0; s < concerned.length; s++) {
      if (!concerned[s]) {
        PilotSite site = programme.sites().get(s);
        add(FindingCode.SITE_WITHOUT_EVENTS, () -> "sites[" + site.id() + "]",
            () -> "no mission or activity concerns the site");
      }
    }
  }
}

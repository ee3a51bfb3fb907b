package org.sprp.core.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.sprp.core.EntityId;
import org.sprp.core.MeetingId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.Programme;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.ThemeId;
import org.sprp.core.activity.Engagement;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.actor.Decision;
import org.sprp.core.internal.ProgrammeColumns;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;

/**
 * The questions a planning script asks of one programme, answered from indexes built once, by the
 * first query that needs each, and shared by every later query: the timeline, filtered or not, the sites of a theme,
 * everything that concerns a site, the next event of each site, the {@linkplain #coverage()
 * coverage} of knowledge requests and the {@linkplain #findings(LocalDate) findings} of the
 * consistency checks.
 *
 * <pre>{@code
 * Plan plan = Plan.of(programme);
 * plan.timeline(EventFilter.builder().site(SiteId.of("luzhou")).build());
 * plan.nextEvent(SiteId.of("shanghai"), LocalDate.of(2015, 12, 31));
 * }</pre>
 *
 * <h2>Timeline order</h2>
 * Events (missions and activities) are ordered by the earliest day their timing allows (an open
 * start first), then by the latest day (an open end last), then by id (by kind, activities before
 * missions, then by text). Events with no timing come last, by id. So {@code 2016-02} and the
 * uncertain {@code 2016-02?} have the same bounds and are ordered by id, and the year {@code 2016}
 * comes before {@code 2016-02} since it may start earlier.
 *
 * <h2>Cost</h2>
 * Making a plan costs O(number of places). The timeline, the coverage and the checks read what the
 * programme recorded of its missions, requests and activities when it was built (their bounds,
 * statuses, keys of ids, and references as positions in flat arrays), not the events themselves, which on a
 * large programme lie scattered in memory; the indexes by site, theme, status, province and
 * organisation read the events. The timeline is sorted on first use in O(n) for n events, by a radix sort of those
 * keys, then in O(k log k) among each k events with equal bounds whose ids are alike in their
 * first ten characters after what all ids of their kind share; each other index (by site, theme,
 * status, province, organisation; the coverage) is built in O(n) on first use. Each is built once and
 * shared by every later query. Every query then costs at most O(n), and most O(log n + size of
 * the answer); none is quadratic.
 *
 * <p>This class is immutable and thread-safe; its indexes are built at most once each, on first use.
 */
public final class Plan {

  private final Programme programme;
  private final Supplier<Ordered> ordered;
  private final Map<PlaceId, Place> provinceOfPlace;
  // The timeline and each index are built on first use, once, so a script pays only for the questions it asks.
  private final Supplier<ImmutableListMultimap<SiteId, Integer>> bySite;
  private final Supplier<ImmutableListMultimap<ThemeId, Integer>> byTheme;
  private final Supplier<ImmutableListMultimap<Status, Integer>> byStatus;
  private final Supplier<ImmutableListMultimap<PlaceId, Integer>> byProvince;
  private final Supplier<ImmutableListMultimap<OrganisationId, Integer>> byOrganisation;
  private final Supplier<ImmutableListMultimap<ThemeId, PilotSite>> sitesByTheme;
  /** The position of each entity in its list, by list in the order of {@link Catalogue#ALL}, each built on first use. */
  private final ImmutableList<Supplier<Map<EntityId, Integer>>> positions;
  private final Supplier<ImmutableListMultimap<MeetingId, Decision>> decisionsByMeeting;
  private final Supplier<Coverage> coverage;

  private Plan(Programme programme) {
    this.programme = programme;
    provinceOfPlace = provinces(programme);

    ordered = Suppliers.memoize(() -> new Ordered(programme));

    bySite = Suppliers.memoize(() -> index(TimelineEvent::sites));
    byTheme = Suppliers.memoize(() -> index(TimelineEvent::themes));
    byStatus = Suppliers.memoize(() -> index(event -> ImmutableSet.of(event.status())));
    byProvince = Suppliers.memoize(() -> index(this::provincesOf));
    byOrganisation = Suppliers.memoize(() -> index(Plan::organisationsOf));
    sitesByTheme = Suppliers.memoize(() -> {
      ImmutableListMultimap.Builder<ThemeId, PilotSite> sites = ImmutableListMultimap.builder();
      for (PilotSite site : programme.sites()) {
        for (ThemeId theme : site.themes()) {
          sites.put(theme, site);
        }
      }
      return sites.build();
    });
    coverage = Suppliers.memoize(() -> Coverage.of(this));
    decisionsByMeeting = Suppliers.memoize(() -> {
      ImmutableListMultimap.Builder<MeetingId, Decision> decisions = ImmutableListMultimap.builder();
      for (Decision decision : programme.decisions()) {
        decision.meeting().ifPresent(meeting -> decisions.put(meeting, decision));
      }
      return decisions.build();
    });
    // One map per list, so that ordering a request's topics does not index every activity.
    ImmutableList.Builder<Supplier<Map<EntityId, Integer>>> at = ImmutableList.builder();
    for (Catalogue<?> catalogue : Catalogue.ALL) {
      at.add(Suppliers.memoize(() -> {
        Map<EntityId, Integer> positionsInList = new HashMap<>();
        catalogue.positions(programme, positionsInList);
        return positionsInList;
      }));
    }
    positions = at.build();
  }

  /** The timeline, with what the binary search for the next event needs. */
  private static final class Ordered {
    final ImmutableList<TimelineEvent> events;
    /**
     * The packed earliest day of each event, at the same index: the epoch day plus {@link
     * ProgrammeColumns#OFFSET}, 0 for an open start, above every day when untimed. It never
     * decreases.
     */
    final int[] lowers;

    Ordered(Programme programme) {
      ProgrammeColumns columns = ProgrammeColumns.of(programme);
      int n = columns.events();
      int missions = columns.missions();
      List<Mission> missionList = programme.missions();
      List<KnowledgeActivity> activityList = programme.activities();
      IntFunction<TimelineEvent> event = i -> i < missions ? missionList.get(i) : activityList.get(i - missions);
      lowers = new int[n];
      int[] order = TimelineOrder.sort(n, columns::bounds, columns::idKey, event, lowers);
      // Gathered untyped: a cast to an event's type reads the event's class from the event itself,
      // which on a large programme costs a cache miss for each, in random order. Every element is
      // from the programme's missions or activities, so every element is an event.
      List<?> untypedMissions = missionList;
      List<?> untypedActivities = activityList;
      ImmutableList.Builder<Object> sorted = ImmutableList.builderWithExpectedSize(n);
      for (int i = 0; i < n; i++) {
        int at = order[i];
        sorted.add(at < missions ? untypedMissions.get(at) : untypedActivities.get(at - missions));
      }
      @SuppressWarnings("unchecked")
      ImmutableList<TimelineEvent> typed = (ImmutableList<TimelineEvent>) (ImmutableList<?>) sorted.build();
      events = typed;
    }
  }

  /** Indexes the positions of the timeline's events by each key an event has, in timeline order. */
  private <K> ImmutableListMultimap<K, Integer> index(Function<TimelineEvent, ? extends Iterable<K>> keys) {
    ImmutableListMultimap.Builder<K, Integer> index = ImmutableListMultimap.builder();
    ImmutableList<TimelineEvent> timeline = timeline();
    for (int i = 0; i < timeline.size(); i++) {
      for (K key : keys.apply(timeline.get(i))) {
        index.put(key, i);
      }
    }
    return index.build();
  }

  /**
   * Returns the plan of a programme. Making it costs O(number of places); each index is built on
   * the first query that needs it. Keep the plan for as long as the programme is used: every later
   * query shares the indexes.
   *
   * @param programme the programme, not null
   * @return the plan, not null
   */
  public static Plan of(Programme programme) {
    return new Plan(requireNonNull(programme, "programme"));
  }

  /**
   * Returns the programme this plan answers for.
   *
   * @return the programme, not null
   */
  public Programme programme() {
    return programme;
  }

  /**
   * Returns a one-line summary for people, the programme's, such as {@code Plan of Programme sprp:
   * 1 component, 3 sites, 2 missions, 1 request, 4 activities}. It builds no index.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Plan of " + programme;
  }

  /**
   * Returns every mission and activity in timeline order (see the class comment). Costs O(n) the
   * first time, when the timeline is sorted (and O(k log k) among k events with equal bounds and
   * ids alike, see the class comment), then O(1).
   *
   * @return the events, not null
   */
  public ImmutableList<TimelineEvent> timeline() {
    return ordered.get().events;
  }

  /**
   * Returns the events the filter keeps, in timeline order. Starts from the smallest index among
   * the criteria given (site, theme, province, organisation, status) and checks the others on
   * each of its events, so it costs at most O(n).
   *
   * @param filter the filter, not null
   * @return the events, not null
   * @throws IllegalArgumentException if the filter names a site, theme, organisation or place the
   *     programme does not have, or a place that is not a province-level division
   */
  public ImmutableList<TimelineEvent> timeline(EventFilter filter) {
    requireNonNull(filter, "filter");
    filter.site().ifPresent(site -> requireKnown(site, "filter.site"));
    filter.theme().ifPresent(theme -> requireKnown(theme, "filter.theme"));
    filter.organisation().ifPresent(organisation -> requireKnown(organisation, "filter.organisation"));
    filter.province().ifPresent(province -> {
      requireKnown(province, "filter.province");
      PlaceLevel level = programme.place(province).orElseThrow().level();
      if (level != PlaceLevel.PROVINCE) {
        throw new IllegalArgumentException("filter.province: '" + province + "' is a "
            + (level == PlaceLevel.COUNTRY ? "country" : "prefecture") + ", not a province-level division");
      }
    });
    List<Integer> candidates = null;
    if (filter.site().isPresent()) {
      candidates = smaller(candidates, bySite.get().get(filter.site().get()));
    }
    if (filter.theme().isPresent()) {
      candidates = smaller(candidates, byTheme.get().get(filter.theme().get()));
    }
    if (filter.province().isPresent()) {
      candidates = smaller(candidates, byProvince.get().get(filter.province().get()));
    }
    if (filter.organisation().isPresent()) {
      candidates = smaller(candidates, byOrganisation.get().get(filter.organisation().get()));
    }
    if (filter.statuses().size() == 1) {
      candidates = smaller(candidates, byStatus.get().get(filter.statuses().iterator().next()));
    }
    ImmutableList<TimelineEvent> timeline = timeline();
    ImmutableList.Builder<TimelineEvent> kept = ImmutableList.builder();
    if (candidates == null) {
      for (int i = 0; i < timeline.size(); i++) {
        if (keeps(filter, i)) {
          kept.add(timeline.get(i));
        }
      }
    } else {
      for (int i : candidates) {
        if (keeps(filter, i)) {
          kept.add(timeline.get(i));
        }
      }
    }
    return kept.build();
  }

  /**
   * Fails, naming the parameter, unless the programme has an entity with this id: a question about
   * an entity the programme lacks is a mistake, such as a typo, not a question whose answer is
   * empty.
   */
  private void requireKnown(EntityId id, String parameter) {
    requireKnown(programme, id, parameter);
  }

  /** Throws, naming the parameter, if the programme has no entity with the id; a question about it is a mistake. */
  static void requireKnown(Programme programme, EntityId id, String parameter) {
    requireNonNull(id, parameter);
    if (!programme.contains(id)) {
      throw new IllegalArgumentException(parameter + ": the programme has no " + id.kind() + " '" + id + "'"
          + Catalogue.sameTextElsewhere(programme, id));
    }
  }

  private static List<Integer> smaller(List<Integer> current, List<Integer> other) {
    return current == null || other.size() < current.size() ? other : current;
  }

  private boolean keeps(EventFilter filter, int i) {
    TimelineEvent event = timeline().get(i);
    return (filter.site().isEmpty() || event.sites().contains(filter.site().get()))
        && (filter.theme().isEmpty() || event.themes().contains(filter.theme().get()))
        && (filter.province().isEmpty() || provincesOf(event).contains(filter.province().get()))
        && (filter.organisation().isEmpty() || organisationsOf(event).contains(filter.organisation().get()))
        && (filter.statuses().isEmpty() || filter.statuses().contains(event.status()))
        && (filter.window().isEmpty()
            || (event.timing().isPresent() && event.timing().get().overlaps(filter.window().get())));
  }

  /**
   * Returns the pilot sites that work on a theme. Costs O(log n + answer).
   *
   * @param theme the theme, not null
   * @return the sites, in the programme's order, empty if none
   * @throws IllegalArgumentException if the programme has no such theme
   */
  public ImmutableList<PilotSite> sitesByTheme(ThemeId theme) {
    requireKnown(theme, "theme");
    return sitesByTheme.get().get(theme);
  }

  /**
   * Returns everything the programme says about one site: its place and province, the decisions
   * that name it or endorsed it, the requests made on its behalf and its events. Costs O(n) for
   * the decisions and requests, which are few.
   *
   * @param site the site, not null
   * @return the record, not null
   * @throws IllegalArgumentException if the programme has no such site
   */
  public SiteRecord concerning(SiteId site) {
    requireKnown(site, "site");
    PilotSite pilotSite = programme.site(site).orElseThrow();
    Place place = programme.place(pilotSite.place()).orElseThrow();
    ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
    for (Decision decision : programme.decisions()) {
      if (decision.subjects().contains(site) || pilotSite.endorsedBy().equals(Optional.of(decision.id()))) {
        decisions.add(decision);
      }
    }
    ImmutableList.Builder<KnowledgeRequest> requests = ImmutableList.builder();
    for (KnowledgeRequest request : programme.requests()) {
      if (request.sites().contains(site)) {
        requests.add(request);
      }
    }
    return new SiteRecord(pilotSite, place, provinceOfPlace.get(place.id()), decisions.build(),
        requests.build(), eventsOf(site));
  }

  /**
   * Returns the events that concern a site, in timeline order. Costs O(log n + answer).
   *
   * @param site the site, not null
   * @return the events, empty if none
   * @throws IllegalArgumentException if the programme has no such site
   */
  public ImmutableList<TimelineEvent> eventsOf(SiteId site) {
    requireKnown(site, "site");
    ImmutableList<Integer> indexes = bySite.get().get(site);
    ImmutableList<TimelineEvent> timeline = timeline();
    ImmutableList.Builder<TimelineEvent> events = ImmutableList.builderWithExpectedSize(indexes.size());
    for (int i : indexes) {
      events.add(timeline.get(i));
    }
    return events.build();
  }

  /**
   * Returns the next event still to take place at a site after a date: the first, in timeline
   * order, of the site's events that is neither completed nor cancelled and whose earliest
   * possible day is after the date. An event that may already have started on or before the date
   * (a year that began before it, an open start) or has no timing is not next. Costs O(log n +
   * the site's events skipped).
   *
   * @param site the site, not null
   * @param after the date, not null; events starting on it are not after it
   * @return the event, or empty if the site has none ahead
   * @throws IllegalArgumentException if the programme has no such site
   */
  public Optional<TimelineEvent> nextEvent(SiteId site, LocalDate after) {
    requireKnown(site, "site");
    requireNonNull(after, "after");
    ImmutableList<Integer> indexes = bySite.get().get(site);
    // The site's events are in timeline order, hence by lower bound: find the first after the date.
    long day = ProgrammeColumns.packDay(after);
    int[] lowers = ordered.get().lowers;
    ImmutableList<TimelineEvent> timeline = ordered.get().events;
    int low = 0;
    int high = indexes.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (lowers[indexes.get(middle)] > day) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    for (int k = low; k < indexes.size(); k++) {
      TimelineEvent event = timeline.get(indexes.get(k));
      if (event.timing().isPresent() && isAhead(event.status())) {
        return Optional.of(event);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the next event of every site that has one after a date, by the rule of {@link
   * #nextEvent(SiteId, LocalDate)}. Costs at most O(n).
   *
   * @param after the date, not null
   * @return the next event by site, in the programme's order of sites
   */
  public ImmutableMap<SiteId, TimelineEvent> nextEvents(LocalDate after) {
    requireNonNull(after, "after");
    ImmutableMap.Builder<SiteId, TimelineEvent> next = ImmutableMap.builder();
    for (PilotSite site : programme.sites()) {
      nextEvent(site.id(), after).ifPresent(event -> next.put(site.id(), event));
    }
    return next.buildKeepingLast();
  }

  /**
   * Returns how the activities answer the knowledge requests, and the gaps. Computed once, on first
   * use, in O(n).
   *
   * @return the coverage, not null
   */
  public Coverage coverage() {
    return coverage.get();
  }

  /**
   * Returns the findings of the consistency checks, as {@link Consistency#check(Plan, LocalDate)}.
   *
   * @param today the date taken as today, not null: a completed event must not start after it
   * @return the findings, not null
   */
  public ImmutableList<Finding> findings(LocalDate today) {
    return Consistency.check(this, today);
  }

  /**
   * Returns the province-level division a place is or lies in: itself for a province, its parent
   * for a prefecture.
   *
   * @param place the place, not null
   * @return the province, or empty for a country
   * @throws IllegalArgumentException if the programme has no such place
   */
  public Optional<Place> provinceOf(PlaceId place) {
    requireKnown(place, "place");
    return provinceOfKnown(place);
  }

  /** {@link #provinceOf(PlaceId)} for a place the programme is known to have: no check, one lookup. */
  Optional<Place> provinceOfKnown(PlaceId place) {
    return Optional.ofNullable(provinceOfPlace.get(place));
  }

  /**
   * Returns the decisions taken at a meeting, in the programme's order.
   *
   * @param meeting the meeting, not null
   * @return the decisions, possibly empty
   * @throws IllegalArgumentException if the programme has no such meeting
   */
  public ImmutableList<Decision> decisionsAt(MeetingId meeting) {
    requireKnown(meeting, "meeting");
    return decisionsByMeeting.get().get(meeting);
  }

  /**
   * Returns ids in the order of the programme's catalogues: themes as the programme lists its
   * themes, sites as it lists its sites, where a value's sets hold their ids in id order. Reports
   * use it, so that they follow the order a programme's author chose for its catalogues. Ids the
   * programme does not have come last, in id order.
   *
   * @param <I> the type of ids
   * @param ids the ids, not null
   * @return the ids in catalogue order, not null
   */
  public <I extends EntityId> ImmutableList<I> inCatalogueOrder(Collection<I> ids) {
    requireNonNull(ids, "ids");
    if (ids.size() < 2) {
      // Nothing to order: most sets of a large programme hold one id, and a set is its own list.
      return ImmutableList.copyOf(ids);
    }
    List<I> sorted = new ArrayList<>(ids);
    sorted.sort(Comparator.comparing((I id) -> positionInList(id)).thenComparing(Comparator.naturalOrder()));
    return ImmutableList.copyOf(sorted);
  }

  /** Returns the position of the entity with this id in its list, or {@code Integer.MAX_VALUE}. */
  int positionInList(EntityId id) {
    for (int i = 0; i < Catalogue.ALL.size(); i++) {
      if (Catalogue.ALL.get(i).kind.equals(id.kind())) {
        return positions.get(i).get().getOrDefault(id, Integer.MAX_VALUE);
      }
    }
    return Integer.MAX_VALUE;
  }

  static boolean isAhead(Status status) {
    return status != Status.COMPLETED && status != Status.CANCELLED;
  }

  private static Map<PlaceId, Place> provinces(Programme programme) {
    Map<PlaceId, Place> provinces = new HashMap<>();
    for (Place place : programme.places()) {
      if (place.level() == PlaceLevel.PROVINCE) {
        provinces.put(place.id(), place);
      } else if (place.level() == PlaceLevel.PREFECTURE) {
        programme.place(place.parent().orElseThrow()).ifPresent(parent -> provinces.put(place.id(), parent));
      }
    }
    return provinces;
  }

  private ImmutableSet<PlaceId> provincesOf(TimelineEvent event) {
    ImmutableSet.Builder<PlaceId> provinces = ImmutableSet.builder();
    for (PlaceId place : event.places()) {
      Place province = provinceOfPlace.get(place);
      if (province != null) {
        provinces.add(province.id());
      }
    }
    for (SiteId site : event.sites()) {
      programme.site(site).map(s -> provinceOfPlace.get(s.place())).ifPresent(p -> provinces.add(p.id()));
    }
    return provinces.build();
  }

  private static ImmutableSet<OrganisationId> organisationsOf(TimelineEvent event) {
    ImmutableSet.Builder<OrganisationId> organisations = ImmutableSet.builder();
    if (event instanceof Mission) {
      Mission mission = (Mission) event;
      organisations.add(mission.initiator()).addAll(mission.participants());
      for (MissionStop stop : mission.stops()) {
        for (Engagement engagement : stop.engagements()) {
          engagement.counterpart().ifPresent(organisations::add);
        }
      }
    } else if (event instanceof KnowledgeActivity) {
      organisations.addAll(((KnowledgeActivity) event).organisers());
    }
    return organisations.build();
  }
}

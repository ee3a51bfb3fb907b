package org.sprp.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.TimelineEvent;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.internal.ProgrammeColumns;
import org.sprp.core.place.Place;

/**
 * A cooperation programme, such as the Social Protection Reform Project: its components, and the
 * catalogues of everything it knows, each a list of entities with ids. It is the aggregate root:
 * entities refer to each other by id, and building a programme checks that every reference
 * resolves inside it and that every id is unique among the entities of its kind.
 *
 * <pre>{@code
 * Programme sprp = Programme.builder()
 *     .id(ProgrammeId.of("sprp"))
 *     .name(BilingualName.of("Social Protection Reform Project"))
 *     .addThemes(Theme.AGEING_POPULATION)
 *     .addPlaces(china, shanghai)
 *     .addComponents(c1)
 *     .addSites(shanghaiSite)
 *     .build();
 * }</pre>
 *
 * <p>When the parts do not fit, {@code build()} throws one {@link InvalidProgrammeException}
 * listing all the problems found, each with its path; no programme is built.
 *
 * <p>This class is immutable and thread-safe. Building it indexes its entities by id and records,
 * in flat arrays, what the planning queries of {@link org.sprp.core.plan.Plan} read of its missions
 * and activities; both are built once and shared by every lookup and query.
 */
@Value.Immutable
public abstract class Programme {

  static {
    ProgrammeColumns.grantAccess(Programme::columns);
  }

  Programme() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the programme.
   *
   * @return the id, such as {@code sprp}
   */
  public abstract ProgrammeId id();

  /**
   * Returns the name of the programme.
   *
   * @return the name, not null
   */
  public abstract BilingualName name();

  /**
   * Returns the components of the programme, such as C1.
   *
   * @return the components, in order
   */
  public abstract ImmutableList<Component> components();

  /**
   * Returns the themes the programme uses.
   *
   * @return the themes, in order
   */
  public abstract ImmutableList<Theme> themes();

  /**
   * Returns the topics of knowledge sharing.
   *
   * @return the topics, in order
   */
  public abstract ImmutableList<Topic> topics();

  /**
   * Returns the places the programme refers to.
   *
   * @return the places, in order
   */
  public abstract ImmutableList<Place> places();

  /**
   * Returns the organisations that take part.
   *
   * @return the organisations, in order
   */
  public abstract ImmutableList<Organisation> organisations();

  /**
   * Returns the meetings of governance bodies.
   *
   * @return the meetings, in order
   */
  public abstract ImmutableList<Meeting> meetings();

  /**
   * Returns the decisions taken.
   *
   * @return the decisions, in order
   */
  public abstract ImmutableList<Decision> decisions();

  /**
   * Returns the pilot sites.
   *
   * @return the sites, in order
   */
  public abstract ImmutableList<PilotSite> sites();

  /**
   * Returns the missions (field visits).
   *
   * @return the missions, in order
   */
  public abstract ImmutableList<Mission> missions();

  /**
   * Returns the requests for knowledge sharing.
   *
   * @return the requests, in order
   */
  public abstract ImmutableList<KnowledgeRequest> requests();

  /**
   * Returns the knowledge-sharing activities.
   *
   * @return the activities, in order
   */
  public abstract ImmutableList<KnowledgeActivity> activities();

  /**
   * Returns the missions, then the activities, as events of a timeline, in list order. For the
   * timeline in time order, sort them by timing.
   *
   * @return the events, not null
   */
  public ImmutableList<TimelineEvent> events() {
    return ImmutableList.<TimelineEvent>builderWithExpectedSize(missions().size() + activities().size())
        .addAll(missions())
        .addAll(activities())
        .build();
  }

  /**
   * Finds a component by id.
   *
   * @param id the id, not null
   * @return the component, or empty if the programme has none with that id
   */
  public Optional<Component> component(ComponentId id) {
    return find(id, Component.class);
  }

  /**
   * Finds a theme by id.
   *
   * @param id the id, not null
   * @return the theme, or empty if the programme has none with that id
   */
  public Optional<Theme> theme(ThemeId id) {
    return find(id, Theme.class);
  }

  /**
   * Finds a topic by id.
   *
   * @param id the id, not null
   * @return the topic, or empty if the programme has none with that id
   */
  public Optional<Topic> topic(TopicId id) {
    return find(id, Topic.class);
  }

  /**
   * Finds a place by id.
   *
   * @param id the id, not null
   * @return the place, or empty if the programme has none with that id
   */
  public Optional<Place> place(PlaceId id) {
    return find(id, Place.class);
  }

  /**
   * Finds an organisation by id.
   *
   * @param id the id, not null
   * @return the organisation, or empty if the programme has none with that id
   */
  public Optional<Organisation> organisation(OrganisationId id) {
    return find(id, Organisation.class);
  }

  /**
   * Finds a meeting by id.
   *
   * @param id the id, not null
   * @return the meeting, or empty if the programme has none with that id
   */
  public Optional<Meeting> meeting(MeetingId id) {
    return find(id, Meeting.class);
  }

  /**
   * Finds a decision by id.
   *
   * @param id the id, not null
   * @return the decision, or empty if the programme has none with that id
   */
  public Optional<Decision> decision(DecisionId id) {
    return find(id, Decision.class);
  }

  /**
   * Finds a pilot site by id.
   *
   * @param id the id, not null
   * @return the site, or empty if the programme has none with that id
   */
  public Optional<PilotSite> site(SiteId id) {
    return find(id, PilotSite.class);
  }

  /**
   * Finds a mission by id.
   *
   * @param id the id, not null
   * @return the mission, or empty if the programme has none with that id
   */
  public Optional<Mission> mission(MissionId id) {
    return find(id, Mission.class);
  }

  /**
   * Finds a knowledge request by id.
   *
   * @param id the id, not null
   * @return the request, or empty if the programme has none with that id
   */
  public Optional<KnowledgeRequest> request(RequestId id) {
    return find(id, KnowledgeRequest.class);
  }

  /**
   * Finds a knowledge-sharing activity by id.
   *
   * @param id the id, not null
   * @return the activity, or empty if the programme has none with that id
   */
  public Optional<KnowledgeActivity> activity(ActivityId id) {
    return find(id, KnowledgeActivity.class);
  }

  /**
   * Tells whether the programme has an entity with this id: a place for a {@link PlaceId}, a site
   * for a {@link SiteId}, the programme itself for its own {@link ProgrammeId}.
   *
   * @param id the id of any kind, not null
   * @return true if the id resolves inside the programme
   */
  public boolean contains(EntityId id) {
    return requireNonNull(id, "id").equals(id()) || index().contains(id);
  }

  private <T> Optional<T> find(EntityId id, Class<T> type) {
    return Optional.ofNullable(type.cast(index().get(requireNonNull(id, "id"))));
  }

  /**
   * Every entity by id, in one map for each kind of id, so that looking up a site among a few
   * hundred stays in the processor's cache however many activities there are. Where an id is used
   * twice (which the check reports), the first wins.
   */
  static final class Index {
    // Private and never handed out, filled once by of(): immutable without wrappers, which would
    // add an indirection to every lookup of the checks. Keyed by EntityId.kind().
    private final Map<String, Map<EntityId, Object>> byKind;
    private final int size;

    private Index(Map<String, Map<EntityId, Object>> byKind, int size) {
      this.byKind = byKind;
      this.size = size;
    }

    /** Returns the entity with this id, or null. */
    Object get(EntityId id) {
      Map<EntityId, Object> ofKind = byKind.get(id.kind());
      return ofKind == null ? null : ofKind.get(id);
    }

    /** Tells whether an entity has this id. */
    boolean contains(EntityId id) {
      Map<EntityId, Object> ofKind = byKind.get(id.kind());
      return ofKind != null && ofKind.containsKey(id);
    }

    /** Returns the number of distinct ids. */
    int size() {
      return size;
    }

    static Index of(Programme programme) {
      Map<String, Map<EntityId, Object>> byKind = new HashMap<>();
      int size = addAll(byKind, programme.components(), Component::id)
          + addAll(byKind, programme.themes(), Theme::id)
          + addAll(byKind, programme.topics(), Topic::id)
          + addAll(byKind, programme.places(), Place::id)
          + addAll(byKind, programme.organisations(), Organisation::id)
          + addAll(byKind, programme.meetings(), Meeting::id)
          + addAll(byKind, programme.decisions(), Decision::id)
          + addAll(byKind, programme.sites(), PilotSite::id)
          + addAll(byKind, programme.missions(), Mission::id)
          + addAll(byKind, programme.requests(), KnowledgeRequest::id)
          + addAll(byKind, programme.activities(), KnowledgeActivity::id);
      return new Index(byKind, size);
    }

    /** Adds a list's entities to the map of their kind, and returns how many ids were new. */
    private static <T> int addAll(Map<String, Map<EntityId, Object>> byKind, List<T> entities,
        Function<T, EntityId> id) {
      int added = 0;
      for (T entity : entities) {
        EntityId key = id.apply(entity);
        Map<EntityId, Object> ofKind = byKind.computeIfAbsent(key.kind(),
            kind -> new HashMap<>(Math.max(16, (int) (entities.size() / 0.75f) + 1)));
        if (ofKind.putIfAbsent(key, entity) == null) {
          added++;
        }
      }
      return added;
    }
  }

  /** Every entity by id; see {@link Index}. */
  @Value.Lazy
  Index index() {
    return Index.of(this);
  }

  /**
   * What the planning queries read of the missions, requests and activities, recorded while the
   * programme is checked, which {@link #check()} does when it is built: so a lazy attribute, kept
   * once computed, and published safely to every thread.
   *
   * @throws InvalidProgrammeException if the programme breaks a rule of the whole
   */
  @Value.Lazy
  ProgrammeColumns columns() {
    ProgrammeChecker checker = new ProgrammeChecker(this);
    List<Problem> problems = checker.problems();
    if (!problems.isEmpty()) {
      throw new InvalidProgrammeException(id(), problems);
    }
    return checker.columns();
  }

  @Value.Check
  void check() {
    columns();
  }

  /**
   * Returns a one-line summary for people, such as {@code Programme sprp: 1 component, 3 sites,
   * 2 missions, 1 request, 4 activities}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Programme " + id() + ": "
        + count(components().size(), "component") + ", "
        + count(sites().size(), "site") + ", "
        + count(missions().size(), "mission") + ", "
        + count(requests().size(), "request") + ", "
        + count(activities().size(), "activity");
  }

  private static String count(int n, String noun) {
    String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    return n + " " + (n == 1 ? noun : plural);
  }

  /** Builds a {@link Programme}; {@code id} and {@code name} are required, every list may be empty. */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}

    /**
     * Builds the programme from what was given, checking it.
     *
     * @return the programme, not null
     * @throws IllegalStateException if {@code id} or {@code name} was not given
     * @throws InvalidProgrammeException if the programme breaks a rule of the whole, with every
     *     problem: a reference that does not resolve, an id given twice, places that do not nest
     */
    @Override
    public Programme build() {
      return super.build();
    }
  }
}

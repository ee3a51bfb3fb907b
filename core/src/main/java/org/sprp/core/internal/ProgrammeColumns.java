package org.sprp.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sprp.core.ActivityId;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.activity.Modality;
import org.sprp.core.time.Timing;

/**
 * What the planning queries read of every mission, knowledge request and activity, as flat arrays:
 * each event's bounds, status and sort key of its id, each request's bounds, and each reference of
 * an activity, mission or request as the position of the entity it names in the programme's list.
 * Beside them, the text of each event's and request's id and timing, in one string, from which
 * the consistency checks write their findings' paths and messages.
 * A programme records them while it checks its references, when the entities are fresh in the
 * processor's caches, so that a query on a programme of 100,000 activities reads a few arrays in
 * order instead of following the references of every activity into memory. Not API. The arrays
 * never leave this class, and are never written once the columns are built: a recorder then
 * refuses more events and requests.
 *
 * <p>Events are indexed as {@link Programme#events()} lists them: the missions, then the
 * activities. Activities, missions and requests are indexed by their position in their own list.
 */
public final class ProgrammeColumns {

  /** Day offset that makes every epoch day of a four-digit year positive in 31 bits. */
  public static final long OFFSET = 1L << 30;

  /** The packed bounds of an event without timing: after every timed event. */
  public static final long UNTIMED = Long.MAX_VALUE;

  /** The packed lower bound of an open start, before every day. */
  public static final long OPEN_START = 0L;

  /** The packed upper bound of an open end, after every day. */
  public static final long OPEN_END = 0xFFFF_FFFFL;

  /** The number of characters of an id that {@link #keyOfId(String, int)} keeps. */
  public static final int ID_KEY_CHARACTERS = 10;

  /** The bits of a key that {@link #keyOfId(String, int)} writes. */
  private static final long ID_KEY_MASK = (1L << 6 * ID_KEY_CHARACTERS) - 1;

  /** The modality of an activity that has none. */
  public static final byte NO_MODALITY = -1;

  private static volatile Function<Programme, ProgrammeColumns> access;

  private final int missions;
  private final long[] bounds;
  private final byte[] statuses;
  private final long[] idKeys;
  private final ActivityId[] activityIds;
  private final byte[] modalities;
  private final References activityThemes;
  private final References activityTopics;
  private final References activitySites;
  private final References activityAnswers;
  private final References missionSites;
  private final References missionStops;
  private final long[] requestBounds;
  private final References requestTopics;
  private final References requestMissions;
  private final Texts eventTexts;
  private final Texts requestTexts;

  private ProgrammeColumns(Recorder recorder) {
    this.missions = recorder.missions;
    this.bounds = recorder.bounds;
    this.statuses = recorder.statuses;
    this.idKeys = recorder.idKeys;
    this.activityIds = recorder.activityIds;
    this.modalities = recorder.modalities;
    this.activityThemes = recorder.activityThemes.build();
    this.activityTopics = recorder.activityTopics.build();
    this.activitySites = recorder.activitySites.build();
    this.activityAnswers = recorder.activityAnswers.build();
    this.missionSites = recorder.missionSites.build();
    this.missionStops = recorder.missionStops.build();
    this.requestBounds = recorder.requestBounds;
    this.requestTopics = recorder.requestTopics.build();
    this.requestMissions = recorder.requestMissions.build();
    this.eventTexts = recorder.eventTexts.build();
    this.requestTexts = recorder.requestTexts.build();
  }

  /**
   * Lets this class hand out the columns a programme recorded; called once, by {@link Programme}'s
   * initialiser, with an accessor of its own.
   *
   * @param accessor the programme's accessor of its columns, not null
   * @throws IllegalArgumentException if the accessor is not {@link Programme}'s own
   * @throws IllegalStateException if an accessor was already given
   */
  public static synchronized void grantAccess(Function<Programme, ProgrammeColumns> accessor) {
    checkArgument(accessor.getClass().getNestHost() == Programme.class, "only Programme grants access to its columns");
    checkState(access == null, "access to the columns was already granted");
    access = accessor;
  }

  /**
   * Returns the columns a programme recorded when it was built.
   *
   * @param programme the programme, not null
   * @return its columns, not null
   */
  public static ProgrammeColumns of(Programme programme) {
    // A programme exists, so its class was initialised, and its initialiser granted access.
    return access.apply(programme);
  }

  /**
   * Returns the bounds of a timing packed in one long, which orders events as the timeline does:
   * the earliest day (its epoch day plus {@link #OFFSET}, or {@link #OPEN_START}) in the high 32
   * bits, the latest day (or {@link #OPEN_END}) in the low 32 bits; {@link #UNTIMED} without timing.
   *
   * @param timing the timing, or empty
   * @return the packed bounds
   */
  public static long packBounds(Optional<Timing> timing) {
    if (timing.isEmpty()) {
      return UNTIMED;
    }
    // Without Optional.map, which boxes each bound into a Long.
    Optional<LocalDate> earliest = timing.get().earliest();
    Optional<LocalDate> latest = timing.get().latest();
    long lower = earliest.isPresent() ? packDay(earliest.get()) : OPEN_START;
    long upper = latest.isPresent() ? packDay(latest.get()) : OPEN_END;
    return lower << 32 | upper;
  }

  /**
   * Returns a day as the bounds pack it: its epoch day plus {@link #OFFSET}.
   *
   * @param day the day, not null
   * @return the packed day, positive
   */
  public static long packDay(LocalDate day) {
    return day.toEpochDay() + OFFSET;
  }

  /**
   * Returns the day a packed day stands for; see {@link #packDay(LocalDate)}.
   *
   * @param packed the packed day
   * @return the day, not null
   */
  public static LocalDate unpackDay(long packed) {
    return LocalDate.ofEpochDay(packed - OFFSET);
  }

  /**
   * Returns a number that orders ids of one kind, all beginning with the same {@code skip}
   * characters, as their text does, except that ids whose next {@value #ID_KEY_CHARACTERS}
   * characters are the same get the same number: those characters in 6 bits each, the first
   * highest ({@code -} as 1, {@code 0}-{@code 9} as 2 to 11, {@code a}-{@code z} as 12 to 37, 0
   * for no character, so that a shorter id comes first), which the rule of ids keeps in the order
   * of their text. The number is below 2<sup>60</sup>.
   *
   * @param id the id, of lower-case letters, digits and hyphens
   * @param skip the number of characters to skip
   * @return the key
   */
  public static long keyOfId(String id, int skip) {
    long key = 0;
    for (int i = skip; i < skip + ID_KEY_CHARACTERS; i++) {
      int digit = 0;
      if (i < id.length()) {
        char c = id.charAt(i);
        digit = c == '-' ? 1 : c <= '9' ? c - '0' + 2 : c - 'a' + 12;
      }
      key = key << 6 | digit;
    }
    return key;
  }

  /**
   * Returns the number of missions, which come first among the events.
   *
   * @return the number of missions
   */
  public int missions() {
    return missions;
  }

  /**
   * Returns the number of events: missions, then activities.
   *
   * @return the number of events
   */
  public int events() {
    return bounds.length;
  }

  /**
   * Returns the packed bounds of an event's timing; see {@link #packBounds(Optional)}.
   *
   * @param event the event's index
   * @return the packed bounds
   */
  public long bounds(int event) {
    return bounds[event];
  }

  /**
   * Returns the status of an event.
   *
   * @param event the event's index
   * @return the status's ordinal
   */
  public int status(int event) {
    return statuses[event];
  }

  /**
   * Returns the sort key of an event's kind and id: bit 60 set for a mission, so that activities
   * come first, and below it the {@linkplain #keyOfId(String, int) key of its id} among the ids of
   * its kind.
   *
   * @param event the event's index
   * @return the key
   */
  public long idKey(int event) {
    return idKeys[event];
  }

  /**
   * Appends the text of an event's id, as {@code toString()} of the id gives it.
   *
   * @param to where to append it, not null
   * @param event the event's index
   * @return {@code to}
   */
  public StringBuilder appendId(StringBuilder to, int event) {
    return eventTexts.appendId(to, event);
  }

  /**
   * Appends the text of an event's timing, as {@code toString()} of the timing gives it; nothing
   * if it has none.
   *
   * @param to where to append it, not null
   * @param event the event's index
   * @return {@code to}
   */
  public StringBuilder appendTiming(StringBuilder to, int event) {
    return eventTexts.appendTiming(to, event);
  }

  /**
   * Returns the id of an activity.
   *
   * @param activity the activity's position
   * @return the id, not null
   */
  public ActivityId activityId(int activity) {
    return activityIds[activity];
  }

  /**
   * Returns the modality of an activity.
   *
   * @param activity the activity's position
   * @return the modality's ordinal, or {@link #NO_MODALITY}
   */
  public int modality(int activity) {
    return modalities[activity];
  }

  /**
   * Returns the themes of each activity, as positions in the programme's themes.
   *
   * @return the references, not null
   */
  public References activityThemes() {
    return activityThemes;
  }

  /**
   * Returns the topics of each activity, as positions in the programme's topics.
   *
   * @return the references, not null
   */
  public References activityTopics() {
    return activityTopics;
  }

  /**
   * Returns the sites of each activity, as positions in the programme's sites.
   *
   * @return the references, not null
   */
  public References activitySites() {
    return activitySites;
  }

  /**
   * Returns the requests each activity answers, as positions in the programme's requests.
   *
   * @return the references, not null
   */
  public References activityAnswers() {
    return activityAnswers;
  }

  /**
   * Returns the sites of each mission, as positions in the programme's sites.
   *
   * @return the references, not null
   */
  public References missionSites() {
    return missionSites;
  }

  /**
   * Returns the place of each stop of each mission, as positions in the programme's places.
   *
   * @return the references, not null
   */
  public References missionStops() {
    return missionStops;
  }

  /**
   * Returns the number of knowledge requests.
   *
   * @return the number of requests
   */
  public int requests() {
    return requestBounds.length;
  }

  /**
   * Returns the packed bounds of a request's timing; see {@link #packBounds(Optional)}.
   *
   * @param request the request's position
   * @return the packed bounds
   */
  public long requestBounds(int request) {
    return requestBounds[request];
  }

  /**
   * Appends the text of a request's id, as {@code toString()} of the id gives it.
   *
   * @param to where to append it, not null
   * @param request the request's position
   * @return {@code to}
   */
  public StringBuilder appendRequestId(StringBuilder to, int request) {
    return requestTexts.appendId(to, request);
  }

  /**
   * Appends the text of a request's timing, as {@code toString()} of the timing gives it; nothing
   * if it has none.
   *
   * @param to where to append it, not null
   * @param request the request's position
   * @return {@code to}
   */
  public StringBuilder appendRequestTiming(StringBuilder to, int request) {
    return requestTexts.appendTiming(to, request);
  }

  /**
   * Returns the topics of each request, as positions in the programme's topics.
   *
   * @return the references, not null
   */
  public References requestTopics() {
    return requestTopics;
  }

  /**
   * Returns the missions each request follows up, as positions in the programme's missions.
   *
   * @return the references, not null
   */
  public References requestMissions() {
    return requestMissions;
  }

  /**
   * One set or list of references of each entity of a list, in its order, as positions: the
   * references of entity {@code e} are at indexes {@code start(e)} to {@code end(e) - 1}.
   */
  public static final class References {
    private final int[] starts;
    private final int[] positions;

    private References(int[] starts, int[] positions) {
      this.starts = starts;
      this.positions = positions;
    }

    /**
     * Returns the index of an entity's first reference.
     *
     * @param entity the entity's position in its list
     * @return the index
     */
    public int start(int entity) {
      return starts[entity];
    }

    /**
     * Returns the index after an entity's last reference.
     *
     * @param entity the entity's position in its list
     * @return the index
     */
    public int end(int entity) {
      return starts[entity + 1];
    }

    /**
     * Returns the position a reference names.
     *
     * @param index the reference's index, from {@link #start(int)} to {@link #end(int)}
     * @return the position of the entity named, in its list
     */
    public int position(int index) {
      return positions[index];
    }

    /**
     * Returns the indexes of an entity's references in the order of the positions they name, in
     * O(k log k) for k references.
     *
     * @param entity the entity's position in its list
     * @return the indexes, from {@link #start(int)} to {@link #end(int)}, in a new array
     */
    public int[] inPositionOrder(int entity) {
      int start = starts[entity];
      int end = starts[entity + 1];
      if (end - start == 1) {
        return new int[] {start};
      }
      // Each position, distinct in a set, above its index: sorting the numbers sorts the indexes.
      long[] keyed = new long[end - start];
      for (int k = start; k < end; k++) {
        keyed[k - start] = (long) positions[k] << 32 | k;
      }
      Arrays.sort(keyed);
      int[] indexes = new int[keyed.length];
      for (int i = 0; i < keyed.length; i++) {
        indexes[i] = (int) keyed[i];
      }
      return indexes;
    }

    /**
     * Returns the positions an entity's references name, in their order: a set's in the order of
     * the list it names, in O(k log k) for k references.
     *
     * @param entity the entity's position in its list
     * @return the positions, in a new array
     */
    public int[] positionsInOrder(int entity) {
      int[] sorted = Arrays.copyOfRange(positions, starts[entity], starts[entity + 1]);
      Arrays.sort(sorted);
      return sorted;
    }
  }

  /** Collects one kind of references, entity by entity. */
  private static final class ReferencesRecorder {
    private final int[] starts;
    private int[] positions;
    private int size;
    private int entities;

    ReferencesRecorder(int entities, int expected) {
      this.starts = new int[entities + 1];
      this.positions = new int[Math.max(expected, 4)];
    }

    void add(int position) {
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, size * 2);
      }
      positions[size++] = position;
    }

    void next() {
      starts[++entities] = size;
    }

    References build() {
      checkState(entities == starts.length - 1, "recorded %s entities of %s", entities, starts.length - 1);
      return new References(starts, Arrays.copyOf(positions, size));
    }
  }

  /**
   * The id and timing texts of each entity of a list, one after the other in one string: a
   * finding's message reads a few dense characters instead of an entity, its id, its timing and
   * their strings, which on a large programme lie scattered in memory.
   */
  private static final class Texts {
    private final String text;
    /** Entity {@code e}'s id ends at {@code ends[2e]}, its timing at {@code ends[2e + 1]}. */
    private final int[] ends;

    Texts(String text, int[] ends) {
      this.text = text;
      this.ends = ends;
    }

    StringBuilder appendId(StringBuilder to, int entity) {
      return to.append(text, entity == 0 ? 0 : ends[2 * entity - 1], ends[2 * entity]);
    }

    StringBuilder appendTiming(StringBuilder to, int entity) {
      return to.append(text, ends[2 * entity], ends[2 * entity + 1]);
    }
  }

  /** Records {@link Texts}, an entity at a time. */
  private static final class TextsRecorder {
    private final StringBuilder text;
    private final int[] ends;
    private int entities;

    TextsRecorder(int entities) {
      // Room for ids and timings of some twenty characters, so that it seldom grows.
      this.text = new StringBuilder((int) Math.min(24L * entities, Integer.MAX_VALUE - 8));
      this.ends = new int[2 * entities];
    }

    void add(String id, Optional<Timing> timing) {
      text.append(id);
      ends[2 * entities] = text.length();
      if (timing.isPresent()) {
        text.append(timing.get().toString());
      }
      ends[2 * entities + 1] = text.length();
      entities++;
    }

    Texts build() {
      return new Texts(text.toString(), ends);
    }
  }

  /**
   * Records the columns of a programme while its checker passes over the missions, then the
   * activities, each in order: for each, its event, then its references, then {@code next}; and
   * over the requests, in order: for each, {@code request}, then its references, then {@code
   * nextRequest}.
   */
  public static final class Recorder {
    private final int missions;
    private final long[] bounds;
    private final byte[] statuses;
    private final long[] idKeys;
    private final ActivityId[] activityIds;
    private final byte[] modalities;
    private final ReferencesRecorder activityThemes;
    private final ReferencesRecorder activityTopics;
    private final ReferencesRecorder activitySites;
    private final ReferencesRecorder activityAnswers;
    private final ReferencesRecorder missionSites;
    private final ReferencesRecorder missionStops;
    private final long[] requestBounds;
    private final ReferencesRecorder requestTopics;
    private final ReferencesRecorder requestMissions;
    private final TextsRecorder eventTexts;
    private final TextsRecorder requestTexts;
    private int requests;
    /** By kind (0 activities, 1 missions): its first id, and how many characters all its ids share. */
    private final String[] shared = new String[2];
    private final int[] sharedLength = new int[2];
    /**
     * Where the characters all ids of a kind share became fewer: the first event keyed with the
     * new number, then that number. The keys of earlier events are put right in {@link #build()}.
     */
    private final List<int[]> skips = new ArrayList<>();
    private int events;
    private boolean built;

    /**
     * Starts recording the columns of a programme.
     *
     * @param missions the number of missions
     * @param requests the number of knowledge requests
     * @param activities the number of activities
     */
    public Recorder(int missions, int requests, int activities) {
      this.missions = missions;
      int n = missions + activities;
      bounds = new long[n];
      statuses = new byte[n];
      idKeys = new long[n];
      activityIds = new ActivityId[activities];
      modalities = new byte[activities];
      activityThemes = new ReferencesRecorder(activities, activities);
      activityTopics = new ReferencesRecorder(activities, activities);
      activitySites = new ReferencesRecorder(activities, activities * 2);
      activityAnswers = new ReferencesRecorder(activities, activities);
      missionSites = new ReferencesRecorder(missions, missions);
      missionStops = new ReferencesRecorder(missions, missions * 2);
      requestBounds = new long[requests];
      requestTopics = new ReferencesRecorder(requests, requests * 3);
      requestMissions = new ReferencesRecorder(requests, requests);
      eventTexts = new TextsRecorder(n);
      requestTexts = new TextsRecorder(requests);
    }

    /**
     * Records the next event, a mission while fewer than the missions were recorded, then an
     * activity.
     *
     * @param id the text of its id, not null
     * @param timing its timing, or empty
     * @param status its status, not null
     * @throws IllegalStateException if the columns were already built
     */
    public void event(String id, Optional<Timing> timing, Status status) {
      checkState(!built, "the columns were already built");
      int kind = events < missions ? 1 : 0;
      if (shared[kind] == null) {
        shared[kind] = id;
        sharedLength[kind] = id.length();
        skips.add(new int[] {events, id.length()});
      } else {
        int length = commonLength(shared[kind], id, sharedLength[kind]);
        if (length < sharedLength[kind]) {
          sharedLength[kind] = length;
          skips.add(new int[] {events, length});
        }
      }
      // Keyed while the id is in cache, with what the ids seen so far share; build() puts it right.
      idKeys[events] = (long) kind << 60 | keyOfId(id, sharedLength[kind]);
      bounds[events] = packBounds(timing);
      statuses[events] = (byte) status.ordinal();
      eventTexts.add(id, timing);
      events++;
    }

    /**
     * Records what only activities have: their id and modality.
     *
     * @param id the activity's id, not null
     * @param modality its modality, or empty
     */
    public void activity(ActivityId id, Optional<Modality> modality) {
      int activity = events - 1 - missions;
      activityIds[activity] = id;
      modalities[activity] = modality.isPresent() ? (byte) modality.get().ordinal() : NO_MODALITY;
    }

    /**
     * Records a theme of the current activity.
     *
     * @param position the theme's position in the programme's themes
     */
    public void activityTheme(int position) {
      activityThemes.add(position);
    }

    /**
     * Records a topic of the current activity.
     *
     * @param position the topic's position in the programme's topics
     */
    public void activityTopic(int position) {
      activityTopics.add(position);
    }

    /**
     * Records a site of the current activity.
     *
     * @param position the site's position in the programme's sites
     */
    public void activitySite(int position) {
      activitySites.add(position);
    }

    /**
     * Records a request the current activity answers.
     *
     * @param position the request's position in the programme's requests
     */
    public void activityAnswer(int position) {
      activityAnswers.add(position);
    }

    /**
     * Records a site of the current mission.
     *
     * @param position the site's position in the programme's sites
     */
    public void missionSite(int position) {
      missionSites.add(position);
    }

    /**
     * Records the place of the next stop of the current mission.
     *
     * @param position the place's position in the programme's places
     */
    public void missionStop(int position) {
      missionStops.add(position);
    }

    /**
     * Records the next request.
     *
     * @param id the text of its id, not null
     * @param timing its timing, or empty
     * @throws IllegalStateException if the columns were already built
     */
    public void request(String id, Optional<Timing> timing) {
      checkState(!built, "the columns were already built");
      requestBounds[requests++] = packBounds(timing);
      requestTexts.add(id, timing);
    }

    /**
     * Records a topic of the current request.
     *
     * @param position the topic's position in the programme's topics
     */
    public void requestTopic(int position) {
      requestTopics.add(position);
    }

    /**
     * Records a mission the current request follows up.
     *
     * @param position the mission's position in the programme's missions
     */
    public void requestMission(int position) {
      requestMissions.add(position);
    }

    /** Ends the references of the current request. */
    public void nextRequest() {
      requestTopics.next();
      requestMissions.next();
    }

    /** Ends the references of the current event. */
    public void next() {
      if (events <= missions) {
        missionSites.next();
        missionStops.next();
      } else {
        activityThemes.next();
        activityTopics.next();
        activitySites.next();
        activityAnswers.next();
      }
    }

    /**
     * Returns the columns recorded, once every mission, request and activity was.
     *
     * @return the columns, not null
     * @throws IllegalStateException if fewer events or requests were recorded than announced, or
     *     the columns were already built: building puts the keys right in place, once
     */
    public ProgrammeColumns build() {
      checkState(!built, "the columns were already built");
      checkState(events == bounds.length, "recorded %s events of %s", events, bounds.length);
      checkState(requests == requestBounds.length, "recorded %s requests of %s", requests, requestBounds.length);
      built = true;
      // The keys skip what all ids of a kind begin with, known only once every id was seen. An id
      // keyed when more was shared begins with what its kind's first id has between the two.
      for (int run = 0; run < skips.size(); run++) {
        int from = skips.get(run)[0];
        int kind = from < missions ? 1 : 0;
        int end = run + 1 < skips.size() ? skips.get(run + 1)[0] : events;
        end = Math.min(end, kind == 1 ? missions : events);
        int more = skips.get(run)[1] - sharedLength[kind];
        if (more == 0) {
          continue;
        }
        long between = keyOfId(shared[kind], sharedLength[kind]);
        for (int i = from; i < end; i++) {
          idKeys[i] = (long) kind << 60 | rekeyed(idKeys[i] & ID_KEY_MASK, between, more);
        }
      }
      return new ProgrammeColumns(this);
    }

    /**
     * Returns the key of an id from its key after {@code more} more characters: those characters,
     * the first of {@code between} (the key of an id that has them at the same place), then the
     * key's first characters, as many as still fit.
     */
    static long rekeyed(long key, long between, int more) {
      if (more >= ID_KEY_CHARACTERS) {
        return between;
      }
      int kept = 6 * (ID_KEY_CHARACTERS - more);
      return between >>> kept << kept | key >>> 6 * more;
    }

    /** Returns the length of what both texts begin with, at most {@code limit}. */
    private static int commonLength(String a, String b, int limit) {
      int length = Math.min(limit, b.length());
      for (int i = 0; i < length; i++) {
        if (a.charAt(i) != b.charAt(i)) {
          return i;
        }
      }
      return length;
    }
  }
}

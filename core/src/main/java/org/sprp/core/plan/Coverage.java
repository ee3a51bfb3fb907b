package org.sprp.core.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sprp.core.ActivityId;
import org.sprp.core.Programme;
import org.sprp.core.RequestId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.ModalityChoice;
import org.sprp.core.internal.ProgrammeColumns;
import org.sprp.core.internal.ProgrammeColumns.References;

/**
 * How a programme's knowledge-sharing activities answer its knowledge requests, and the gaps: for
 * every request and each of its topics the activities that answer it (see {@link TopicCoverage}
 * for the rule), the topics nothing answers, the sites no activity reaches, and the requested
 * modalities no answering activity offers (for a request that wants {@linkplain ModalityChoice#ANY
 * any one} of its modalities, all of them when none is offered, and none otherwise). Cancelled
 * activities answer nothing and reach no site.
 * Obtained from {@link Plan#coverage()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Coverage {

  private final Programme programme;
  private final ImmutableMap<RequestId, RequestCoverage> requests;
  private final ImmutableList<TopicCoverage> unansweredTopics;
  private final ImmutableList<SiteId> unreachedSites;

  private Coverage(Programme programme, ImmutableMap<RequestId, RequestCoverage> requests,
      ImmutableList<SiteId> unreachedSites) {
    this.programme = programme;
    this.requests = requests;
    ImmutableList.Builder<TopicCoverage> unanswered = ImmutableList.builder();
    for (RequestCoverage request : requests.values()) {
      for (TopicCoverage topic : request.topics()) {
        if (!topic.isAnswered()) {
          unanswered.add(topic);
        }
      }
    }
    this.unansweredTopics = unanswered.build();
    this.unreachedSites = unreachedSites;
  }

  /**
   * Computes the coverage in O(n + the answers by reference), in one pass over the {@linkplain
   * ProgrammeColumns columns} of the activities: each activity is added to the lists of the topics
   * it covers and, for each request it names, noted for each of that request's topics it answers,
   * which a counting sort then puts in lists by topic of each request (see {@code Answers}).
   * The list of a topic, with the modalities its activities offer, is shared by every request that
   * asks for it.
   */
  static Coverage of(Plan plan) {
    Programme programme = plan.programme();
    ProgrammeColumns columns = ProgrammeColumns.of(programme);
    List<KnowledgeRequest> requests = programme.requests();
    int topicCount = programme.topics().size();
    // Topic i of request r, in catalogue order, has the slot firstSlot[r] + i; slotTopic gives its
    // position in the programme's topics, and the answers by reference to it are noted by slot.
    int[] firstSlot = new int[requests.size() + 1];
    References topicsAsked = columns.requestTopics();
    int[] slotTopic = new int[topicsAsked.start(requests.size())];
    for (int r = 0; r < requests.size(); r++) {
      // In catalogue order: the order of their positions.
      int[] ordered = topicsAsked.positionsInOrder(r);
      System.arraycopy(ordered, 0, slotTopic, firstSlot[r], ordered.length);
      firstSlot[r + 1] = firstSlot[r] + ordered.length;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    ImmutableList.Builder<ActivityId>[] byTopic = new ImmutableList.Builder[topicCount];
    int[] topicModalities = new int[topicCount];
    int[] offered = new int[requests.size()];
    boolean[] reached = new boolean[programme.sites().size()];
    References topics = columns.activityTopics();
    References answers = columns.activityAnswers();
    References sites = columns.activitySites();
    int missions = columns.missions();
    int cancelled = Status.CANCELLED.ordinal();
    int activities = columns.events() - missions;
    // As many pairs as answers by reference to begin with (start of one past the last activity).
    Answers answered = new Answers(answers.start(activities));
    for (int a = 0; a < activities; a++) {
      if (columns.status(missions + a) == cancelled) {
        continue;
      }
      ActivityId id = columns.activityId(a);
      int modality = columns.modality(a) == ProgrammeColumns.NO_MODALITY ? 0 : 1 << columns.modality(a);
      int topicsStart = topics.start(a);
      int topicsEnd = topics.end(a);
      for (int k = topicsStart; k < topicsEnd; k++) {
        int topic = topics.position(k);
        if (byTopic[topic] == null) {
          byTopic[topic] = ImmutableList.builder();
        }
        byTopic[topic].add(id);
        topicModalities[topic] |= modality;
      }
      for (int k = answers.start(a); k < answers.end(a); k++) {
        int request = answers.position(k);
        for (int slot = firstSlot[request]; slot < firstSlot[request + 1]; slot++) {
          // An activity without topics answers every topic of the requests it names.
          if (topicsStart == topicsEnd || covers(topics, topicsStart, topicsEnd, slotTopic[slot])) {
            answered.add(slot, a);
            offered[request] |= modality;
          }
        }
      }
      for (int k = sites.start(a); k < sites.end(a); k++) {
        reached[sites.position(k)] = true;
      }
    }
    ImmutableList<ActivityId> byReference = answered.inSlotOrder(slotTopic.length, columns);
    List<ImmutableList<ActivityId>> covering = new ArrayList<>(topicCount);
    for (int t = 0; t < topicCount; t++) {
      covering.add(byTopic[t] == null ? ImmutableList.of() : byTopic[t].build());
    }

    ImmutableMap.Builder<RequestId, RequestCoverage> coverage = ImmutableMap.builder();
    for (int r = 0; r < requests.size(); r++) {
      KnowledgeRequest request = requests.get(r);
      ImmutableList.Builder<TopicCoverage> topicCoverage = ImmutableList.builder();
      for (int slot = firstSlot[r]; slot < firstSlot[r + 1]; slot++) {
        int topic = slotTopic[slot];
        offered[r] |= topicModalities[topic];
        topicCoverage.add(new TopicCoverage(request.id(), programme.topics().get(topic).id(),
            answered.ofSlot(byReference, slot), covering.get(topic)));
      }
      Set<Modality> unoffered = EnumSet.noneOf(Modality.class);
      for (Modality modality : request.modalities()) {
        if ((offered[r] & 1 << modality.ordinal()) == 0) {
          unoffered.add(modality);
        }
      }
      if (request.modalityChoice() == ModalityChoice.ANY && unoffered.size() < request.modalities().size()) {
        // One of the modalities is offered, and any one will do.
        unoffered.clear();
      }
      coverage.put(request.id(), new RequestCoverage(request.id(), topicCoverage.build(),
          ImmutableSet.copyOf(unoffered), request.modalityChoice()));
    }

    ImmutableList.Builder<SiteId> unreached = ImmutableList.builder();
    for (int s = 0; s < reached.length; s++) {
      if (!reached[s]) {
        unreached.add(programme.sites().get(s).id());
      }
    }
    return new Coverage(programme, coverage.buildOrThrow(), unreached.build());
  }

  /**
   * The answers by reference, noted as pairs (slot, activity) in the order of the activities: one
   * sequential write each, where appending to the list of its slot reached into one of thousands of
   * lists at random. A counting sort then puts them in slot order, each slot's activities in the
   * programme's order, in one list whose sublists are the slots' lists.
   */
  private static final class Answers {
    private int[] pairs;
    private int size;
    /** Once sorted: where each slot's activities start in the list, and end (where the next start). */
    private int[] starts;

    Answers(int expected) {
      pairs = new int[2 * Math.max(expected, 8)];
    }

    void add(int slot, int activity) {
      if (2 * size + 2 > pairs.length) {
        pairs = Arrays.copyOf(pairs, 2 * pairs.length);
      }
      pairs[2 * size] = slot;
      pairs[2 * size + 1] = activity;
      size++;
    }

    /** Returns the activities' ids in slot order, then in the order they were noted. */
    ImmutableList<ActivityId> inSlotOrder(int slots, ProgrammeColumns columns) {
      starts = new int[slots + 1];
      for (int p = 0; p < size; p++) {
        starts[pairs[2 * p] + 1]++;
      }
      for (int s = 1; s <= slots; s++) {
        starts[s] += starts[s - 1];
      }
      int[] next = Arrays.copyOf(starts, slots);
      ActivityId[] ids = new ActivityId[size];
      for (int p = 0; p < size; p++) {
        ids[next[pairs[2 * p]]++] = columns.activityId(pairs[2 * p + 1]);
      }
      return ImmutableList.copyOf(ids);
    }

    /** Returns the activities of one slot, a view of the list {@link #inSlotOrder} returned. */
    ImmutableList<ActivityId> ofSlot(ImmutableList<ActivityId> sorted, int slot) {
      return sorted.subList(starts[slot], starts[slot + 1]);
    }
  }

  /** Tells whether the references from {@code start} to {@code end} name the topic. */
  private static boolean covers(References topics, int start, int end, int topic) {
    for (int k = start; k < end; k++) {
      if (topics.position(k) == topic) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the coverage of every request.
   *
   * @return the requests' coverage, in the programme's order of requests
   */
  public ImmutableList<RequestCoverage> requests() {
    return requests.values().asList();
  }

  /**
   * Returns the coverage of one request.
   *
   * @param request the request, not null
   * @return its coverage, not null
   * @throws IllegalArgumentException if the programme has no such request: asking about it is a
   *     mistake, not an empty answer, as for every query of a {@link Plan}
   */
  public RequestCoverage request(RequestId request) {
    RequestCoverage coverage = requests.get(requireNonNull(request, "request"));
    if (coverage == null) {
      // Every request of the programme has its coverage: one without is not in the programme.
      Plan.requireKnown(programme, request, "request");
    }
    return coverage;
  }

  /**
   * Returns the topics of requests that no activity answers, by reference or by topic.
   *
   * @return the unanswered topics, by request in the programme's order, then in the order of the
   *     programme's list of topics
   */
  public ImmutableList<TopicCoverage> unansweredTopics() {
    return unansweredTopics;
  }

  /**
   * Returns the pilot sites that no activity (other than a cancelled one) has taking part.
   *
   * @return the sites, in the programme's order
   */
  public ImmutableList<SiteId> unreachedSites() {
    return unreachedSites;
  }

  /**
   * Tells whether there is no gap: every topic answered, every site reached, and every requested
   * modality offered, or one of them where the request wants {@linkplain ModalityChoice#ANY any
   * one}.
   *
   * @return true if there is no gap
   */
  public boolean isComplete() {
    return unansweredTopics.isEmpty() && unreachedSites.isEmpty()
        && requests.values().stream().allMatch(r -> r.unofferedModalities().isEmpty());
  }

  /**
   * Returns the coverage as text: each request with its topics, then the gaps.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (RequestCoverage request : requests.values()) {
      text.append(request).append('\n');
    }
    text.append("unanswered topics: ").append(unansweredTopics.stream()
        .map(topic -> topic.request() + "/" + topic.topic()).collect(Collectors.toList())).append('\n');
    text.append("unreached sites: ").append(unreachedSites);
    return text.toString();
  }
}

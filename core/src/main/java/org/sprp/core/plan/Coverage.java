package org.sprp.core.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sprp.core.ActivityId;
import org.sprp.core.Programme;
import org.sprp.core.RequestId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.TopicId;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.ModalityChoice;
import org.sprp.core.activity.PilotSite;

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
   * Computes the coverage in O(n + the answers by reference), in one pass over the activities:
   * each activity is added to the lists of the topics it covers and, for each request it names, to
   * the lists of that request's topics it answers. The list of a topic, with the modalities its
   * activities offer, is shared by every request that asks for it.
   */
  static Coverage of(Plan plan) {
    Map<RequestId, Answers> answers = new HashMap<>();
    List<Answers> inOrder = new ArrayList<>();
    for (KnowledgeRequest request : plan.programme().requests()) {
      Answers answersOf = new Answers(request, plan.inCatalogueOrder(request.topics()));
      inOrder.add(answersOf);
      answers.putIfAbsent(request.id(), answersOf);
    }
    ImmutableListMultimap.Builder<TopicId, ActivityId> byTopic = ImmutableListMultimap.builder();
    Map<TopicId, Set<Modality>> topicModalities = new HashMap<>();
    Set<SiteId> reached = new HashSet<>();
    for (KnowledgeActivity activity : plan.programme().activities()) {
      if (activity.status() == Status.CANCELLED) {
        continue;
      }
      for (RequestId request : activity.answers()) {
        answers.get(request).add(activity);
      }
      for (TopicId topic : activity.topics()) {
        byTopic.put(topic, activity.id());
        Set<Modality> offered = topicModalities.computeIfAbsent(topic, t -> EnumSet.noneOf(Modality.class));
        activity.modality().ifPresent(offered::add);
      }
      reached.addAll(activity.sites());
    }
    ImmutableListMultimap<TopicId, ActivityId> covering = byTopic.build();

    ImmutableMap.Builder<RequestId, RequestCoverage> requests = ImmutableMap.builder();
    for (Answers answersOf : inOrder) {
      KnowledgeRequest request = answersOf.request;
      ImmutableList.Builder<TopicCoverage> topics = ImmutableList.builder();
      for (int i = 0; i < answersOf.topics.size(); i++) {
        TopicId topic = answersOf.topics.get(i);
        answersOf.offered.addAll(topicModalities.getOrDefault(topic, EnumSet.noneOf(Modality.class)));
        topics.add(new TopicCoverage(request.id(), topic, answersOf.byReference.get(i).build(), covering.get(topic)));
      }
      Set<Modality> unoffered = EnumSet.noneOf(Modality.class);
      unoffered.addAll(request.modalities());
      unoffered.removeAll(answersOf.offered);
      if (request.modalityChoice() == ModalityChoice.ANY && unoffered.size() < request.modalities().size()) {
        // One of the modalities is offered, and any one will do.
        unoffered.clear();
      }
      requests.put(request.id(), new RequestCoverage(request.id(), topics.build(), ImmutableSet.copyOf(unoffered),
          request.modalityChoice()));
    }

    ImmutableList.Builder<SiteId> unreached = ImmutableList.builder();
    for (PilotSite site : plan.programme().sites()) {
      if (!reached.contains(site.id())) {
        unreached.add(site.id());
      }
    }
    return new Coverage(plan.programme(), requests.buildKeepingLast(), unreached.build());
  }

  /** The activities that answer one request by reference, by topic of the request, as they are found. */
  private static final class Answers {
    final KnowledgeRequest request;
    final ImmutableList<TopicId> topics;
    final List<ImmutableList.Builder<ActivityId>> byReference;
    final Set<Modality> offered = EnumSet.noneOf(Modality.class);

    Answers(KnowledgeRequest request, ImmutableList<TopicId> topics) {
      this.request = request;
      this.topics = topics;
      this.byReference = new ArrayList<>(topics.size());
      for (int i = 0; i < topics.size(); i++) {
        byReference.add(ImmutableList.builder());
      }
    }

    /** Adds an activity that names the request to each topic it answers: all when it has none. */
    void add(KnowledgeActivity activity) {
      for (int i = 0; i < topics.size(); i++) {
        if (activity.topics().isEmpty() || activity.topics().contains(topics.get(i))) {
          byReference.get(i).add(activity.id());
          activity.modality().ifPresent(offered::add);
        }
      }
    }
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

package org.sprp.core.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.stream.Collectors;
import org.sprp.core.RequestId;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.ModalityChoice;

/**
 * How the activities answer one knowledge request: each of its topics, and the modalities
 * (in-country, abroad) it asks for that no activity answering it offers. An activity answers the
 * request when it answers any of its topics (see {@link TopicCoverage}). When the request wants
 * {@linkplain ModalityChoice#ANY any one} of its modalities, they are all unoffered when no
 * answering activity offers one, and none is when one does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RequestCoverage {

  private final RequestId request;
  private final ImmutableList<TopicCoverage> topics;
  private final ImmutableSet<Modality> unofferedModalities;
  private final ModalityChoice choice;

  RequestCoverage(RequestId request, ImmutableList<TopicCoverage> topics,
      ImmutableSet<Modality> unofferedModalities, ModalityChoice choice) {
    this.request = request;
    this.topics = topics;
    this.unofferedModalities = unofferedModalities;
    this.choice = choice;
  }

  /**
   * Returns the request.
   *
   * @return the request, not null
   */
  public RequestId request() {
    return request;
  }

  /**
   * Returns the coverage of each topic of the request.
   *
   * @return the topics' coverage, in the order of the programme's list of topics, which reports
   *     follow, rather than the request's set in id order
   */
  public ImmutableList<TopicCoverage> topics() {
    return topics;
  }

  /**
   * Returns the modalities the request asks for that no activity answering it offers.
   *
   * @return the modalities, in the order {@link Modality} declares them: empty when all are
   *     offered, or when one is and the request wants any one of them; all of the request's when it
   *     wants any one and none is offered
   */
  public ImmutableSet<Modality> unofferedModalities() {
    return unofferedModalities;
  }

  /**
   * Returns whether the request wants each of its modalities or any one of them, which says how to
   * read {@link #unofferedModalities()}: each one missing, or none of them offered.
   *
   * @return the request's choice, not null
   */
  public ModalityChoice modalityChoice() {
    return choice;
  }

  /**
   * Returns the coverage as text, one topic a line, then the modalities not offered as the JSON
   * format writes them: {@code in-country, abroad} when each is wanted, {@code in-country or
   * abroad} when any one would do.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(request.toString());
    for (TopicCoverage topic : topics) {
      text.append("\n  ").append(topic.topic()).append(": by reference ").append(topic.byReference())
          .append(", by topic ").append(topic.byTopic());
    }
    if (!unofferedModalities.isEmpty()) {
      text.append("\n  modalities not offered: ")
          .append(unofferedModalities.stream().map(EntityFields::text)
              .collect(Collectors.joining(choice == ModalityChoice.ANY ? " or " : ", ")));
    }
    return text.toString();
  }
}

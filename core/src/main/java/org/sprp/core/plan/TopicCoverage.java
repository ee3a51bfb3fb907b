package org.sprp.core.plan;

import com.google.common.collect.ImmutableList;
import org.sprp.core.ActivityId;
import org.sprp.core.RequestId;
import org.sprp.core.TopicId;

/**
 * The activities that answer one topic of one knowledge request. An activity answers it <em>by
 * reference</em> when it names the request among those it answers and either lists no topics (it
 * answers the whole request) or lists this topic; it answers it <em>by topic</em> when it lists the
 * topic, whether or not it names the request, so an activity may be in both lists. Cancelled
 * activities answer nothing. The list by topic is the same for every request asking for the topic,
 * and shared by them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TopicCoverage {

  private final RequestId request;
  private final TopicId topic;
  private final ImmutableList<ActivityId> byReference;
  private final ImmutableList<ActivityId> byTopic;

  TopicCoverage(RequestId request, TopicId topic, ImmutableList<ActivityId> byReference,
      ImmutableList<ActivityId> byTopic) {
    this.request = request;
    this.topic = topic;
    this.byReference = byReference;
    this.byTopic = byTopic;
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
   * Returns the topic of the request.
   *
   * @return the topic, not null
   */
  public TopicId topic() {
    return topic;
  }

  /**
   * Returns the activities that answer the topic by naming the request.
   *
   * @return the activities, in the programme's order, possibly empty
   */
  public ImmutableList<ActivityId> byReference() {
    return byReference;
  }

  /**
   * Returns the activities that list the topic, whether or not they name the request.
   *
   * @return the activities, in the programme's order, possibly empty
   */
  public ImmutableList<ActivityId> byTopic() {
    return byTopic;
  }

  /**
   * Tells whether any activity answers the topic, by reference or by topic.
   *
   * @return true if answered
   */
  public boolean isAnswered() {
    return !byReference.isEmpty() || !byTopic.isEmpty();
  }

  /**
   * Returns the coverage as text, such as {@code provinces-fields-of-interest/monitoring: by
   * reference [training-in-situ-2016-02], by topic []}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return request + "/" + topic + ": by reference " + byReference + ", by topic " + byTopic;
  }
}

package org.sprp.core.activity;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.sprp.core.ActivityId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.RequestId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.ThemeId;
import org.sprp.core.TopicId;
import org.sprp.core.internal.Checks;
import org.sprp.core.time.Timing;

/**
 * A knowledge-sharing activity: a panel discussion, a training in China or abroad, a study visit,
 * a workshop, a seminar, a conference or contacts with a site. For example the second panel
 * discussion of C1, dealing among others with migrant workers' social security, with
 * representatives of pilot sites in Guangdong and Sichuan; or the training in Spain in 2016 on
 * ageing.
 *
 * <p>A sequence number, where the activity has one ("the second panel discussion"), is at least 1.
 * Build one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(TimelineEvent) cannot copy the covariant id; from(KnowledgeActivity) does
public abstract non-sealed class KnowledgeActivity implements TimelineEvent {

  KnowledgeActivity() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the activity.
   *
   * @return the id, such as {@code training-spain-2016}
   */
  @Override
  public abstract ActivityId id();

  /**
   * Returns the form of the activity.
   *
   * @return the kind, not null
   */
  public abstract ActivityKind kind();

  /**
   * Returns the number of the activity among those of its kind, such as 2 for the second panel
   * discussion.
   *
   * @return the sequence number, at least 1, or empty
   */
  public abstract OptionalInt sequenceNumber();

  /**
   * Returns the title of the activity.
   *
   * @return the title, not blank
   */
  @Override
  public abstract String title();

  /**
   * Returns whether the activity takes place in China or abroad.
   *
   * @return the modality, or empty when not decided
   */
  public abstract Optional<Modality> modality();

  /**
   * Returns the place the activity takes place in, such as Spain.
   *
   * @return the venue, or empty when not decided
   */
  public abstract Optional<PlaceId> venue();

  /**
   * Returns the themes of the activity.
   *
   * @return the themes, possibly empty, in id order
   */
  @Override
  public abstract ImmutableSet<ThemeId> themes();

  /**
   * Returns the topics the activity covers.
   *
   * @return the topics, possibly empty, in id order
   */
  public abstract ImmutableSet<TopicId> topics();

  /**
   * Returns the pilot sites whose representatives take part.
   *
   * @return the sites, possibly empty, in id order
   */
  @Override
  public abstract ImmutableSet<SiteId> sites();

  /**
   * Returns the knowledge requests the activity answers.
   *
   * @return the requests, possibly empty, in id order
   */
  public abstract ImmutableSet<RequestId> answers();

  /**
   * Returns the organisations that organise the activity, such as NDRC and the C1 team.
   *
   * @return the organisers, possibly empty, in id order
   */
  public abstract ImmutableSet<OrganisationId> organisers();

  /**
   * Returns where the activity stands.
   *
   * @return the status, not null
   */
  @Override
  public abstract Status status();

  /**
   * Returns when the activity takes place.
   *
   * @return the timing, such as {@code 2016-02?}, or empty when not known ("at a later stage")
   */
  @Override
  public abstract Optional<Timing> timing();

  /**
   * Returns what else is known of the activity, such as that suggestions are sought from site
   * representatives.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the venue, if any, as the places of this event.
   *
   * @return the venue alone, or no place
   */
  @Override
  public ImmutableSet<PlaceId> places() {
    return venue().map(ImmutableSet::of).orElse(ImmutableSet.of());
  }

  /**
   * Holds every set in natural order (ids by kind, then text; enum constants as declared),
   * whatever order the builder was given, so that equal values iterate, print and are written alike.
   */
  @Value.Check
  KnowledgeActivity inNaturalOrder() {
    if (Checks.isInNaturalOrder(themes())
        && Checks.isInNaturalOrder(topics())
        && Checks.isInNaturalOrder(sites())
        && Checks.isInNaturalOrder(answers())
        && Checks.isInNaturalOrder(organisers())) {
      return this;
    }
    return builder().from(this)
        .themes(Checks.inNaturalOrder(themes()))
        .topics(Checks.inNaturalOrder(topics()))
        .sites(Checks.inNaturalOrder(sites()))
        .answers(Checks.inNaturalOrder(answers()))
        .organisers(Checks.inNaturalOrder(organisers()))
        .build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(title(), "KnowledgeActivity", id(), "title");
    Checks.notBlank(description(), "KnowledgeActivity", id(), "description");
    if (sequenceNumber().isPresent() && sequenceNumber().getAsInt() < 1) {
      throw Checks.invalid("KnowledgeActivity", id(),
          "sequenceNumber " + sequenceNumber().getAsInt() + " must be at least 1");
    }
  }

  /**
   * Builds a {@link KnowledgeActivity}; {@code id}, {@code kind}, {@code title} and {@code status}
   * are required. {@code from(KnowledgeActivity)} copies every attribute of an activity; {@code
   * from(TimelineEvent)} copies only what every event has (title, status, timing, sites, themes),
   * so that an activity can start from a mission's.
   */
  public static final class Builder extends ImmutableKnowledgeActivity.Builder {
    Builder() {}

    /**
     * Builds the activity from what was given, checking it.
     *
     * @return the activity, not null
     * @throws IllegalStateException if {@code id}, {@code kind}, {@code title} or {@code status} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the activity, named in the message
     */
    @Override
    public KnowledgeActivity build() {
      return super.build();
    }
  }
}

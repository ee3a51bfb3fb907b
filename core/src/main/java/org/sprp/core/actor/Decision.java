package org.sprp.core.actor;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.sprp.core.DecisionId;
import org.sprp.core.Entity;
import org.sprp.core.EntityId;
import org.sprp.core.MeetingId;
import org.sprp.core.OrganisationId;
import org.sprp.core.internal.Checks;
import org.sprp.core.time.Timing;

/**
 * A decision taken in the programme, either at a governance {@link Meeting} ("the Project
 * Advisory Committee endorsed three pilot sites") or by organisations between meetings ("it was
 * decided by NDRC and the C1 team that the second panel discussion would associate
 * representatives of selected pilot sites"). It refers to the entities it decides on.
 *
 * <p>A decision names a meeting, or the organisations that took it, or both. Build one with
 * {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Entity) could copy only the covariant id, so there is none
public abstract class Decision implements Entity {

  Decision() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the decision.
   *
   * @return the id, not null
   */
  public abstract DecisionId id();

  /**
   * Returns what was decided, in a sentence.
   *
   * @return the summary, not blank
   */
  public abstract String summary();

  /**
   * Returns the meeting at which the decision was taken.
   *
   * @return the meeting, or empty for a decision taken outside a meeting
   */
  public abstract Optional<MeetingId> meeting();

  /**
   * Returns the organisations that took the decision outside a meeting.
   *
   * @return the organisations, possibly empty when a meeting is given, in id order
   */
  public abstract ImmutableSet<OrganisationId> decidedBy();

  /**
   * Returns when the decision was taken, where it is known apart from a meeting's date.
   *
   * @return the timing, or empty
   */
  public abstract Optional<Timing> timing();

  /**
   * Returns the entities the decision is about: the pilot sites it endorses, the activity it
   * shapes.
   *
   * @return the ids of any kind, in id order: by kind, then by text
   */
  public abstract ImmutableSet<EntityId> subjects();

  /**
   * Holds every set in natural order (ids by kind, then text; enum constants as declared),
   * whatever order the builder was given, so that equal values iterate, print and are written alike.
   */
  @Value.Check
  Decision inNaturalOrder() {
    if (Checks.isInNaturalOrder(decidedBy())
        && Checks.isInNaturalOrder(subjects())) {
      return this;
    }
    return builder().from(this)
        .decidedBy(Checks.inNaturalOrder(decidedBy()))
        .subjects(Checks.inNaturalOrder(subjects()))
        .build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(summary(), "Decision", id(), "summary");
    if (meeting().isEmpty() && decidedBy().isEmpty()) {
      throw Checks.invalid("Decision", id(),
          "meeting or decidedBy must be given: a decision is taken at a meeting or by organisations");
    }
  }

  /**
   * Returns the decision as text, its fields by name, each subject after its kind since ids of
   * different kinds may share a text: {@code Decision{id=endorse-pilot-sites, summary=...,
   * meeting=pac-2015-04, decidedBy=[], subjects=[site huizhou, site luzhou]}}. Absent fields are
   * left out.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Decision")
        .omitNullValues()
        .add("id", id())
        .add("summary", summary())
        .add("meeting", meeting().orElse(null))
        .add("decidedBy", decidedBy())
        .add("timing", timing().orElse(null))
        .add("subjects", subjects().stream().map(subject -> subject.kind() + " " + subject).toList())
        .toString();
  }

  /** Builds a {@link Decision}; {@code id} and {@code summary} are required. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}

    /**
     * Builds the decision from what was given, checking it.
     *
     * @return the decision, not null
     * @throws IllegalStateException if {@code id} or {@code summary} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the decision, named in the message
     */
    @Override
    public Decision build() {
      return super.build();
    }
  }
}

package org.sprp.core.activity;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;
import org.sprp.core.Entity;
import org.sprp.core.MissionId;
import org.sprp.core.OrganisationId;
import org.sprp.core.RequestId;
import org.sprp.core.SiteId;
import org.sprp.core.TopicId;
import org.sprp.core.internal.Checks;
import org.sprp.core.time.Timing;

/**
 * A request for knowledge sharing: which bodies asked, to whom, after which missions and by which
 * channel, on which topics, and in which modalities (in-country or abroad). The provinces' detailed
 * documents sent to NDRC and shared with the C1 team after the missions of September 2015 are such
 * requests.
 *
 * <p>A request names at least one requesting body and at least one topic. Build one with {@link
 * #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // from(Entity) could copy only the covariant id, so there is none
public abstract class KnowledgeRequest implements Entity {

  KnowledgeRequest() {}

  /**
   * Returns a new builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the request.
   *
   * @return the id, not null
   */
  public abstract RequestId id();

  /**
   * Returns the bodies that made the request, such as a provincial government.
   *
   * @return the requesting bodies, never empty, in id order
   */
  public abstract ImmutableSet<OrganisationId> requestedBy();

  /**
   * Returns the bodies the request was sent to or shared with, such as NDRC and the C1 team.
   *
   * @return the recipients, possibly empty, in id order
   */
  public abstract ImmutableSet<OrganisationId> recipients();

  /**
   * Returns the missions the request follows up.
   *
   * @return the missions, possibly empty, in id order
   */
  public abstract ImmutableSet<MissionId> followUpOf();

  /**
   * Returns how the request arrived.
   *
   * @return the channel, not null
   */
  public abstract RequestChannel channel();

  /**
   * Returns the topics requested.
   *
   * @return the topics, never empty, in id order
   */
  public abstract ImmutableSet<TopicId> topics();

  /**
   * Returns the modalities the requesters ask for; {@link #modalityChoice()} says whether they want
   * each of them or any one of them.
   *
   * @return the modalities, possibly empty when no preference was said, in the order of {@link
   *     Modality}'s constants
   */
  public abstract ImmutableSet<Modality> modalities();

  /**
   * Returns whether the requesters want each of their {@linkplain #modalities() modalities} or any
   * one of them ("either in-country or abroad"). {@link ModalityChoice#ANY} needs at least two
   * modalities to choose from.
   *
   * @return the choice, {@link ModalityChoice#EACH} unless the builder was given another
   */
  @Value.Default
  public ModalityChoice modalityChoice() {
    return ModalityChoice.EACH;
  }

  /**
   * Returns the pilot sites on whose behalf the request was made.
   *
   * @return the sites, possibly empty, in id order
   */
  public abstract ImmutableSet<SiteId> sites();

  /**
   * Returns when the request was made.
   *
   * @return the timing, or empty when not known
   */
  public abstract Optional<Timing> timing();

  /**
   * Returns what else the request says, such as the form of knowledge sharing it asks for.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Holds every set in natural order (ids by kind, then text; enum constants as declared),
   * whatever order the builder was given, so that equal values iterate, print and are written alike.
   */
  @Value.Check
  KnowledgeRequest inNaturalOrder() {
    if (Checks.isInNaturalOrder(requestedBy())
        && Checks.isInNaturalOrder(recipients())
        && Checks.isInNaturalOrder(followUpOf())
        && Checks.isInNaturalOrder(topics())
        && Checks.isInNaturalOrder(sites())) {
      return this;
    }
    return builder().from(this)
        .requestedBy(Checks.inNaturalOrder(requestedBy()))
        .recipients(Checks.inNaturalOrder(recipients()))
        .followUpOf(Checks.inNaturalOrder(followUpOf()))
        .topics(Checks.inNaturalOrder(topics()))
        .sites(Checks.inNaturalOrder(sites()))
        .build();
  }

  @Value.Check
  void check() {
    Checks.notEmpty(requestedBy(), "KnowledgeRequest", id(), "requestedBy",
        "a request is made by at least one body");
    Checks.notEmpty(topics(), "KnowledgeRequest", id(), "topics", "a request asks for at least one topic");
    Checks.notBlank(description(), "KnowledgeRequest", id(), "description");
    if (modalityChoice() == ModalityChoice.ANY && modalities().size() < 2) {
      throw Checks.invalid("KnowledgeRequest", id(), "modalityChoice any needs at least two modalities to choose "
          + "from, but there " + (modalities().isEmpty() ? "are none" : "is one, " + modalities().iterator().next()));
    }
  }

  /**
   * Builds a {@link KnowledgeRequest}; {@code id}, {@code channel}, one requesting body and one
   * topic are required.
   */
  public static final class Builder extends ImmutableKnowledgeRequest.Builder {
    Builder() {}

    /**
     * Builds the request from what was given, checking it.
     *
     * @return the request, not null
     * @throws IllegalStateException if {@code id} or {@code channel} was not given
     * @throws IllegalArgumentException if a value given breaks a rule of the request, named in the message
     */
    @Override
    public KnowledgeRequest build() {
      return super.build();
    }
  }
}

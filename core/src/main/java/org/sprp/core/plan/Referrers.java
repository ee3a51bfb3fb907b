package org.sprp.core.plan;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Optional;
import org.sprp.core.Component;
import org.sprp.core.EntityId;
import org.sprp.core.Programme;
import org.sprp.core.Topic;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.place.Place;

/**
 * Finds the places in a programme that refer to one entity, as paths in the form of {@link
 * org.sprp.core.Problem} paths ({@code activities[panel-discussion-2].sites[1]}), other than the
 * entity's own references to itself. It visits the same references, in the same order, as the
 * check of a programme does; one scan costs O(size of the programme).
 */
final class Referrers {

  private final EntityId target;
  private final ImmutableList.Builder<String> paths = ImmutableList.builder();

  private Referrers(EntityId target) {
    this.target = target;
  }

  static ImmutableList<String> of(Programme programme, EntityId target) {
    return new Referrers(target).scan(programme);
  }

  private ImmutableList<String> scan(Programme programme) {
    for (Component component : programme.components()) {
      one("components[" + component.id() + "].lead", component.lead());
    }
    for (Topic topic : programme.topics()) {
      all("topics[" + topic.id() + "].themes", topic.themes());
    }
    for (Place place : programme.places()) {
      one("places[" + place.id() + "].parent", place.parent());
    }
    for (Organisation organisation : programme.organisations()) {
      one("organisations[" + organisation.id() + "].place", organisation.place());
    }
    for (Meeting meeting : programme.meetings()) {
      one("meetings[" + meeting.id() + "].body", Optional.of(meeting.body()));
    }
    for (Decision decision : programme.decisions()) {
      if (decision.id().equals(target)) {
        // Only a decision can refer to itself (among its subjects), and that does not keep it in use.
        continue;
      }
      String at = "decisions[" + decision.id() + "]";
      one(at + ".meeting", decision.meeting());
      all(at + ".decidedBy", decision.decidedBy());
      all(at + ".subjects", decision.subjects());
    }
    for (PilotSite site : programme.sites()) {
      String at = "sites[" + site.id() + "]";
      one(at + ".place", Optional.of(site.place()));
      one(at + ".component", Optional.of(site.component()));
      all(at + ".themes", site.themes());
      one(at + ".endorsedBy", site.endorsedBy());
    }
    for (Mission mission : programme.missions()) {
      String at = "missions[" + mission.id() + "]";
      one(at + ".initiator", Optional.of(mission.initiator()));
      all(at + ".participants", mission.participants());
      for (int i = 0; i < mission.stops().size(); i++) {
        MissionStop stop = mission.stops().get(i);
        String stopAt = at + ".stops[" + i + "]";
        one(stopAt + ".place", Optional.of(stop.place()));
        for (int j = 0; j < stop.engagements().size(); j++) {
          one(stopAt + ".engagements[" + j + "].counterpart", stop.engagements().get(j).counterpart());
        }
      }
      all(at + ".sites", mission.sites());
      all(at + ".themes", mission.themes());
    }
    for (KnowledgeRequest request : programme.requests()) {
      String at = "requests[" + request.id() + "]";
      all(at + ".requestedBy", request.requestedBy());
      all(at + ".recipients", request.recipients());
      all(at + ".followUpOf", request.followUpOf());
      all(at + ".topics", request.topics());
      all(at + ".sites", request.sites());
    }
    for (KnowledgeActivity activity : programme.activities()) {
      String at = "activities[" + activity.id() + "]";
      one(at + ".venue", activity.venue());
      all(at + ".themes", activity.themes());
      all(at + ".topics", activity.topics());
      all(at + ".sites", activity.sites());
      all(at + ".answers", activity.answers());
      all(at + ".organisers", activity.organisers());
    }
    return paths.build();
  }

  private void one(String path, Optional<? extends EntityId> reference) {
    if (reference.isPresent() && reference.get().equals(target)) {
      paths.add(path);
    }
  }

  private void all(String path, Collection<? extends EntityId> references) {
    int i = 0;
    for (EntityId reference : references) {
      if (reference.equals(target)) {
        paths.add(path + "[" + i + "]");
      }
      i++;
    }
  }
}

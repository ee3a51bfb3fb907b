package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sprp.core.plan.SmallProgramme.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sprp.core.EntityId;
import org.sprp.core.InvalidProgrammeException;
import org.sprp.core.Problem;
import org.sprp.core.Programme;

/**
 * Specification of {@link Referrers}, on {@link SmallProgramme#governed()}, where every kind of
 * reference a programme has is used at least once.
 */
class ReferrersTest {

  private final Programme programme = SmallProgramme.governed().build();

  private List<String> referrers(EntityId id) {
    return Referrers.of(programme, id);
  }

  @Test
  void anOrganisationAsLeadBodyDeciderInitiatorCounterpartRecipientAndOrganiser() {
    assertThat(referrers(NDRC)).containsExactly(
        "components[c1].lead",
        "meetings[steering-2015].body",
        "decisions[endorse-sites].decidedBy[0]",
        "missions[visit-sichuan].initiator",
        "missions[visit-sichuan].stops[1].engagements[1].counterpart",
        "requests[sichuan-request].recipients[0]",
        "activities[training-luzhou].organisers[0]");
    assertThat(referrers(SICHUAN_GOVERNMENT)).containsExactly(
        "decisions[endorse-sites].decidedBy[1]",
        "decisions[fund-training].decidedBy[1]",
        "missions[visit-sichuan].participants[1]",
        "missions[visit-sichuan].stops[0].engagements[0].counterpart",
        "requests[sichuan-request].requestedBy[0]");
    assertThat(referrers(EU)).containsExactly("decisions[fund-training].decidedBy[0]",
        "missions[visit-sichuan].participants[0]");
  }

  @Test
  void aPlaceAsParentOrganisationPlaceSitePlaceStopAndVenue() {
    assertThat(referrers(SICHUAN)).containsExactly("places[luzhou].parent", "places[chengdu].parent",
        "organisations[sichuan-government].place");
    assertThat(referrers(LUZHOU)).containsExactly("sites[luzhou].place", "missions[visit-sichuan].stops[0].place",
        "activities[training-luzhou].venue");
    assertThat(referrers(CHENGDU)).containsExactly("missions[visit-sichuan].stops[1].place");
    assertThat(referrers(SPAIN)).containsExactly("activities[study-visit].venue");
  }

  @Test
  void aThemeOfTopicsSitesMissionsAndActivities() {
    assertThat(referrers(MIGRANT_WORKERS)).containsExactly(
        "topics[portability].themes[0]",
        "sites[luzhou].themes[0]",
        "sites[huizhou].themes[0]",
        "missions[visit-sichuan].themes[0]",
        "activities[seminar-huizhou].themes[0]",
        "activities[study-visit].themes[0]");
    assertThat(referrers(AGEING)).isEmpty();
  }

  @Test
  void theOtherEntitiesWherePlansAndActivitiesNameThem() {
    assertThat(referrers(C1)).containsExactly("sites[luzhou].component", "sites[huizhou].component");
    assertThat(referrers(PORTABILITY)).containsExactly("requests[sichuan-request].topics[1]",
        "activities[seminar-huizhou].topics[0]", "activities[study-visit].topics[0]");
    assertThat(referrers(STEERING)).containsExactly("decisions[endorse-sites].meeting");
    assertThat(referrers(ENDORSE)).containsExactly("sites[luzhou].endorsedBy");
    assertThat(referrers(VISIT)).containsExactly("requests[sichuan-request].followUpOf[0]");
    assertThat(referrers(REQUEST)).containsExactly("activities[training-luzhou].answers[0]",
        "activities[study-visit].answers[0]");
    assertThat(referrers(SEMINAR)).containsExactly("decisions[endorse-sites].subjects[0]");
  }

  @Test
  void aSiteByDecisionsMissionsRequestsAndActivities_atItsIndexInEachList() {
    assertThat(referrers(LUZHOU_SITE)).containsExactly(
        "decisions[endorse-sites].subjects[1]",
        "missions[visit-sichuan].sites[0]",
        "requests[sichuan-request].sites[0]",
        "activities[training-luzhou].sites[0]",
        "activities[study-visit].sites[1]");
    assertThat(referrers(HUIZHOU_SITE)).containsExactly("activities[seminar-huizhou].sites[0]",
        "activities[study-visit].sites[0]");
  }

  @Test
  void areTheReferencesTheCheckFindsUnresolvedWhenTheEntityIsGone() {
    for (Catalogue<?> catalogue : Catalogue.ALL) {
      List<?> entities = catalogue.entities(programme);
      for (int i = 0; i < entities.size(); i++) {
        List<Object> without = new ArrayList<>(entities);
        Object removed = without.remove(i);
        EntityId id = catalogue.idOf(removed);
        assertThat(referrers(id)).as("referrers of %s '%s'", id.kind(), id).isEqualTo(unresolved(catalogue, without));
      }
    }
  }

  private List<String> unresolved(Catalogue<?> catalogue, List<Object> entities) {
    try {
      catalogue.with(programme, entities);
      return List.of();
    } catch (InvalidProgrammeException e) {
      return e.problems().stream().map(Problem::path).collect(Collectors.toList());
    }
  }
}

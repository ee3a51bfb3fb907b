package org.sprp.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sprp.core.plan.SmallProgramme.*;

import com.google.common.collect.Lists;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sprp.core.Component;
import org.sprp.core.ProgrammeId;
import org.sprp.core.Theme;
import org.sprp.core.Topic;
import org.sprp.core.activity.Engagement;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.Modality;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.place.Place;
import org.sprp.core.ActivityId;
import org.sprp.core.BilingualName;
import org.sprp.core.Programme;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.time.Timing;

/** Specification of {@link ProgrammeDiff}, on {@link SmallProgramme}. */
class ProgrammeDiffTest {

  private final Programme before = SmallProgramme.build();

  @Test
  void nothingChanged() {
    ProgrammeDiff diff = ProgrammeDiff.between(before, SmallProgramme.build());
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.changes()).isEmpty();
    assertThat(diff).hasToString("No change from small to small");
  }

  @Test
  void theOrderOfAListIsNotAChange() {
    Programme reordered = SmallProgramme.builder().activities(Lists.reverse(before.activities())).build();
    assertThat(ProgrammeDiff.between(before, reordered).isEmpty()).isTrue();
  }

  @Test
  void anAddedEntity() {
    Programme after = Edits.add(before, PlanTest.activity("workshop", "2016-05"));
    ProgrammeDiff diff = ProgrammeDiff.between(before, after);
    assertThat(diff.changes()).containsExactly(new EntityChange(EntityChange.Type.ADDED, ActivityId.of("workshop"),
        "activities[workshop]", com.google.common.collect.ImmutableList.of()));
    assertThat(diff).hasToString("1 change from small to small:\n+ activities[workshop]");
  }

  @Test
  void aRemovedEntity() {
    ProgrammeDiff diff = ProgrammeDiff.between(before, Edits.remove(before, SEMINAR));
    assertThat(diff.changes()).singleElement().satisfies(change -> {
      assertThat(change.type()).isEqualTo(EntityChange.Type.REMOVED);
      assertThat(change.id()).isEqualTo(SEMINAR);
      assertThat(change.fields()).isEmpty();
    });
    assertThat(diff).hasToString("1 change from small to small:\n- activities[seminar-huizhou]");
  }

  @Test
  void aChangedEntityWithItsFieldsOldToNew_inDeclarationOrder() {
    Programme after = Edits.reschedule(Edits.changeStatus(before, SEMINAR, Status.SCHEDULED), SEMINAR,
        Timing.parse("2016-02-15"));
    ProgrammeDiff diff = ProgrammeDiff.between(before, after);
    EntityChange change = diff.changes().get(0);
    assertThat(change.type()).isEqualTo(EntityChange.Type.CHANGED);
    assertThat(change.path()).isEqualTo("activities[seminar-huizhou]");
    assertThat(change.fields()).containsExactly(new FieldChange("status", "planned", "scheduled"),
        new FieldChange("timing", "2016-02?", "2016-02-15"));
    assertThat(diff).hasToString("1 change from small to small:\n"
        + "~ activities[seminar-huizhou]\n"
        + "    status: planned → scheduled\n"
        + "    timing: 2016-02? → 2016-02-15");
  }

  @Test
  void listsAndAbsentValuesAsText() {
    Programme after = Edits.replace(before, SmallProgramme.studyVisit().addSites(SiteId.of("huizhou"))
        .sites(List.of(HUIZHOU_SITE)).venue(java.util.Optional.empty()).build());
    assertThat(ProgrammeDiff.between(before, after).changes().get(0).fields()).containsExactly(
        new FieldChange("venue", "spain", "none"),
        new FieldChange("sites", "[huizhou, luzhou]", "[huizhou]"));
  }

  @Test
  void aDecisionSubjectNamesItsKindSinceASiteAndAPlaceShareTheirText() {
    Programme governed = SmallProgramme.governed().build();
    Decision endorse = governed.decision(ENDORSE).orElseThrow();
    Programme after = Edits.replace(governed, Decision.builder().from(endorse).subjects(List.of(LUZHOU, SEMINAR))
        .build());
    assertThat(ProgrammeDiff.between(governed, after).changes().get(0).fields()).containsExactly(
        new FieldChange("subjects", "[activity seminar-huizhou, site luzhou]",
            "[activity seminar-huizhou, place luzhou]"));
  }

  @Test
  void aListInAnotherOrderIsAChange() {
    // A mission's purposes are a list: unlike a set's, their order is part of the value.
    Programme first = Edits.replace(before, SmallProgramme.visit().purposes(List.of("Meet", "Learn")).build());
    Programme second = Edits.replace(before, SmallProgramme.visit().purposes(List.of("Learn", "Meet")).build());
    assertThat(ProgrammeDiff.between(first, second).changes().get(0).fields()).containsExactly(
        new FieldChange("purposes", "[Meet, Learn]", "[Learn, Meet]"));
  }

  @Test
  void aSetGivenInAnotherOrderIsNotAChange() {
    // The study visit was built with luzhou, then huizhou: a set holds its ids in id order whatever the order given.
    Programme after = Edits.replace(before, SmallProgramme.studyVisit().sites(List.of(HUIZHOU_SITE, LUZHOU_SITE))
        .status(Status.PLANNED).build());
    assertThat(before.activity(STUDY_VISIT).orElseThrow().sites()).containsExactly(HUIZHOU_SITE, LUZHOU_SITE);
    assertThat(after.activity(STUDY_VISIT).orElseThrow().sites()).containsExactly(HUIZHOU_SITE, LUZHOU_SITE);
    assertThat(ProgrammeDiff.between(before, after).changes().get(0).fields()).containsExactly(
        new FieldChange("status", "proposed", "planned"));
  }

  @Test
  void changesComeInTheOrderOfTheListsThenById() {
    Programme after = SmallProgramme.builder()
        .name(BilingualName.of("Small programme", "小项目"))
        .addSites(PilotSite.builder().id(SiteId.of("chengdu")).place(CHENGDU).component(C1).addThemes(AGEING).build())
        .activities(List.of(SmallProgramme.training().build(), SmallProgramme.studyVisit().status(Status.PLANNED).build(),
            PlanTest.activity("a-workshop", null)))
        .build();
    ProgrammeDiff diff = ProgrammeDiff.between(before, after);
    assertThat(diff.changes()).extracting(EntityChange::path).containsExactly(
        "programme", "sites[chengdu]", "activities[a-workshop]", "activities[seminar-huizhou]",
        "activities[study-visit]");
    assertThat(diff).hasToString("5 changes from small to small:\n"
        + "~ programme\n"
        + "    name: Small programme → Small programme (小项目)\n"
        + "+ sites[chengdu]\n"
        + "+ activities[a-workshop]\n"
        + "- activities[seminar-huizhou]\n"
        + "~ activities[study-visit]\n"
        + "    status: proposed → planned");
  }

  @Test
  void valuesThatReadTheSameButAreNotEqualAreShownExactly() {
    // A name whose Chinese was typed into the English, then split: both read "Spain (西班牙)".
    Programme typed = Edits.replace(before, Place.builder().from(before.place(SPAIN).orElseThrow())
        .name(BilingualName.of("Spain (西班牙)")).build());
    Programme split = Edits.replace(before, Place.builder().from(before.place(SPAIN).orElseThrow())
        .name(BilingualName.of("Spain", "西班牙")).build());
    assertThat(ProgrammeDiff.between(typed, split)).hasToString("1 change from small to small:\n"
        + "~ places[spain]\n"
        + "    name: \"Spain (西班牙)\" → \"Spain\" / \"西班牙\"");

    // The text "none" is not the absence of a value; one purpose with a comma is not two purposes.
    Programme none = Edits.replace(before, SmallProgramme.studyVisit().description("none")
        .build());
    assertThat(ProgrammeDiff.between(before, none).changes().get(0).fields())
        .containsExactly(new FieldChange("description", "none", "\"none\""));
    Programme one = Edits.replace(before, SmallProgramme.visit().purposes(List.of("Meet, learn")).build());
    Programme two = Edits.replace(before, SmallProgramme.visit().purposes(List.of("Meet", "learn")).build());
    assertThat(ProgrammeDiff.between(one, two).changes().get(0).fields())
        .containsExactly(new FieldChange("purposes", "[\"Meet, learn\"]", "[\"Meet\", \"learn\"]"));

    // An engagement described with its counterpart in brackets against one with that counterpart.
    Programme described = Edits.replace(before, SmallProgramme.visit().stops(List.of(
        MissionStop.builder().place(LUZHOU).addEngagements(Engagement.of("Talks (ndrc)")).build())).build());
    Programme withCounterpart = Edits.replace(before, SmallProgramme.visit().stops(List.of(
        MissionStop.builder().place(LUZHOU).addEngagements(Engagement.of("Talks", NDRC)).build())).build());
    assertThat(ProgrammeDiff.between(described, withCounterpart).changes().get(0).fields())
        .containsExactly(new FieldChange("stops", "[luzhou, \"Talks (ndrc)\"]", "[luzhou, \"Talks\" (ndrc)]"));
  }

  @Test
  void theProgrammesOwnNameIsComparedAsAValueToo() {
    Programme typed = SmallProgramme.builder().name(BilingualName.of("Small programme (小项目)")).build();
    Programme split = SmallProgramme.builder().name(BilingualName.of("Small programme", "小项目")).build();

    assertThat(ProgrammeDiff.between(typed, split).isEmpty()).isFalse();
    assertThat(ProgrammeDiff.between(typed, split)).hasToString("1 change from small to small:\n"
        + "~ programme\n"
        + "    name: \"Small programme (小项目)\" → \"Small programme\" / \"小项目\"");
  }

  @Test
  void textInAnyScriptIsWrittenAsItIs() {
    // Devanagari vowel signs are combining marks, and U+3000 is the ideographic space of Chinese text.
    Programme after = Edits.replace(before, Place.builder().from(before.place(SPAIN).orElseThrow())
        .name(BilingualName.of("भारत सरकार", "中国\u3000人民")).build());
    assertThat(ProgrammeDiff.between(before, after).changes().get(0).fields())
        .containsExactly(new FieldChange("name", "Spain", "भारत सरकार (中国\u3000人民)"));
  }

  @Test
  void aLineBreakInAValueIsEscapedSoThatNoLineOfTheTextIsFaked() {
    Programme after = Edits.replace(before, SmallProgramme.studyVisit()
        .description("Two lines:\n+ activities[fake]").build());

    assertThat(ProgrammeDiff.between(before, after)).hasToString("1 change from small to small:\n"
        + "~ activities[study-visit]\n"
        + "    description: none → Two lines:\\u000A+ activities[fake]");
  }

  /** Every attribute of every kind of entity is a field of the diff, so no change goes unseen. */
  @Test
  void everyAttributeOfEveryEntityIsAFieldOfTheDiff() {
    Programme governed = SmallProgramme.governed().build();
    for (Catalogue<?> catalogue : Catalogue.ALL) {
      List<?> entities = catalogue.entities(governed);
      assertThat(entities).as(catalogue.kind).isNotEmpty();
      // The generated implementation holds each attribute, abstract or with a default, in a field of its own.
      Class<?> implementation = entities.get(0).getClass();
      Class<?> type = implementation.getSuperclass();
      java.util.Set<String> attributes = new java.util.TreeSet<>();
      for (java.lang.reflect.Field field : implementation.getDeclaredFields()) {
        if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
          attributes.add(field.getName());
        }
      }
      attributes.remove("id");
      assertThat(catalogue.fieldsOf(entities.get(0)).keySet()).as(type.getSimpleName())
          .containsExactlyInAnyOrderElementsOf(attributes);
    }
  }

  @Test
  void aNewIdOfTheProgrammeIsAChange() {
    ProgrammeDiff diff = ProgrammeDiff.between(before, SmallProgramme.builder().id(ProgrammeId.of("smaller")).build());
    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff).hasToString("1 change from small to smaller:\n~ programme\n    id: small → smaller");
  }

  @Test
  void everyKindOfEntityDiffsItsFieldsAsText() {
    Programme governed = SmallProgramme.governed().build();
    Programme after = SmallProgramme.governed()
        .components(List.of(Component.builder().id(C1).name(BilingualName.of("Component 1")).build()))
        .themes(List.of(Theme.AGEING_POPULATION, Theme.RURAL_URBAN_INTEGRATION,
            Theme.builder().from(Theme.MIGRANT_WORKERS).description("Workers who move").build()))
        .topics(List.of(governed.topics().get(0),
            Topic.builder().from(governed.topics().get(1)).addThemes(AGEING).build()))
        .places(governed.places().stream().map(p -> p.id().equals(SPAIN)
            ? Place.builder().from(p).name(BilingualName.of("Spain", "西班牙")).isoCode("ES").build() : p)
            .collect(java.util.stream.Collectors.toList()))
        .organisations(governed.organisations().stream().map(o -> o.id().equals(SICHUAN_GOVERNMENT)
            ? Organisation.builder().from(o).place(java.util.Optional.empty()).build() : o)
            .collect(java.util.stream.Collectors.toList()))
        .meetings(List.of(Meeting.builder().from(governed.meetings().get(0)).timing(Timing.parse("2015-06-12"))
            .build()))
        .decisions(List.of(Decision.builder().from(governed.decisions().get(0)).timing(Timing.parse("2015-06-12"))
            .build(), governed.decisions().get(1)))
        .sites(List.of(governed.sites().get(0),
            PilotSite.builder().from(governed.sites().get(1)).endorsedBy(FUND).build()))
        .missions(List.of(Mission.builder().from(governed.missions().get(0)).stops(List.of(
            MissionStop.of(LUZHOU),
            MissionStop.builder().place(CHENGDU).timing(Timing.parse("2015-09-21"))
                .addEngagements(Engagement.of("Debrief", NDRC)).build())).build()))
        .requests(List.of(KnowledgeRequest.builder().from(governed.requests().get(0))
            .modalities(List.of(Modality.IN_COUNTRY)).description("Asked in writing").build()))
        .activities(List.of(SmallProgramme.training().sequenceNumber(2).modality(java.util.Optional.empty()).build(),
            SmallProgramme.seminar().build(), SmallProgramme.studyVisit().build()))
        .build();
    // The text of each field as EntityFields writes it: ids as written, an absent value as none, a
    // set as [a, b] in its natural order, a stop as its place, timing, then engagements with their counterparts.
    assertThat(ProgrammeDiff.between(governed, after)).hasToString("11 changes from small to small:\n"
        + "~ components[c1]\n"
        + "    name: C1 → Component 1\n"
        + "    lead: ndrc → none\n"
        + "~ themes[migrant-workers]\n"
        + "    description: none → Workers who move\n"
        + "~ topics[portability]\n"
        + "    themes: [migrant-workers] → [ageing-population, migrant-workers]\n"
        + "~ places[spain]\n"
        + "    name: Spain → Spain (西班牙)\n"
        + "    isoCode: none → ES\n"
        + "~ organisations[sichuan-government]\n"
        + "    place: sichuan → none\n"
        + "~ meetings[steering-2015]\n"
        + "    timing: 2015-06 → 2015-06-12\n"
        + "~ decisions[endorse-sites]\n"
        + "    timing: none → 2015-06-12\n"
        + "~ sites[huizhou]\n"
        + "    endorsedBy: none → fund-training\n"
        + "~ missions[visit-sichuan]\n"
        + "    stops: [luzhou, Talks (sichuan-government); chengdu 2015-09-20, Briefing, Debrief (ndrc)]"
        + " → [luzhou; chengdu 2015-09-21, Debrief (ndrc)]\n"
        + "~ requests[sichuan-request]\n"
        + "    modalities: [in-country, abroad] → [in-country]\n"
        + "    description: none → Asked in writing\n"
        + "~ activities[training-luzhou]\n"
        + "    sequenceNumber: none → 2\n"
        + "    modality: in-country → none");
  }
}

package org.sprp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sprp.examples.SeedProgramme.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.Theme;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.ModalityChoice;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.actor.Decision;
import org.sprp.core.place.Place;
import org.sprp.core.plan.Plan;
import org.sprp.core.time.Timing;

/** The facts of the source document, read back through the public API. */
class SeedProgrammeTest {

  private final Programme seed = SeedProgramme.build();

  @Test
  void theAdvisoryCommitteeEndorsedThreePilotSitesOn21April2015() {
    Decision endorsement = seed.decision(PILOT_SITES_ENDORSED).orElseThrow();
    assertThat(endorsement.meeting()).contains(PAC_MEETING);
    assertThat(seed.meeting(PAC_MEETING).orElseThrow().timing().earliest()).contains(LocalDate.of(2015, 4, 21));
    assertThat(seed.meeting(PAC_MEETING).orElseThrow().body()).isEqualTo(PAC);
    assertThat(endorsement.subjects()).containsExactly(HUIZHOU_SITE, LUZHOU_SITE, SHANGHAI_SITE);
    // The document names them Shanghai, Luzhou, Huizhou: the order of the programme's sites.
    assertThat(Plan.of(seed).inCatalogueOrder(endorsement.subjects()))
        .containsExactly(SHANGHAI_SITE, LUZHOU_SITE, HUIZHOU_SITE);
    assertThat(seed.sites()).extracting(PilotSite::endorsedBy).allMatch(e -> e.equals(java.util.Optional.of(PILOT_SITES_ENDORSED)));
  }

  @Test
  void eachPilotSiteHasItsPlaceAndThemes() {
    assertThat(seed.site(SHANGHAI_SITE).orElseThrow().themes()).containsExactly(Theme.AGEING_POPULATION.id());
    assertThat(seed.site(LUZHOU_SITE).orElseThrow().themes())
        .containsExactly(Theme.MIGRANT_WORKERS.id(), Theme.RURAL_URBAN_INTEGRATION.id());
    assertThat(seed.site(HUIZHOU_SITE).orElseThrow().themes()).containsExactly(Theme.MIGRANT_WORKERS.id());

    Place luzhou = seed.place(seed.site(LUZHOU_SITE).orElseThrow().place()).orElseThrow();
    assertThat(luzhou.name().toString()).isEqualTo("Luzhou (泸州市)");
    assertThat(luzhou.divisionCode()).contains("510500");
    assertThat(seed.place(luzhou.parent().orElseThrow()).orElseThrow().isoCode()).contains("CN-SC");
    Place huizhou = seed.place(HUIZHOU).orElseThrow();
    assertThat(huizhou.parent()).contains(GUANGDONG);
    assertThat(huizhou.divisionCode()).contains("441300");
    assertThat(seed.place(SHANGHAI).orElseThrow().isoCode()).contains("CN-SH");
  }

  @Test
  void twoFieldVisitsTookPlaceInSeptember2015AtTheInitiativeOfNdrc() {
    assertThat(seed.missions()).extracting(Mission::initiator).containsOnly(NDRC);
    assertThat(seed.missions()).extracting(Mission::timing).containsOnly(java.util.Optional.of(Timing.parse("2015-09")));
    assertThat(seed.missions()).extracting(Mission::status).containsOnly(Status.COMPLETED);
    assertThat(seed.mission(GUANGDONG_VISIT).orElseThrow().stops()).extracting(MissionStop::place)
        .containsExactly(HUIZHOU, GUANGZHOU);
    Mission sichuan = seed.mission(SICHUAN_VISIT).orElseThrow();
    assertThat(sichuan.stops()).extracting(MissionStop::place).containsExactly(LUZHOU, CHENGDU);
    assertThat(sichuan.participants()).containsExactly(EU_DELEGATION);
    assertThat(sichuan.stops().get(0).engagements()).extracting(e -> e.description())
        .containsExactly("Visiting Social security community center, Luzhou City",
            "Meeting with City Government officials");
    assertThat(sichuan.purposes()).hasSize(2);
  }

  @Test
  void theProvincesRequestedFourTopicsAsCapacityBuildingInCountryOrAbroad() {
    KnowledgeRequest request = seed.request(PROVINCES_REQUEST).orElseThrow();
    assertThat(request.topics()).containsExactly(EU_POLICY, IT_AND_FUNDS, MONITORING, PORTABILITY);
    // The document lists them in this order, which is that of the programme's topics.
    assertThat(Plan.of(seed).inCatalogueOrder(request.topics()))
        .containsExactly(EU_POLICY, MONITORING, IT_AND_FUNDS, PORTABILITY);
    assertThat(request.modalities()).containsExactly(Modality.IN_COUNTRY, Modality.ABROAD);
    assertThat(request.modalityChoice()).isEqualTo(ModalityChoice.ANY);                 // "either ... or"
    assertThat(request.recipients()).containsExactly(C1_TEAM, NDRC);
    assertThat(request.followUpOf()).containsExactly(GUANGDONG_VISIT, SICHUAN_VISIT);
  }

  @Test
  void theActivitiesAheadKeepTheirImpreciseDates() {
    KnowledgeActivity panel = seed.activity(SECOND_PANEL).orElseThrow();
    assertThat(panel.sequenceNumber()).hasValue(2);
    assertThat(panel.timing()).isEmpty();
    assertThat(panel.sites()).containsExactly(HUIZHOU_SITE, LUZHOU_SITE);
    assertThat(seed.decision(PANEL_WITH_SITES).orElseThrow().decidedBy()).containsExactly(C1_TEAM, NDRC);

    KnowledgeActivity inSitu = seed.activity(TRAINING_IN_SITU).orElseThrow();
    assertThat(inSitu.timing()).contains(Timing.parse("2016-02"));
    // The document does not say that it answers the provinces' request, nor on which topics.
    assertThat(inSitu.answers()).isEmpty();
    assertThat(inSitu.topics()).isEmpty();
    KnowledgeActivity shanghai = seed.activity(SHANGHAI_CONTACTS).orElseThrow();
    assertThat(shanghai.timing().orElseThrow().isUncertain()).isTrue();
    KnowledgeActivity spain = seed.activity(TRAINING_IN_SPAIN).orElseThrow();
    assertThat(spain.venue()).contains(SPAIN);
    assertThat(spain.modality()).contains(Modality.ABROAD);
    assertThat(spain.timing().orElseThrow().latest()).contains(LocalDate.of(2016, 12, 31));
    // Suggestions will be sought from the sites' representatives; no site is said to take part.
    assertThat(spain.sites()).isEmpty();
  }

  @Test
  void theExamplePrintsEverySiteWithItsChineseNameAndEveryEvent() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintSeedProgramme.print(seed, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(printed).contains("Shanghai (上海市): Ageing population",
        "Luzhou (泸州市), Sichuan (四川省): Rural-urban integration, Migrant workers",
        "Huizhou (惠州市), Guangdong (广东省): Migrant workers");
    assertThat(printed).contains("field visit to Luzhou", "Training in Spain", "2016-02?         planned",
        "(no date)        planned");
    assertThat(printed.indexOf("field visit to Luzhou")).isLessThan(printed.indexOf("Training in Spain"));
    assertThat(printed.indexOf("2016-02?         planned")).isLessThan(printed.indexOf("(no date)        planned"));
  }
}

package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sprp.core.EntityId;
import org.sprp.core.Programme;
import org.sprp.core.Status;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.RequestChannel;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.actor.OrganisationKind;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;
import org.sprp.core.time.Timing;

/**
 * Every programme survives being written and read back, unchanged and byte for byte, through
 * every input and output the facade has: bytes, strings, streams and files.
 */
@DisplayName("Round trip of random programmes")
class RoundTripTest {

  /** 1,000 seeds; mutation testing runs fewer (the mutation profile sets sprp.roundTripSeeds). */
  private static final int SEEDS = Integer.getInteger("sprp.roundTripSeeds", 1_000);

  private static final ProgrammeJson JSON = ProgrammeJson.strict();

  /** Each seed's programme, made once and shared by the tests of this class. */
  private static final Map<Long, Programme> PROGRAMMES = new ConcurrentHashMap<>();

  /** Each seed's document, as {@code write(byte[])} gives it, to compare the other outputs with. */
  private static final Map<Long, byte[]> DOCUMENTS = new ConcurrentHashMap<>();

  private static Programme programme(long seed) {
    return PROGRAMMES.computeIfAbsent(seed, RandomProgrammes::random);
  }

  private static byte[] document(long seed) {
    return DOCUMENTS.computeIfAbsent(seed, s -> JSON.write(programme(s)));
  }

  static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  /** Every tenth seed, for the slower trips through files. */
  static LongStream someSeeds() {
    return LongStream.range(0, SEEDS).filter(seed -> seed % 10 == 3);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("read(write(p)) equals p, and writing it again gives the same bytes")
  void bytes(long seed) {
    Programme programme = programme(seed);
    byte[] document = document(seed);

    Programme read = JSON.read(document);

    assertThat(read).isEqualTo(programme);
    assertThat(JSON.write(read)).isEqualTo(document);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("through strings, the same document as through bytes")
  void strings(long seed) {
    Programme programme = programme(seed);
    String document = JSON.writeString(programme);

    Programme read = JSON.read(document);

    assertThat(read).isEqualTo(programme);
    assertThat(JSON.writeString(read)).isEqualTo(document);
    assertThat(document.getBytes(StandardCharsets.UTF_8)).isEqualTo(document(seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("through streams, the same document as through bytes")
  void streams(long seed) {
    Programme programme = programme(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    JSON.write(programme, out);
    Programme read = JSON.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(read).isEqualTo(programme);
    assertThat(out.toByteArray()).isEqualTo(document(seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("someSeeds")
  @DisplayName("through a file, which is replaced and leaves no temporary file behind")
  void files(long seed, @TempDir Path folder) throws IOException {
    Programme programme = programme(seed);
    Programme other = RandomProgrammes.random(seed + SEEDS);
    Path file = folder.resolve("programme.json");
    Files.writeString(file, "an older file, longer than nothing, to be replaced whole");

    JSON.write(other, file);
    JSON.write(programme, file);

    assertThat(Files.readAllBytes(file)).isEqualTo(document(seed));
    assertThat(JSON.read(file)).isEqualTo(programme);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  @DisplayName("a programme of 2,000 activities round-trips too")
  void large() {
    Programme programme = RandomProgrammes.generate(42, 2_000);
    byte[] document = JSON.write(programme);

    Programme read = JSON.read(document);

    assertThat(programme.activities()).hasSize(2_000);
    assertThat(read).isEqualTo(programme);
    assertThat(JSON.write(read)).isEqualTo(document);
  }

  @Test
  @DisplayName("the same seed gives the same programme")
  void reproducible() {
    assertThat(RandomProgrammes.random(7)).isEqualTo(RandomProgrammes.random(7));
    assertThat(JSON.write(RandomProgrammes.generate(7, 50))).isEqualTo(JSON.write(RandomProgrammes.generate(7, 50)));
    assertThat(RandomProgrammes.random(7)).isNotEqualTo(RandomProgrammes.random(8));
  }

  /**
   * The round trips above are only as good as the programmes they are given: over the seeds, the
   * generator must produce every case the format has to carry.
   */
  @Test
  @DisplayName("the random programmes cover every enum constant, timing form, reference kind and size")
  void coverage() {
    List<Programme> programmes = LongStream.range(0, 1_000).mapToObj(RoundTripTest::programme)
        .collect(Collectors.toList());

    Set<Object> constants = new HashSet<>();
    Set<String> referenceKinds = new HashSet<>();
    Set<String> timingForms = new HashSet<>();
    Set<String> features = new HashSet<>();
    for (Programme p : programmes) {
      int entities = p.components().size() + p.themes().size() + p.topics().size() + p.places().size()
          + p.organisations().size() + p.meetings().size() + p.decisions().size() + p.sites().size()
          + p.missions().size() + p.requests().size() + p.activities().size();
      features.add(entities == 0 ? "empty" : entities >= 300 ? "hundreds" : "some");
      for (Place place : p.places()) {
        constants.add(place.level());
        place.name().chinese().ifPresent(zh -> features.add(zh.codePoints().anyMatch(c -> c > 0xFFFF)
            ? "chinese outside the BMP" : "chinese"));
        if (place.level() == PlaceLevel.PROVINCE && place.isoCode().orElse("").startsWith("CN-")
            && place.divisionCode().isPresent()) {
          features.add("coded province");
        }
        if (place.level() == PlaceLevel.PREFECTURE && place.divisionCode().isPresent()) {
          features.add("coded prefecture");
        }
      }
      for (Organisation organisation : p.organisations()) {
        constants.add(organisation.kind());
        features.add(organisation.place().isPresent() ? "organisation place" : "organisation no place");
      }
      for (Meeting meeting : p.meetings()) {
        timingForms.add(form(meeting.timing()));
      }
      for (Decision decision : p.decisions()) {
        decision.subjects().stream().map(EntityId::kind).forEach(referenceKinds::add);
        decision.timing().map(RoundTripTest::form).ifPresent(timingForms::add);
        features.add(decision.meeting().isPresent() ? "decision at meeting" : "decision by organisations");
      }
      for (Mission mission : p.missions()) {
        constants.add(mission.status());
        for (MissionStop stop : mission.stops()) {
          if (mission.timing().isPresent() && stop.timing().isPresent()) {
            features.add("timed stop of a timed mission");
          }
        }
      }
      for (KnowledgeRequest request : p.requests()) {
        constants.add(request.channel());
        constants.addAll(request.modalities());
      }
      for (KnowledgeActivity activity : p.activities()) {
        constants.add(activity.kind());
        constants.add(activity.status());
        activity.modality().ifPresent(constants::add);
        activity.timing().map(RoundTripTest::form).ifPresent(timingForms::add);
        if (activity.sequenceNumber().isPresent()) {
          features.add(activity.sequenceNumber().getAsInt() == Integer.MAX_VALUE ? "largest sequence number"
              : "sequence number");
        } else {
          features.add("no sequence number");
        }
        activity.description().ifPresent(text -> {
          if (text.contains("\"") && text.contains("\\")) {
            features.add("quote and backslash");
          }
          if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            features.add("control character");
          }
          if (text.codePoints().anyMatch(c -> c >= 0x1F600)) {
            features.add("emoji");
          }
        });
      }
    }

    Set<Object> allConstants = new HashSet<>();
    allConstants.addAll(EnumSet.allOf(Status.class));
    allConstants.addAll(EnumSet.allOf(PlaceLevel.class));
    allConstants.addAll(EnumSet.allOf(OrganisationKind.class));
    allConstants.addAll(EnumSet.allOf(Modality.class));
    allConstants.addAll(EnumSet.allOf(ActivityKind.class));
    allConstants.addAll(EnumSet.allOf(RequestChannel.class));
    assertThat(constants).containsExactlyInAnyOrderElementsOf(allConstants);
    assertThat(referenceKinds).containsExactlyInAnyOrder("programme", "component", "theme", "topic", "place",
        "organisation", "meeting", "decision", "site", "mission", "request", "activity");
    assertThat(timingForms).contains("day", "month", "season", "year", "uncertain", "approximate",
        "uncertain and approximate", "decade", "century", "unspecified month", "unspecified day",
        "unspecified month and day", "negative year", "interval", "open start", "open end", "unknown start",
        "unknown end", "leap day");
    assertThat(features).contains("empty", "some", "hundreds", "chinese", "chinese outside the BMP",
        "coded province", "coded prefecture", "organisation place", "organisation no place", "decision at meeting",
        "decision by organisations", "timed stop of a timed mission", "largest sequence number", "sequence number",
        "no sequence number", "quote and backslash", "control character", "emoji");
  }

  /** Every form the timing's text shows; a timing may show several, and all count. */
  private static String form(Timing timing) {
    String text = timing.toString();
    if (text.startsWith("../")) {
      return "open start";
    }
    if (text.endsWith("/..")) {
      return "open end";
    }
    if (text.startsWith("/")) {
      return "unknown start";
    }
    if (text.endsWith("/")) {
      return "unknown end";
    }
    if (text.contains("/")) {
      return "interval";
    }
    if (text.startsWith("-")) {
      return "negative year";
    }
    if (text.endsWith("%")) {
      return "uncertain and approximate";
    }
    if (text.endsWith("?")) {
      return "uncertain";
    }
    if (text.endsWith("~")) {
      return "approximate";
    }
    if (text.matches("\\d\\dXX")) {
      return "century";
    }
    if (text.matches("\\d\\d\\dX")) {
      return "decade";
    }
    if (text.matches("\\d{4}-XX-XX")) {
      return "unspecified month and day";
    }
    if (text.matches("\\d{4}-XX")) {
      return "unspecified month";
    }
    if (text.matches("\\d{4}-\\d\\d-XX")) {
      return "unspecified day";
    }
    if (text.matches("\\d{4}-02-29")) {
      return "leap day";
    }
    if (text.matches("\\d{4}-\\d\\d-\\d\\d")) {
      return "day";
    }
    if (text.matches("\\d{4}-2[1-4]")) {
      return "season";
    }
    if (text.matches("\\d{4}-\\d\\d")) {
      return "month";
    }
    return "year";
  }
}

package org.sprp.serialization;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.sprp.core.BilingualName;
import org.sprp.core.Component;
import org.sprp.core.Programme;
import org.sprp.core.Theme;
import org.sprp.core.Topic;
import org.sprp.core.activity.Engagement;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.place.Place;
import org.sprp.core.time.Timing;

/**
 * Fuzz targets of the reader, the writer and the EDTF parser. The contract: whatever the input, the
 * only exception that escapes a read is {@link ProgrammeJsonException} (and {@link
 * DateTimeParseException} from {@link Timing#parse}); anything else, a hang or a memory blow-up is
 * a finding. {@code mvn -B verify} replays the committed inputs under {@code
 * src/test/resources/org/sprp/serialization/ProgrammeFuzzTestInputs/<target>/}; the README says
 * how to fuzz one target for real.
 */
class ProgrammeFuzzTest {

  /** Smaller limits than the defaults, so that the fuzzer explores them rather than the heap. */
  private static final ProgrammeJson STRICT = ProgrammeJson.builder()
      .maxDocumentBytes(1 << 20).maxStringLength(1 << 16).maxEntities(10_000).build();

  private static final ProgrammeJson LENIENT = ProgrammeJson.builder()
      .maxDocumentBytes(1 << 20).maxStringLength(1 << 16).maxEntities(10_000).lenient(true).build();

  private static final List<Class<?>> VALUE_TYPES = List.of(Programme.class, BilingualName.class, Timing.class,
      Component.class, Theme.class, Topic.class, Place.class, Organisation.class, Meeting.class, Decision.class,
      PilotSite.class, Engagement.class, MissionStop.class, Mission.class, KnowledgeRequest.class,
      KnowledgeActivity.class);

  @FuzzTest
  void readStrict(byte[] document) {
    try {
      STRICT.read(document);
    } catch (ProgrammeJsonException expected) {
      checkProblems(expected);
    }
  }

  @FuzzTest
  void readLenient(byte[] document) {
    try {
      LENIENT.read(document);
    } catch (ProgrammeJsonException expected) {
      checkProblems(expected);
    }
  }

  @FuzzTest
  void readValue(FuzzedDataProvider data) {
    Class<?> type = VALUE_TYPES.get(data.consumeInt(0, VALUE_TYPES.size() - 1));
    byte[] document = data.consumeRemainingAsBytes();
    try {
      Object value = STRICT.readValue(document, type);
      Object again = STRICT.readValue(STRICT.writeValue(value), type);
      if (!again.equals(value)) {
        throw new AssertionError(type.getSimpleName() + " read back unequal: " + value + " / " + again);
      }
    } catch (ProgrammeJsonException expected) {
      checkProblems(expected);
    }
  }

  @FuzzTest
  void parseTiming(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      Timing timing = Timing.parse(text);
      if (!timing.toString().equals(text) || !Timing.parse(timing.toString()).equals(timing)) {
        throw new AssertionError("timing does not print back as its text: " + text + " -> " + timing);
      }
      if (timing.earliest().isPresent() && timing.latest().isPresent()
          && timing.earliest().get().isAfter(timing.latest().get())) {
        throw new AssertionError("earliest after latest: " + text);
      }
    } catch (DateTimeParseException expected) {
      if (!text.equals(expected.getParsedString())
          || expected.getErrorIndex() < 0 || expected.getErrorIndex() > text.length()) {
        throw new AssertionError("parse error without the text or a valid index: " + expected, expected);
      }
    }
  }

  @FuzzTest
  void roundTrip(byte[] document) {
    Programme programme;
    try {
      programme = LENIENT.read(document);
    } catch (ProgrammeJsonException rejected) {
      return;
    }
    byte[] written = STRICT.write(programme);
    Programme again = STRICT.read(written);
    if (!again.equals(programme)) {
      throw new AssertionError("a programme read back from its own JSON is not equal to it");
    }
    if (!Arrays.equals(STRICT.write(again), written)) {
      throw new AssertionError("writing a programme read back from canonical JSON changed the bytes");
    }
  }

  /** Every problem reported has a pointer of the RFC 6901 form and a message. */
  private static void checkProblems(ProgrammeJsonException e) {
    if (e.problems().isEmpty()) {
      throw new AssertionError("an exception without problems", e);
    }
    for (JsonProblem problem : e.problems()) {
      if (!(problem.pointer().isEmpty() || problem.pointer().startsWith("/")) || problem.message().isBlank()) {
        throw new AssertionError("a problem without a JSON Pointer or a message: " + problem, e);
      }
    }
  }
}

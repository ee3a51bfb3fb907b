package org.sprp.serialization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sprp.core.Component;
import org.sprp.core.EntityId;
import org.sprp.core.InvalidProgrammeException;
import org.sprp.core.Problem;
import org.sprp.core.Programme;
import org.sprp.core.Theme;
import org.sprp.core.Topic;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.internal.Checks;
import org.sprp.core.place.Place;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads and writes a whole programme document: {@code format} and {@code formatVersion}, then the
 * programme's id, name and catalogues. The problems of the programme as a whole, which {@link
 * Programme} reports with paths such as {@code activities[training-spain-2016].sites[0]}, become
 * JSON Pointers such as {@code /activities/3/sites/0}.
 */
final class ProgrammeCodec {

  /** The value of the {@code format} member of every document. */
  static final String FORMAT = "sprp-programme";

  /** The major version this reader reads; documents of a higher major version are refused. */
  static final int MAJOR_VERSION = 1;

  /** The version this writer writes. */
  static final String VERSION = "1.0";

  private static final Pattern VERSION_PATTERN = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  /** The programme's builder, and where each entity of each catalogue stands in its array. */
  static final class Parts {
    final JsonInput input;
    final JsonInput.Locator locator;
    final Programme.Builder builder = Programme.builder();
    /** The ids of each catalogue in document order; indexed by id only when a problem needs it. */
    private final Map<String, List<EntityId>> ids = new HashMap<>();

    Parts(JsonInput input) {
      this.input = input;
      this.locator = input.locator;
      input.recordsSetOrders = true;
    }

    /** Records the id of the next entity of a catalogue. */
    void record(String list, EntityId id) {
      ids.computeIfAbsent(list, l -> new ArrayList<>()).add(id);
    }

    /** Where the first entity with each id stands in a catalogue; the model names later ones by index. */
    Map<String, Integer> indexes(String list) {
      Map<String, Integer> indexes = new HashMap<>();
      List<EntityId> all = ids.getOrDefault(list, List.of());
      for (int i = 0; i < all.size(); i++) {
        indexes.putIfAbsent(all.get(i).value(), i);
      }
      return indexes;
    }
  }

  static final ObjectCodec<Programme, Parts> CODEC = ObjectCodec.<Programme, Parts>withInput("Programme",
          Parts::new, ProgrammeCodec::build)
      .required("format", Scalars.STRING, ProgrammeCodec::format, p -> FORMAT)
      .required("formatVersion", Scalars.STRING, ProgrammeCodec::version, p -> VERSION)
      .required("id", ModelCodecs.PROGRAMME_ID, (p, v) -> p.builder.id(v), Programme::id)
      .required("name", ModelCodecs.NAME, (p, v) -> p.builder.name(v), Programme::name)
      .array("components", ModelCodecs.COMPONENT, false,
          entity("components", Component::id, (p, v) -> p.builder.addComponents(v)), Programme::components)
      .array("themes", ModelCodecs.THEME, false,
          entity("themes", Theme::id, (p, v) -> p.builder.addThemes(v)), Programme::themes)
      .array("topics", ModelCodecs.TOPIC, false,
          entity("topics", Topic::id, (p, v) -> p.builder.addTopics(v)), Programme::topics)
      .array("places", ModelCodecs.PLACE, false,
          entity("places", Place::id, (p, v) -> p.builder.addPlaces(v)), Programme::places)
      .array("organisations", ModelCodecs.ORGANISATION, false,
          entity("organisations", Organisation::id, (p, v) -> p.builder.addOrganisations(v)),
          Programme::organisations)
      .array("meetings", ModelCodecs.MEETING, false,
          entity("meetings", Meeting::id, (p, v) -> p.builder.addMeetings(v)), Programme::meetings)
      .array("decisions", ModelCodecs.DECISION, false,
          entity("decisions", Decision::id, (p, v) -> p.builder.addDecisions(v)), Programme::decisions)
      .array("sites", ModelCodecs.SITE, false,
          entity("sites", PilotSite::id, (p, v) -> p.builder.addSites(v)), Programme::sites)
      .array("missions", ModelCodecs.MISSION, false,
          entity("missions", Mission::id, (p, v) -> p.builder.addMissions(v)), Programme::missions)
      .array("requests", ModelCodecs.REQUEST, false,
          entity("requests", KnowledgeRequest::id, (p, v) -> p.builder.addRequests(v)), Programme::requests)
      .array("activities", ModelCodecs.ACTIVITY, false,
          entity("activities", KnowledgeActivity::id, (p, v) -> p.builder.addActivities(v)),
          Programme::activities)
      .build();

  private static <V> BiConsumer<Parts, V> entity(String list, java.util.function.Function<V, EntityId> id,
      BiConsumer<Parts, V> add) {
    return (parts, value) -> {
      parts.record(list, id.apply(value));
      add.accept(parts, value);
    };
  }

  private static void format(Parts parts, String format) {
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("format " + Checks.quote(format) + " is not '" + FORMAT + "': this is not a programme document");
    }
  }

  private static void version(Parts parts, String version) {
    Matcher matcher = VERSION_PATTERN.matcher(version);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("formatVersion " + Checks.quote(version) + " is not MAJOR.MINOR, such as " + VERSION);
    }
    int major = Integer.parseInt(matcher.group(1));
    if (major > MAJOR_VERSION) {
      throw new IllegalArgumentException("formatVersion " + version + " is newer than this reader, which reads "
          + MAJOR_VERSION + ".x: use a newer sprp-serialization");
    }
    if (major < MAJOR_VERSION) {
      throw new IllegalArgumentException("formatVersion " + version + " is older than any this reader knows ("
          + MAJOR_VERSION + ".x)");
    }
  }

  private ProgrammeCodec() {}

  private static Programme build(Parts parts) {
    try {
      return parts.builder.build();
    } catch (InvalidProgrammeException invalid) {
      throw translate(invalid, parts);
    }
  }

  /**
   * Turns the problems of a programme into JSON problems, each with its pointer and location, in
   * document order where the locations are known.
   */
  static ProgrammeJsonException translate(InvalidProgrammeException invalid, Parts parts) {
    List<JsonProblem> problems = new ArrayList<>();
    for (Problem problem : invalid.problems()) {
      String pointer = pointer(problem.path(), parts);
      TokenStreamLocation location = parts.locator == null ? null : parts.locator.locate(pointer);
      problems.add(JsonInput.problem(pointer, location, problem.message()));
    }
    problems.sort(Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column));
    return new ProgrammeJsonException(problems, invalid);
  }

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)((?:\\[[^\\]]+\\])*)");
  private static final Pattern KEY = Pattern.compile("\\[([^\\]]+)\\]");

  /**
   * Turns a path of the model into a JSON Pointer: {@code activities[training-spain-2016].sites[0]}
   * becomes {@code /activities/3/sites/0}. The first key names an entity by id, or by {@code #}
   * and its index when an earlier entity has the same id; the later keys are indexes, into a set
   * in the natural order the model holds it in, mapped back to the document's order.
   */
  static String pointer(String path, Parts parts) {
    StringBuilder pointer = new StringBuilder();
    boolean first = true;
    String catalogue = null;
    int entity = -1;
    int depth = 0;
    for (String segment : path.split("\\.")) {
      Matcher matcher = SEGMENT.matcher(segment);
      if (!matcher.matches()) {
        throw new IllegalStateException("unexpected path of the model: " + path);
      }
      String name = matcher.group(1);
      pointer.append('/').append(name);
      Matcher keys = KEY.matcher(matcher.group(2));
      while (keys.find()) {
        String key = keys.group(1);
        if (first && key.startsWith("#")) {
          key = key.substring(1);
        } else if (first) {
          Integer index = parts.indexes(name).get(key);
          if (index == null) {
            throw new IllegalStateException("path names an entity the document does not have: " + path);
          }
          key = index.toString();
        } else if (depth == 1 && key.chars().allMatch(c -> c >= '0' && c <= '9')) {
          // An index into one of the entity's sets, which the model holds in natural order: the
          // document's may differ. (A list's index, which keeps the document's order, is unchanged.)
          key = Integer.toString(parts.input.documentIndex(new JsonInput.SetKey(catalogue, entity, name),
              Integer.parseInt(key)));
        }
        if (first) {
          catalogue = name;
          entity = Integer.parseInt(key);
        }
        pointer.append('/').append(key);
        first = false;
      }
      first = false;
      depth++;
    }
    return pointer.toString();
  }
}

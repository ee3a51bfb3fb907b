package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sprp.core.ActivityId;
import org.sprp.core.BilingualName;
import org.sprp.core.OrganisationId;
import org.sprp.core.RequestId;
import org.sprp.core.Status;
import org.sprp.core.TopicId;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.ModalityChoice;
import org.sprp.core.activity.RequestChannel;
import org.sprp.core.actor.OrganisationKind;
import org.sprp.core.place.PlaceLevel;
import org.sprp.core.time.Timing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON Schema (draft 2020-12): it accepts the golden documents, it is in step with
 * the codecs that define the format, and what it refuses the strict reader refuses too.
 */
class SchemaTest {

  private static final String SCHEMA_RESOURCE = "/org/sprp/serialization/programme.schema.json";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final JsonNode SCHEMA_NODE = MAPPER.readTree(Golden.resource(SCHEMA_RESOURCE));
  private static final Schema SCHEMA = REGISTRY.getSchema(SCHEMA_NODE);
  private static final JsonNode DEFS = SCHEMA_NODE.path("$defs");

  private static List<Error> validate(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }

  // (a) The golden documents are valid.

  @Test
  void schemaDeclaresDraft202012() {
    assertThat(SCHEMA_NODE.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA_NODE.path("$ref").asString()).isEqualTo("#/$defs/Programme");
  }

  @ParameterizedTest
  @FieldSource("org.sprp.serialization.Golden#ALL")
  void everyGoldenDocumentIsValid(String name) {
    assertThat(validate(Golden.text(name))).isEmpty();
  }

  // (b) The schema is in step with the codecs.

  /** Every object codec of the format. */
  static List<ObjectCodec<?, ?>> objectCodecs() {
    return List.of(ProgrammeCodec.CODEC, ModelCodecs.NAME, ModelCodecs.ENTITY_REFERENCE, ModelCodecs.COMPONENT,
        ModelCodecs.THEME, ModelCodecs.TOPIC, ModelCodecs.PLACE, ModelCodecs.ORGANISATION, ModelCodecs.MEETING,
        ModelCodecs.DECISION, ModelCodecs.SITE, ModelCodecs.ENGAGEMENT, ModelCodecs.MISSION_STOP,
        ModelCodecs.MISSION, ModelCodecs.REQUEST, ModelCodecs.ACTIVITY);
  }

  /**
   * Arrays that the codecs read as optional but that the model requires to be non-empty (a site
   * has a theme, a mission a stop, a request a requester and a topic): the reader refuses them
   * when missing through the model's rule, and the schema says so with {@code required} and
   * {@code minItems: 1}.
   */
  private static final Map<String, Set<String>> NON_EMPTY_ARRAYS = Map.of(
      "PilotSite", Set.of("themes"),
      "Mission", Set.of("stops"),
      "KnowledgeRequest", Set.of("requestedBy", "topics"));

  @Test
  void everyObjectDefinitionOfTheSchemaHasACodec() {
    Set<String> objectDefs = DEFS.properties().stream()
        .filter(e -> e.getValue().path("type").asString("").equals("object"))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());

    assertThat(objectDefs).containsExactlyInAnyOrderElementsOf(
        objectCodecs().stream().map(ObjectCodec::typeName).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("objectCodecs")
  void schemaHasExactlyTheFieldsOfTheCodec(ObjectCodec<?, ?> codec) {
    JsonNode def = DEFS.path(codec.typeName());
    assertThat(def.isObject()).as("$defs/%s", codec.typeName()).isTrue();

    List<String> fields = codec.fields().stream().map(f -> f.name).collect(Collectors.toList());
    // Same names, and in the canonical order, so that the schema reads like the documents.
    assertThat(new ArrayList<>(def.path("properties").propertyNames())).containsExactlyElementsOf(fields);
    assertThat(def.path("additionalProperties").isBoolean()).isTrue();
    assertThat(def.path("additionalProperties").booleanValue()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("objectCodecs")
  void schemaRequiresExactlyTheRequiredFieldsOfTheCodec(ObjectCodec<?, ?> codec) {
    JsonNode def = DEFS.path(codec.typeName());
    Set<String> nonEmpty = NON_EMPTY_ARRAYS.getOrDefault(codec.typeName(), Set.of());
    Set<String> expected = new LinkedHashSet<>();
    for (ObjectCodec.Field<?, ?> field : codec.fields()) {
      if (field.required || nonEmpty.contains(field.name)) {
        expected.add(field.name);
      }
      if (nonEmpty.contains(field.name)) {
        assertThat(field.isArray()).as("%s.%s is an array", codec.typeName(), field.name).isTrue();
      }
    }
    List<String> required = def.path("required").values().stream().map(JsonNode::asString)
        .collect(Collectors.toList());

    assertThat(required).containsExactlyInAnyOrderElementsOf(expected);
    // minItems: 1 is exactly on the arrays the model requires non-empty.
    Set<String> minItems = def.path("properties").properties().stream()
        .filter(e -> e.getValue().path("minItems").asInt(0) == 1)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
    assertThat(minItems).isEqualTo(nonEmpty);
  }

  /** What the schema of a property should say, field by field, from its codec. */
  @ParameterizedTest
  @MethodSource("objectCodecs")
  void schemaOfEachPropertyMatchesItsCodec(ObjectCodec<?, ?> codec) {
    JsonNode properties = DEFS.path(codec.typeName()).path("properties");
    for (ObjectCodec.Field<?, ?> field : codec.fields()) {
      JsonNode property = properties.path(field.name);
      String where = codec.typeName() + "." + field.name;
      if (field.isArray()) {
        assertThat(property.path("type").asString()).as(where).isEqualTo("array");
      }
      if (codec == ProgrammeCodec.CODEC && field.name.equals("format")) {
        assertThat(property.path("const").asString()).as(where).isEqualTo(ProgrammeCodec.FORMAT);
        continue;
      }
      if (codec == ProgrammeCodec.CODEC && field.name.equals("formatVersion")) {
        assertThat(property.path("pattern").asString()).as(where)
            .isEqualTo("^" + ProgrammeCodec.MAJOR_VERSION + "\\.(0|[1-9][0-9]{0,8})$");
        assertThat(ProgrammeCodec.VERSION).matches(property.path("pattern").asString());
        continue;
      }
      assertThat(shape(property)).as(where).isEqualTo(expectedShape(codec, field));
    }
  }

  /** A property's schema without its description. */
  private static JsonNode shape(JsonNode property) {
    ObjectNode copy = ((ObjectNode) property).deepCopy();
    copy.remove("description");
    return copy;
  }

  private static final Set<ValueCodec<?>> ID_CODECS = Set.of(ModelCodecs.PROGRAMME_ID, ModelCodecs.COMPONENT_ID,
      ModelCodecs.THEME_ID, ModelCodecs.TOPIC_ID, ModelCodecs.PLACE_ID, ModelCodecs.ORGANISATION_ID,
      ModelCodecs.MEETING_ID, ModelCodecs.DECISION_ID, ModelCodecs.SITE_ID, ModelCodecs.MISSION_ID,
      ModelCodecs.REQUEST_ID, ModelCodecs.ACTIVITY_ID);

  private static final Map<ValueCodec<?>, List<String>> INLINE_ENUMS = Map.of(
      ModelCodecs.PLACE_LEVEL, Scalars.jsonNames(PlaceLevel.class),
      ModelCodecs.ORGANISATION_KIND, Scalars.jsonNames(OrganisationKind.class),
      ModelCodecs.ACTIVITY_KIND, Scalars.jsonNames(ActivityKind.class),
      ModelCodecs.REQUEST_CHANNEL, Scalars.jsonNames(RequestChannel.class),
      ModelCodecs.MODALITY_CHOICE, Scalars.jsonNames(ModalityChoice.class));

  private static JsonNode expectedShape(ObjectCodec<?, ?> owner, ObjectCodec.Field<?, ?> field) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ValueCodec<?> codec = field.codec();
    ObjectNode shape = nodes.objectNode();
    if (codec instanceof ObjectCodec) {
      shape.put("$ref", "#/$defs/" + ((ObjectCodec<?, ?>) codec).typeName());
    } else if (ID_CODECS.contains(codec)) {
      shape.put("$ref", "#/$defs/id");
    } else if (codec == Scalars.TIMING) {
      shape.put("$ref", "#/$defs/timing");
    } else if (codec == ModelCodecs.STATUS) {
      shape.put("$ref", "#/$defs/status");
    } else if (codec == ModelCodecs.MODALITY) {
      shape.put("$ref", "#/$defs/modality");
    } else if (INLINE_ENUMS.containsKey(codec)) {
      shape.put("type", "string");
      INLINE_ENUMS.get(codec).forEach(shape.putArray("enum")::add);
      if (codec == ModelCodecs.MODALITY_CHOICE) {
        // The one field with a default: that of a request built without it, which the reader gives
        // a request whose document leaves it out.
        KnowledgeRequest plain = KnowledgeRequest.builder().id(RequestId.of("r"))
            .addRequestedBy(OrganisationId.of("o")).channel(RequestChannel.OTHER).addTopics(TopicId.of("t")).build();
        shape.put("default", Scalars.jsonName(plain.modalityChoice()));
      }
    } else if (codec == Scalars.INTEGER) {
      shape.put("type", "integer").put("minimum", 1).put("maximum", Integer.MAX_VALUE);
    } else if (owner == ModelCodecs.ENTITY_REFERENCE && field.name.equals("kind")) {
      shape.put("type", "string");
      ModelCodecs.ID_FACTORIES.keySet().forEach(shape.putArray("enum")::add);
    } else if (owner == ModelCodecs.ENTITY_REFERENCE && field.name.equals("id")) {
      shape.put("$ref", "#/$defs/id");
    } else if (owner == ModelCodecs.PLACE && field.name.equals("divisionCode")) {
      shape.put("type", "string").put("pattern", "^[1-9][0-9]{5}$");
    } else if (owner == ModelCodecs.PLACE && field.name.equals("isoCode")) {
      shape.put("type", "string").put("pattern", "^[A-Z]{2}(-[A-Z0-9]{1,3})?$");
    } else if (owner == ModelCodecs.NAME) {
      // A name has no white space at either end, which BilingualName refuses.
      shape.put("$ref", "#/$defs/nameText");
    } else if (codec == Scalars.STRING) {
      shape.put("$ref", "#/$defs/text");
    } else {
      throw new AssertionError("no expected schema for " + owner.typeName() + "." + field.name);
    }
    if (field.isArray()) {
      ObjectNode array = nodes.objectNode().put("type", "array");
      array.set("items", shape);
      // Arrays the model keeps as sets are unique; the ordered lists are not.
      if (!Set.of("purposes", "stops", "engagements").contains(field.name) && owner != ProgrammeCodec.CODEC) {
        array.put("uniqueItems", true);
      }
      if (NON_EMPTY_ARRAYS.getOrDefault(owner.typeName(), Set.of()).contains(field.name)) {
        array.put("minItems", 1);
      }
      return array;
    }
    return shape;
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of(Status.class, "/$defs/status/enum"),
        Arguments.of(Modality.class, "/$defs/modality/enum"),
        Arguments.of(PlaceLevel.class, "/$defs/Place/properties/level/enum"),
        Arguments.of(OrganisationKind.class, "/$defs/Organisation/properties/kind/enum"),
        Arguments.of(ActivityKind.class, "/$defs/KnowledgeActivity/properties/kind/enum"),
        Arguments.of(RequestChannel.class, "/$defs/KnowledgeRequest/properties/channel/enum"),
        Arguments.of(ModalityChoice.class, "/$defs/KnowledgeRequest/properties/modalityChoice/enum"));
  }

  @ParameterizedTest
  @MethodSource("enums")
  <E extends Enum<E>> void schemaListsEveryJsonNameOfTheEnum(Class<E> type, String pointer) {
    List<String> listed = SCHEMA_NODE.at(pointer).values().stream().map(JsonNode::asString)
        .collect(Collectors.toList());

    assertThat(listed).isNotEmpty().containsExactlyElementsOf(Scalars.jsonNames(type));
  }

  @Test
  void schemaListsEveryKindOfReference() {
    List<String> listed = SCHEMA_NODE.at("/$defs/EntityReference/properties/kind/enum").values().stream()
        .map(JsonNode::asString).collect(Collectors.toList());

    assertThat(listed).containsExactlyElementsOf(ModelCodecs.ID_FACTORIES.keySet());
  }

  private static final Schema TIMING_SCHEMA = REGISTRY.getSchema(DEFS.path("timing"));

  private static final Schema TEXT_SCHEMA = REGISTRY.getSchema(DEFS.path("text"));
  private static final Schema NAME_TEXT_SCHEMA = REGISTRY.getSchema(DEFS.path("nameText"));

  /**
   * Every character of the Basic Multilingual Plane that some definition may count as white
   * space: Java's, Unicode's space separators, ECMAScript's {@code \s} (which adds U+FEFF), the
   * controls and the format characters.
   */
  static IntStream whiteSpaceCandidates() {
    return IntStream.rangeClosed(0, 0xFFFF)
        .filter(c -> Character.getType(c) != Character.SURROGATE)
        .filter(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
            || Character.getType(c) == Character.FORMAT);
  }

  private static boolean modelAcceptsTitle(String title) {
    try {
      KnowledgeActivity.builder().id(ActivityId.of("a")).kind(ActivityKind.TRAINING).title(title)
          .status(Status.PLANNED).build();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean modelAcceptsName(String name) {
    try {
      BilingualName.of(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The schema's texts and names count white space as the model does (Java's {@link
   * Character#isWhitespace(int)}), not as ECMAScript's {@code \s}: a title or a name that the
   * model accepts, and the writer writes, passes the schema, and one it refuses does not.
   */
  @Test
  void textsAndNamesCountWhiteSpaceAsTheModelDoes() {
    List<String> disagreements = new ArrayList<>();
    JsonNodeFactory nodes = MAPPER.getNodeFactory();
    whiteSpaceCandidates().forEach(c -> {
      String alone = Character.toString(c);
      if (modelAcceptsTitle(alone) != TEXT_SCHEMA.validate(nodes.stringNode(alone)).isEmpty()) {
        disagreements.add(String.format(Locale.ROOT, "title U+%04X", c));
      }
      for (String name : List.of(alone, "a" + alone, alone + "a", "a" + alone + "a")) {
        if (modelAcceptsName(name) != NAME_TEXT_SCHEMA.validate(nodes.stringNode(name)).isEmpty()) {
          disagreements.add(String.format(Locale.ROOT, "name %s with U+%04X", name.length() == 1 ? "alone"
              : name.startsWith("a") ? name.endsWith("a") ? "inside" : "last" : "first", c));
        }
      }
    });

    assertThat(whiteSpaceCandidates().count()).as("candidates").isGreaterThan(100);
    assertThat(disagreements).isEmpty();
  }

  /** Every form of timing the model reads (EDTF level 0 and 1, canonical spelling). */
  static final List<String> VALID_TIMINGS = List.of("2015-04-21", "2015-09", "2016", "2015-21", "2015-24",
      "2016-02?", "2016-02~", "2016-02%", "2015-04-21?", "2016?", "201X", "20XX", "2016-XX", "2016-02-XX",
      "2016-XX-XX", "201X~", "-0500", "-0500-03", "2015-09/2016-02", "2015-04-21/2015-04-23",
      "2015-09?/2016-02~", "2016-02/..", "../2016", "/2016", "2016/", "2016-02-29", "0000");

  @ParameterizedTest
  @FieldSource("VALID_TIMINGS")
  void timingPatternAcceptsEveryValidForm(String timing) {
    assertThat(Timing.parse(timing).toString()).as("the model reads it").isEqualTo(timing);

    assertThat(TIMING_SCHEMA.validate(MAPPER.getNodeFactory().stringNode(timing))).isEmpty();
  }

  /** Shapes that are not EDTF, which both the schema's pattern and the model refuse. */
  @ParameterizedTest
  @ValueSource(strings = {"", "21/04/2015", "2015/04/21", "15-04-21", "2015-4-21", "2015-13", "2015-04-32",
      "2015-00", "2015-25", "20150421", "2015-04-21T10:00", "Y2016", "2X16", "2XXX", "201XX", "2016??",
      "2016?~", "../..", "/", "2015/2016/2017", "-201X", " 2016", "2016 ", "spring 2016", "2016-02-"})
  void timingPatternRejectsInvalidShapes(String timing) {
    assertThatThrownBy(() -> Timing.parse(timing)).as("the model refuses it")
        .isInstanceOf(DateTimeParseException.class);

    assertThat(TIMING_SCHEMA.validate(MAPPER.getNodeFactory().stringNode(timing))).isNotEmpty();
  }

  @Test
  void timingPatternIsTheOneEveryTimingFieldUses() {
    List<String> refs = new ArrayList<>();
    for (ObjectCodec<?, ?> codec : objectCodecs()) {
      for (ObjectCodec.Field<?, ?> field : codec.fields()) {
        if (field.codec() == Scalars.TIMING) {
          refs.add(DEFS.path(codec.typeName()).path("properties").path(field.name).path("$ref").asString());
        }
      }
    }
    // Meeting, Decision, MissionStop, Mission, KnowledgeRequest and KnowledgeActivity.
    assertThat(refs).hasSize(6).containsOnly("#/$defs/timing");
  }

  // (b') Validators in strict mode compile it: ajv's strict mode (`strict: true`) refuses a schema
  // that names a required field it does not declare beside it, or that uses a keyword of one type
  // where no type is said.

  /** The keywords that apply to one type of value only, by that type. */
  private static final Map<String, String> TYPED_KEYWORDS = Map.ofEntries(
      Map.entry("items", "array"), Map.entry("prefixItems", "array"), Map.entry("contains", "array"),
      Map.entry("minItems", "array"), Map.entry("maxItems", "array"), Map.entry("uniqueItems", "array"),
      Map.entry("minLength", "string"), Map.entry("maxLength", "string"), Map.entry("pattern", "string"),
      Map.entry("minimum", "integer"), Map.entry("maximum", "integer"),
      Map.entry("properties", "object"), Map.entry("required", "object"),
      Map.entry("additionalProperties", "object"));

  /** Keywords whose subschemas apply to the same value as the schema holding them, and so share its type. */
  private static final Set<String> SAME_VALUE = Set.of("allOf", "anyOf", "oneOf", "not", "if", "then", "else");

  /**
   * Adds to {@code broken} each place in the schema that breaks ajv's {@code strictRequired} or
   * {@code strictTypes}: a {@code required} name not declared in the {@code properties} beside it,
   * or a typed keyword in a schema with no type of its own or from the schema around it that
   * applies to the same value.
   */
  private static void strictModeBreaks(JsonNode schema, String at, String inheritedType, List<String> broken) {
    if (schema.isArray()) {
      for (int i = 0; i < schema.size(); i++) {
        strictModeBreaks(schema.get(i), at + "/" + i, inheritedType, broken);
      }
      return;
    }
    if (!schema.isObject()) {
      return;
    }
    String type = schema.path("type").isString() ? schema.path("type").asString() : inheritedType;
    for (JsonNode name : schema.path("required")) {
      if (!schema.path("properties").has(name.asString())) {
        broken.add(at + ": required '" + name.asString() + "' is not declared in properties beside it");
      }
    }
    for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
      String wanted = TYPED_KEYWORDS.get(keyword.getKey());
      boolean typed = wanted != null && (wanted.equals(type) || wanted.equals("integer") && "number".equals(type));
      if (wanted != null && !typed) {
        broken.add(at + ": " + keyword.getKey() + " without type " + wanted);
      }
      String inner = at + "/" + keyword.getKey();
      if (SAME_VALUE.contains(keyword.getKey())) {
        strictModeBreaks(keyword.getValue(), inner, type, broken);
      } else if (keyword.getKey().equals("properties") || keyword.getKey().equals("$defs")) {
        for (Map.Entry<String, JsonNode> each : keyword.getValue().properties()) {
          strictModeBreaks(each.getValue(), inner + "/" + each.getKey(), null, broken);
        }
      } else if (keyword.getValue().isObject() || keyword.getKey().equals("prefixItems")) {
        strictModeBreaks(keyword.getValue(), inner, null, broken);
      }
    }
  }

  @Test
  void compilesUnderTheStrictModeOfValidators() {
    List<String> broken = new ArrayList<>();

    strictModeBreaks(SCHEMA_NODE, "#", null, broken);

    assertThat(broken).isEmpty();
  }

  @Test
  void strictModeCheckFindsWhatAjvRefuses() {
    JsonNode undeclared = MAPPER.readTree("""
        {"type": "object", "anyOf": [{"required": ["meeting"]},
          {"required": ["decidedBy"], "properties": {"decidedBy": {"minItems": 1}}}]}""");
    List<String> broken = new ArrayList<>();

    strictModeBreaks(undeclared, "#", null, broken);

    assertThat(broken).containsExactly(
        "#/anyOf/0: required 'meeting' is not declared in properties beside it",
        "#/anyOf/1/properties/decidedBy: minItems without type array");
  }

  // (c) What the schema refuses, the strict reader refuses.

  private static final String HEAD = """
      {
        "format": "sprp-programme",
        "formatVersion": "1.0",
        "id": "sprp",
        "name": {"en": "SPRP"}""";

  private static final String CATALOGUES = HEAD + """
      ,
        "components": [{"id": "c1", "name": {"en": "C1"}}],
        "themes": [{"id": "ageing", "name": {"en": "Ageing"}}],
        "topics": [{"id": "eu-policy", "name": {"en": "EU policy"}}],
        "places": [
          {"id": "china", "level": "country", "name": {"en": "China"}},
          {"id": "sichuan", "level": "province", "name": {"en": "Sichuan"}, "parent": "china"}
        ],
        "organisations": [{"id": "ndrc", "name": {"en": "NDRC"}, "kind": "ministry"}]""";

  static Stream<Arguments> documentsTheSchemaRefuses() {
    return Stream.of(
        Arguments.of("wrong type", HEAD.replace("{\"en\": \"SPRP\"}", "\"SPRP\"") + "}", "/name"),
        Arguments.of("unknown field", HEAD + ",\n  \"colour\": \"red\"\n}", "/colour"),
        Arguments.of("missing required field",
            CATALOGUES + ",\n  \"meetings\": [{\"id\": \"m\", \"title\": \"M\", \"body\": \"ndrc\"}]\n}",
            "/meetings/0"),
        Arguments.of("bad id pattern", HEAD.replace("\"sprp\"", "\"SPRP\"") + "}", "/id"),
        Arguments.of("bad enum value",
            HEAD + ",\n  \"places\": [{\"id\": \"x\", \"level\": \"city\", \"name\": {\"en\": \"X\"}}]\n}",
            "/places/0/level"),
        Arguments.of("bad EDTF shape",
            CATALOGUES + ",\n  \"meetings\": [{\"id\": \"m\", \"title\": \"M\", \"body\": \"ndrc\","
                + " \"timing\": \"21/04/2015\"}]\n}",
            "/meetings/0/timing"),
        Arguments.of("site without themes",
            CATALOGUES + ",\n  \"sites\": [{\"id\": \"s\", \"place\": \"sichuan\", \"component\": \"c1\"}]\n}",
            "/sites/0"),
        Arguments.of("request with empty topics",
            CATALOGUES + ",\n  \"requests\": [{\"id\": \"r\", \"requestedBy\": [\"ndrc\"], \"channel\": \"other\","
                + " \"topics\": []}]\n}",
            "/requests/0"),
        Arguments.of("request wanting any one of a single modality",
            CATALOGUES + ",\n  \"requests\": [{\"id\": \"r\", \"requestedBy\": [\"ndrc\"], \"channel\": \"other\","
                + " \"topics\": [\"eu-policy\"], \"modalities\": [\"abroad\"], \"modalityChoice\": \"any\"}]\n}",
            "/requests/0"),
        Arguments.of("higher major version", HEAD.replace("\"1.0\"", "\"2.0\"") + "}", "/formatVersion"),
        Arguments.of("wrong format", HEAD.replace("\"sprp-programme\"", "\"sprp-plan\"") + "}", "/format"),
        Arguments.of("duplicate element of a set",
            HEAD + ",\n  \"organisations\": [{\"id\": \"o\", \"name\": {\"en\": \"O\"}, \"kind\": \"other\"}],"
                + "\n  \"decisions\": [{\"id\": \"d\", \"summary\": \"S\", \"decidedBy\": [\"o\", \"o\"]}]\n}",
            "/decisions/0/decidedBy/1"),
        Arguments.of("integer out of range",
            HEAD + ",\n  \"activities\": [{\"id\": \"a\", \"kind\": \"training\", \"sequenceNumber\": 2147483648,"
                + " \"title\": \"A\", \"status\": \"planned\"}]\n}",
            "/activities/0/sequenceNumber"),
        Arguments.of("blank title",
            HEAD + ",\n  \"activities\": [{\"id\": \"a\", \"kind\": \"training\", \"title\": \" \","
                + " \"status\": \"planned\"}]\n}",
            "/activities/0"),
        Arguments.of("name ending in a character Java counts as white space",
            HEAD.replace("\"SPRP\"", "\"SPRP\\u001F\"") + "}", "/name"),
        Arguments.of("country with a subdivision's isoCode",
            places("{\"id\": \"spain\", \"level\": \"country\", \"name\": {\"en\": \"Spain\"}, \"isoCode\": \"CN-SC\"}"),
            "/places/0"),
        Arguments.of("country with a parent", places(CHINA,
            "{\"id\": \"spain\", \"level\": \"country\", \"name\": {\"en\": \"Spain\"}, \"parent\": \"china\"}"),
            "/places/1"),
        Arguments.of("country with a divisionCode",
            places("{\"id\": \"china\", \"level\": \"country\", \"name\": {\"en\": \"China\"}, \"divisionCode\": \"100000\"}"),
            "/places/0"),
        Arguments.of("province without a parent",
            places("{\"id\": \"sichuan\", \"level\": \"province\", \"name\": {\"en\": \"Sichuan\"}}"),
            "/places/0"),
        Arguments.of("province with a prefecture's divisionCode", places(CHINA,
            "{\"id\": \"sichuan\", \"level\": \"province\", \"name\": {\"en\": \"Sichuan\"}, \"parent\": \"china\","
                + " \"divisionCode\": \"510500\"}"),
            "/places/1"),
        Arguments.of("province with a country's isoCode", places(CHINA,
            "{\"id\": \"sichuan\", \"level\": \"province\", \"name\": {\"en\": \"Sichuan\"}, \"parent\": \"china\","
                + " \"isoCode\": \"CN\"}"),
            "/places/1"),
        Arguments.of("prefecture with an isoCode", places(CHINA, SICHUAN,
            "{\"id\": \"luzhou\", \"level\": \"prefecture\", \"name\": {\"en\": \"Luzhou\"}, \"parent\": \"sichuan\","
                + " \"isoCode\": \"CN-SC\"}"),
            "/places/2"),
        Arguments.of("prefecture with a province's divisionCode", places(CHINA, SICHUAN,
            "{\"id\": \"luzhou\", \"level\": \"prefecture\", \"name\": {\"en\": \"Luzhou\"}, \"parent\": \"sichuan\","
                + " \"divisionCode\": \"510000\"}"),
            "/places/2"));
  }

  private static final String CHINA = "{\"id\": \"china\", \"level\": \"country\", \"name\": {\"en\": \"China\"}, \"isoCode\": \"CN\"}";
  private static final String SICHUAN = "{\"id\": \"sichuan\", \"level\": \"province\", \"name\": {\"en\": \"Sichuan\"},"
      + " \"parent\": \"china\", \"divisionCode\": \"510000\", \"isoCode\": \"CN-SC\"}";

  /** A document of these places and nothing else. */
  private static String places(String... places) {
    return HEAD + ",\n  \"places\": [\n    " + String.join(",\n    ", places) + "\n  ]\n}";
  }

  /** The schema's rules for each level of place, which the model has too, hold for valid places. */
  @Test
  void placesOfEveryLevelWithTheirCodesAreValidForBoth() {
    String document = places(CHINA, SICHUAN, "{\"id\": \"luzhou\", \"level\": \"prefecture\","
        + " \"name\": {\"en\": \"Luzhou\"}, \"parent\": \"sichuan\", \"divisionCode\": \"510500\"}");

    assertThat(validate(document)).isEmpty();
    assertThat(ProgrammeJson.strict().read(document).places()).hasSize(3);
  }

  /** ECMAScript's {@code \\s} counts a no-break space as white space; Java, the model and the schema do not. */
  @Test
  void aNameOfANoBreakSpaceIsValidForBoth() {
    String document = HEAD.replace("\"SPRP\"", "\"\\u00A0\"") + "}";

    assertThat(validate(document)).isEmpty();
    assertThat(ProgrammeJson.strict().read(document).name().english()).isEqualTo("\u00A0");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentsTheSchemaRefuses")
  void documentThatBreaksTheSchemaIsRefusedByBoth(String what, String document, String pointer) {
    assertThat(validate(document)).as("schema errors").isNotEmpty();

    assertThatThrownBy(() -> ProgrammeJson.strict().read(document))
        .isInstanceOfSatisfying(ProgrammeJsonException.class, e -> assertThat(e.pointer()).isEqualTo(pointer));
  }

  @Test
  void duplicateElementOfASetIsRefusedByBothWhenAlone() {
    String document = HEAD + """
        ,
          "themes": [{"id": "ageing", "name": {"en": "Ageing"}}],
          "topics": [{"id": "t", "name": {"en": "T"}, "themes": ["ageing", "ageing"]}]
        }""";

    assertThat(validate(document)).extracting(Error::getKeyword).containsExactly("uniqueItems");
    assertThatThrownBy(() -> ProgrammeJson.strict().read(document))
        .isInstanceOfSatisfying(ProgrammeJsonException.class,
            e -> assertThat(e.pointer()).isEqualTo("/topics/0/themes/1"));
  }

  /** A sample of what each refusal of the schema names, so that the refusals are for the reason meant. */
  @Test
  void schemaRefusesForTheReasonMeant() {
    Map<String, String> keywords = documentsTheSchemaRefuses()
        .collect(Collectors.toMap(a -> (String) a.get()[0],
            a -> validate((String) a.get()[1]).stream().map(Error::getKeyword).distinct().sorted()
                .collect(Collectors.joining(","))));

    assertThat(keywords).containsEntry("wrong type", "type")
        .containsEntry("unknown field", "additionalProperties")
        .containsEntry("missing required field", "required")
        .containsEntry("bad id pattern", "pattern")
        .containsEntry("bad enum value", "enum")
        .containsEntry("bad EDTF shape", "pattern")
        .containsEntry("site without themes", "required")
        .containsEntry("request with empty topics", "minItems")
        .containsEntry("higher major version", "pattern")
        .containsEntry("wrong format", "const")
        .containsEntry("duplicate element of a set", "uniqueItems")
        .containsEntry("integer out of range", "maximum")
        .containsEntry("blank title", "pattern");
  }

  /** The golden documents stay valid when written again (the writer's output is valid too). */
  @ParameterizedTest
  @FieldSource("org.sprp.serialization.Golden#ALL")
  void writtenDocumentsAreValid(String name) {
    ProgrammeJson json = ProgrammeJson.strict();
    String written = json.writeString(json.read(Golden.bytes(name)));

    assertThat(validate(written)).isEmpty();
  }
}

package org.sprp.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sprp.core.Programme;

/**
 * Documents that are not valid programmes, each with the pointer (RFC 6901), line, column and
 * message of its (first) problem, as a user would read them. Expectations are written from the
 * documents and the rules, not copied from a run.
 */
class InvalidDocumentTest {

  /** The head of every document: lines 1 to 5. */
  static final String HEAD = """
      {
        "format": "sprp-programme",
        "formatVersion": "1.0",
        "id": "sprp",
        "name": {"en": "SPRP"}""";

  /** The head and one entity of most catalogues: lines 1 to 10. */
  static final String BASE = HEAD + """
      ,
        "components": [{"id": "c1", "name": {"en": "C1"}}],
        "themes": [{"id": "ageing", "name": {"en": "Ageing"}}],
        "topics": [{"id": "eu-policy", "name": {"en": "EU policy"}}],
        "places": [{"id": "china", "level": "country", "name": {"en": "China"}}],
        "organisations": [{"id": "ndrc", "name": {"en": "NDRC"}, "kind": "ministry"}]""";

  private static final ProgrammeJson STRICT = ProgrammeJson.strict();

  /** A document made of a head and more members, which start on the line after the head. */
  private static Arguments invalid(String name, String head, String members, String pointer, int line, int column,
      int problems, String message) {
    return invalid(name, head + ",\n" + members + "}", pointer, line, column, problems, message);
  }

  private static Arguments invalid(String name, String document, String pointer, int line, int column, int problems,
      String message) {
    return Arguments.of(name, STRICT, document, pointer, line, column, problems, message);
  }

  private static Arguments limited(String name, ProgrammeJson json, String document, String pointer, int line,
      int column, String message) {
    return Arguments.of(name, json, document, pointer, line, column, 1, message);
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        invalid("unknown field at the top level", HEAD, """
              "colour": "red"
            """,
            "/colour", 6, 3, 1,
            "unknown field 'colour' in Programme: expected one of format, formatVersion, id, name, "
            + "components, themes, topics, places, organisations, meetings, decisions, sites, missions, "
            + "requests, activities"),
        invalid("unknown field in an entity", HEAD, """
              "themes": [{"id": "ageing", "name": {"en": "Ageing"}, "colour": "red"}]
            """,
            "/themes/0/colour", 6, 57, 1,
            "unknown field 'colour' in Theme: expected one of id, name, description"),
        invalid("unknown field deep in a mission", BASE, """
              "missions": [{"id": "m", "title": "M", "initiator": "ndrc", "status": "planned",
                "stops": [{"place": "china", "engagements": [{"description": "talks", "with": "ndrc"}]}]}]
            """,
            "/missions/0/stops/0/engagements/0/with", 12, 75, 1,
            "unknown field 'with' in Engagement: expected one of description, counterpart"),
        invalid("unknown field in a name", HEAD, """
              "themes": [{"id": "ageing", "name": {"en": "Ageing", "fr": "Vieillissement"}}]
            """,
            "/themes/0/name/fr", 6, 56, 1,
            "unknown field 'fr' in BilingualName: expected one of en, zh"),
        invalid("duplicate field at the top level", HEAD, """
              "id": "other"
            """,
            "/id", 6, 3, 1,
            "duplicate field 'id' in Programme"),
        invalid("duplicate field in an entity", HEAD, """
              "organisations": [{"id": "ndrc", "name": {"en": "NDRC"}, "kind": "ministry", "kind": "committee"}]
            """,
            "/organisations/0/kind", 6, 80, 1,
            "duplicate field 'kind' in Organisation"),
        invalid("string for an object", """
            {
              "format": "sprp-programme",
              "formatVersion": "1.0",
              "id": "sprp",
              "name": "SPRP"
            }""",
            "/name", 5, 11, 1,
            "expected an object (BilingualName), found a string"),
        invalid("number for a string", """
            {
              "format": "sprp-programme",
              "formatVersion": "1.0",
              "id": 42,
              "name": {"en": "SPRP"}
            }""",
            "/id", 4, 9, 1,
            "expected a string (a programme id), found a number"),
        invalid("object for an array", HEAD, """
              "themes": {"id": "ageing"}
            """,
            "/themes", 6, 13, 1,
            "expected an array of an object (Theme), found an object"),
        invalid("null for a string", """
            {
              "format": "sprp-programme",
              "formatVersion": null,
              "id": "sprp",
              "name": {"en": "SPRP"}
            }""",
            "/formatVersion", 3, 20, 1,
            "expected a string, found null"),
        invalid("boolean for an integer", HEAD, """
              "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned", "sequenceNumber": true}]
            """,
            "/activities/0/sequenceNumber", 6, 103, 1,
            "expected an integer, found a boolean"),
        invalid("array for a string", BASE, """
              "meetings": [{"id": "m", "title": ["M"], "body": "ndrc", "timing": "2015"}]
            """,
            "/meetings/0/title", 11, 37, 1,
            "expected a string, found an array"),
        invalid("fraction for an integer", HEAD, """
              "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned", "sequenceNumber": 2.5}]
            """,
            "/activities/0/sequenceNumber", 6, 103, 1,
            "expected an integer, found a number"),
        invalid("integer written with an exponent, above the range", HEAD, """
              "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned", "sequenceNumber": 3e9}]
            """,
            "/activities/0/sequenceNumber", 6, 103, 1,
            "integer 3e9 is out of range: expected one from -2147483648 to 2147483647"),
        invalid("string for an enum in an array", HEAD, """
              "organisations": [{"id": "o", "name": {"en": "O"}, "kind": ["ministry"]}]
            """,
            "/organisations/0/kind", 6, 62, 1,
            "expected a string (organisation kind: ministry, committee, eu-body, project-team, "
                + "provincial-government, local-government, service-centre, company, institute, other), "
                + "found an array"),
        invalid("missing required field at the top level", """
            {
              "format": "sprp-programme",
              "formatVersion": "1.0",
              "id": "sprp"
            }""",
            "", 1, 1, 1,
            "missing required field 'name' in Programme"),
        invalid("missing required field in an entity", HEAD, """
              "organisations": [{"id": "ndrc", "name": {"en": "NDRC"}}]
            """,
            "/organisations/0", 6, 21, 1,
            "missing required field 'kind' in Organisation"),
        invalid("missing required field in a reference", BASE, """
              "decisions": [{"id": "d", "summary": "S", "decidedBy": ["ndrc"], "subjects": [{"id": "c1"}]}]
            """,
            "/decisions/0/subjects/0", 11, 81, 1,
            "missing required field 'kind' in EntityReference"),
        invalid("dangling place of a site", BASE, """
              "sites": [{"id": "s", "place": "nowhere", "component": "c1", "themes": ["ageing"]}]
            """,
            "/sites/0/place", 11, 34, 1,
            "unknown place 'nowhere'"),
        // Columns count characters, read from text or from bytes: the ten Chinese characters take
        // thirty bytes, so from bytes the parser says columns 123 and 112.
        invalid("dangling place after Chinese text on its line", HEAD, """
              "organisations": [{"id": "o", "name": {"en": "O", "zh": "国家发展和改革委员会"}, "kind": "ministry", "place": "nowhere"}]
            """,
            "/organisations/0/place", 6, 103, 1,
            "unknown place 'nowhere'"),
        invalid("invalid enum after Chinese text on its line", HEAD, """
              "organisations": [{"id": "o", "name": {"en": "O", "zh": "国家发展和改革委员会"}, "kind": "ministre"}]
            """,
            "/organisations/0/kind", 6, 82, 1,
            "unknown organisation kind 'ministre': expected one of ministry, committee, eu-body, project-team, "
                + "provincial-government, local-government, service-centre, company, institute, other"),
        invalid("dangling request answered by an activity", HEAD, """
              "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned", "answers": ["r9"]}]
            """,
            "/activities/0/answers/0", 6, 97, 1,
            "unknown request 'r9'"),
        invalid("dangling subject of a decision", BASE, """
              "decisions": [{"id": "d", "summary": "S", "decidedBy": ["ndrc"],
                "subjects": [{"kind": "site", "id": "c1"}, {"kind": "mission", "id": "nowhere"}]}]
            """,
            "/decisions/0/subjects/0", 12, 18, 2,
            "unknown site 'c1'"),
        invalid("dangling counterpart of an engagement", BASE, """
              "missions": [{"id": "m", "title": "M", "initiator": "ndrc", "status": "planned",
                "stops": [{"place": "china"}, {"place": "china", "engagements": [{"description": "talks", "counterpart": "nobody"}]}]}]
            """,
            "/missions/0/stops/1/engagements/0/counterpart", 12, 110, 1,
            "unknown organisation 'nobody'"),
        invalid("duplicate id", BASE, """
              "meetings": [
                {"id": "m", "title": "M", "body": "ndrc", "timing": "2015"},
                {"id": "m", "title": "N", "body": "ndrc", "timing": "2016"}
              ]
            """,
            "/meetings/1/id", 13, 12, 1,
            "duplicate meeting id 'm', first used at meetings[#0]"),
        invalid("invalid id text", """
            {
              "format": "sprp-programme",
              "formatVersion": "1.0",
              "id": "SPRP",
              "name": {"en": "SPRP"}
            }""",
            "/id", 4, 9, 1,
            "programme id 'SPRP' is invalid at index 0, 'S': an id is lower-case letters a-z, digits 0-9 and hyphens, "
            + "starting with a letter or digit"),
        invalid("blank id of a reference", HEAD, """
              "components": [{"id": "c1", "name": {"en": "C1"}, "lead": " "}]
            """,
            "/components/0/lead", 6, 61, 1,
            "organisation id must not be blank"),
        invalid("timing on a day that does not exist", BASE, """
              "meetings": [{"id": "m", "title": "M", "body": "ndrc", "timing": "2015-02-30"}]
            """,
            "/meetings/0/timing", 11, 68, 1,
            "Invalid timing '2015-02-30' at index 8: day 30 is not in February 2015 (01-28)"),
        invalid("timing in a foreign shape", HEAD, """
              "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned", "timing": "21/04/2015"}]
            """,
            "/activities/0/timing", 6, 95, 1,
            "Invalid timing '21/04/2015' at index 5: an interval has exactly one '/'"),
        invalid("interval that ends before it starts", HEAD, """
              "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned", "timing": "2016/2015"}]
            """,
            "/activities/0/timing", 6, 95, 1,
            "Invalid timing '2016/2015' at index 4: interval start 2016 is after its end 2015"),
        invalid("invalid place level", HEAD, """
              "places": [{"id": "x", "level": "city", "name": {"en": "X"}}]
            """,
            "/places/0/level", 6, 35, 1,
            "unknown place level 'city': expected one of country, province, prefecture"),
        invalid("invalid status", HEAD, """
              "activities": [{"id": "a", "kind": "training", "title": "A", "status": "done"}]
            """,
            "/activities/0/status", 6, 74, 1,
            "unknown status 'done': expected one of proposed, planned, scheduled, completed, "
            + "postponed, cancelled"),
        invalid("enum in upper case", HEAD, """
              "activities": [{"id": "a", "kind": "PANEL_DISCUSSION", "title": "A", "status": "planned"}]
            """,
            "/activities/0/kind", 6, 38, 1,
            "unknown activity kind 'PANEL_DISCUSSION': expected one of panel-discussion, training, "
            + "study-visit, workshop, seminar, conference, consultation"),
        invalid("invalid kind of reference", BASE, """
              "decisions": [{"id": "d", "summary": "S", "decidedBy": ["ndrc"], "subjects": [{"kind": "planet", "id": "x"}]}]
            """,
            "/decisions/0/subjects/0", 11, 81, 1,
            "unknown kind 'planet' of reference: expected one of programme, component, theme, topic, "
            + "place, organisation, meeting, decision, site, mission, request, activity"),
        invalid("site without themes", BASE, """
              "sites": [{"id": "s", "place": "china", "component": "c1"}]
            """,
            "/sites/0", 11, 13, 1,
            "PilotSite 's': themes must not be empty: a pilot site has at least one theme"),
        invalid("mission without stops", BASE, """
              "missions": [{"id": "m", "title": "M", "initiator": "ndrc", "status": "planned"}]
            """,
            "/missions/0", 11, 16, 1,
            "Mission 'm': stops must not be empty: a mission has at least one stop"),
        invalid("decision with neither meeting nor decidedBy", HEAD, """
              "decisions": [{"id": "d", "summary": "S"}]
            """,
            "/decisions/0", 6, 17, 1,
            "Decision 'd': meeting or decidedBy must be given: a decision is taken at a meeting or by "
            + "organisations"),
        invalid("country with a parent", HEAD, """
              "places": [
                {"id": "china", "level": "country", "name": {"en": "China"}},
                {"id": "spain", "level": "country", "name": {"en": "Spain"}, "parent": "china"}
              ]
            """,
            "/places/1", 8, 5, 1,
            "Place 'spain': parent must be empty for a country"),
        invalid("province without a parent", HEAD, """
              "places": [{"id": "sichuan", "level": "province", "name": {"en": "Sichuan"}}]
            """,
            "/places/0", 6, 14, 1,
            "Place 'sichuan': parent must be given for a province-level division"),
        invalid("prefecture code for a province", HEAD, """
              "places": [
                {"id": "china", "level": "country", "name": {"en": "China"}},
                {"id": "sichuan", "level": "province", "name": {"en": "Sichuan"}, "parent": "china", "divisionCode": "510500"}
              ]
            """,
            "/places/1", 8, 5, 1,
            "Place 'sichuan': divisionCode '510500' must be six digits ending in 0000 for a "
            + "province-level division, such as 510000"),
        invalid("division code outside the parent's province", HEAD, """
              "places": [
                {"id": "china", "level": "country", "name": {"en": "China"}},
                {"id": "sichuan", "level": "province", "name": {"en": "Sichuan"}, "parent": "china", "divisionCode": "510000"},
                {"id": "huizhou", "level": "prefecture", "name": {"en": "Huizhou"}, "parent": "sichuan", "divisionCode": "441300"}
              ]
            """,
            "/places/2/divisionCode", 9, 110, 1,
            "division code 441300 does not start with 51, the province code of its parent 'sichuan' "
            + "(510000)"),
        invalid("prefecture whose parent is a country", HEAD, """
              "places": [
                {"id": "china", "level": "country", "name": {"en": "China"}},
                {"id": "luzhou", "level": "prefecture", "name": {"en": "Luzhou"}, "parent": "china"}
              ]
            """,
            "/places/1/parent", 8, 81, 1,
            "parent 'china' is a country, but a prefecture lies in a province-level division"),
        invalid("site in a country", BASE, """
              "sites": [{"id": "s", "place": "china", "component": "c1", "themes": ["ageing"]}]
            """,
            "/sites/0/place", 11, 34, 1,
            "place 'china' is a country, but a pilot site stands in a province-level division or a "
            + "prefecture"),
        invalid("blank English name", """
            {
              "format": "sprp-programme",
              "formatVersion": "1.0",
              "id": "sprp",
              "name": {"en": " "}
            }""",
            "/name", 5, 11, 1,
            "name: english must not be blank"),
        invalid("stop outside the mission's timing", BASE, """
              "missions": [{"id": "m", "title": "M", "initiator": "ndrc", "status": "completed", "timing": "2015-09",
                "stops": [{"place": "china", "timing": "2015-10-02"}]}]
            """,
            "/missions/0", 11, 16, 1,
            "Mission 'm': timing 2015-09 must contain the timing of each stop; stops[0].timing 2015-10-02 lies outside it"),
        invalid("sequence number zero", HEAD, """
              "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned", "sequenceNumber": 0}]
            """,
            "/activities/0", 6, 18, 1,
            "KnowledgeActivity 'a': sequenceNumber 0 must be at least 1"),
        invalid("higher major formatVersion", """
            {
              "format": "sprp-programme",
              "formatVersion": "2.0",
              "id": "sprp",
              "name": {"en": "SPRP"}
            }""",
            "/formatVersion", 3, 20, 1,
            "formatVersion 2.0 is newer than this reader, which reads 1.x: use a newer "
            + "sprp-serialization"),
        invalid("formatVersion without minor", """
            {
              "format": "sprp-programme",
              "formatVersion": "1",
              "id": "sprp",
              "name": {"en": "SPRP"}
            }""",
            "/formatVersion", 3, 20, 1,
            "formatVersion '1' is not MAJOR.MINOR, such as 1.0"),
        invalid("wrong format", """
            {
              "format": "sprp-plan",
              "formatVersion": "1.0",
              "id": "sprp",
              "name": {"en": "SPRP"}
            }""",
            "/format", 2, 13, 1,
            "format 'sprp-plan' is not 'sprp-programme': this is not a programme document"),
        invalid("duplicate element of a set", BASE, """
              "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned", "themes": ["ageing", "ageing"]}]
            """,
            "/activities/0/themes/1", 11, 106, 1,
            "duplicate value 'ageing' in themes"),
        invalid("duplicate reference among subjects", BASE, """
              "decisions": [{"id": "d", "summary": "S", "decidedBy": ["ndrc"],
                "subjects": [{"kind": "theme", "id": "ageing"}, {"kind": "theme", "id": "ageing"}]}]
            """,
            "/decisions/0/subjects/1", 12, 53, 1,
            "duplicate value 'ageing' in subjects"),
        invalid("integer above the range", HEAD, """
              "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned", "sequenceNumber": 2147483648}]
            """,
            "/activities/0/sequenceNumber", 6, 103, 1,
            "integer 2147483648 is out of range: expected one from -2147483648 to 2147483647"),
        invalid("integer below the range", HEAD, """
              "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned", "sequenceNumber": -99999999999}]
            """,
            "/activities/0/sequenceNumber", 6, 103, 1,
            "integer -99999999999 is out of range: expected one from -2147483648 to 2147483647"),
        // The document as a whole.
        invalid("empty document", "", "", 1, 1, 1, "the document is empty: expected an object (Programme)"),
        invalid("document of white space only", "\n  \n", "", 1, 1, 1,
            "the document is empty: expected an object (Programme)"),
        invalid("null at the top", "null", "", 1, 1, 1, "expected an object (Programme), found null"),
        invalid("array at the top", "\n[]", "", 2, 1, 1, "expected an object (Programme), found an array"),
        invalid("content after the document", HEAD + "\n}\n{}", "", 7, 1, 1,
            "unexpected content after the end of the document"),
        invalid("byte order mark", "\uFEFF" + HEAD + "\n}", "", 1, 1, 1,
            "the document starts with a byte order mark: the format is UTF-8 without one"),
        // Malformed JSON, in the words of the parser.
        invalid("trailing comma", HEAD + ",\n}", "/name", 6, 1, 1,
            "malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start property name"),
        invalid("single quotes", HEAD + ",\n  'themes': []\n}", "/name", 6, 3, 1,
            "malformed JSON: Unexpected character (''' (code 39)): was expecting double-quote to start property name"),
        invalid("bare word", HEAD.replace("\"sprp\"", "sprp") + "\n}", "/id", 4, 9, 1,
            "malformed JSON: Unrecognized token 'sprp': was expecting (JSON String, Number, Array, Object or token "
                + "'null', 'true' or 'false')"),
        invalid("end of the document inside an object", HEAD + "\n", "/name", 6, 1, 1,
            "malformed JSON: Unexpected end-of-input: expected close marker for Object"),
        invalid("garbage after the document", HEAD + "\n} x", "", 6, 3, 1,
            "malformed JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token "
                + "'null', 'true' or 'false')"),
        // Limits.
        limited("document over maxDocumentBytes", ProgrammeJson.builder().maxDocumentBytes(200).build(),
            BASE + "\n}", "", -1, -1, "the document is larger than 200 bytes, the limit maxDocumentBytes"),
        // 126 characters but 158 bytes: the limit counts bytes, from text as from bytes.
        limited("document over maxDocumentBytes in bytes, not in characters",
            ProgrammeJson.builder().maxDocumentBytes(150).build(),
            HEAD.replace("{\"en\": \"SPRP\"}", "{\"en\": \"SPRP\", \"zh\": \"社会保障改革项目社会保障改革项目\"}") + "\n}",
            "", -1, -1, "the document is larger than 150 bytes, the limit maxDocumentBytes"),
        limited("string over maxStringLength", ProgrammeJson.builder().maxStringLength(16).build(),
            HEAD.replace("\"SPRP\"", "\"Social Protection Reform Project\"") + "\n}", "/name/en", 5, 18,
            "a string is longer than 16 characters, the limit maxStringLength"),
        limited("id over maxStringLength, read in the parser's buffer", ProgrammeJson.builder().maxStringLength(16).build(),
            HEAD.replace("\"sprp\"", "\"social-protection-reform-project\"") + "\n}", "/id", 4, 9,
            "a string is longer than 16 characters, the limit maxStringLength"),
        limited("enum name over maxStringLength", ProgrammeJson.builder().maxStringLength(16).build(), BASE.replace(
            "\"ministry\"", "\"ministry-of-everything-and-more\"") + "\n}", "/organisations/0/kind", 10, 68,
            "a string is longer than 16 characters, the limit maxStringLength"),
        limited("string over maxStringLength, skipped by a lenient reader",
            ProgrammeJson.builder().lenient(true).maxStringLength(16).build(),
            HEAD + ",\n  \"extra\": {\"deep\": [\"a string longer than sixteen\"]}\n}", "/extra/deep/0", 6, 22,
            "a string is longer than 16 characters, the limit maxStringLength"),
        limited("nesting over maxDepth, skipped by a lenient reader",
            ProgrammeJson.builder().lenient(true).maxDepth(8).build(),
            // Located where the parser stopped: just after the bracket that goes too deep (column 19).
            HEAD + ",\n  \"extra\": [[[[[[[[1]]]]]]]]\n}", "/extra/0/0/0/0/0/0/0", 6, 20,
            "the document nests deeper than 8 levels, the limit maxDepth"),
        limited("entities over maxEntities", ProgrammeJson.builder().maxEntities(2).build(),
            BASE + "\n}", "/topics/0", 8, 14, "the document has more than 2 entities, the limit maxEntities"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void documentIsRefusedWithPointerLocationAndMessage(String name, ProgrammeJson json, String document,
      String pointer, int line, int column, int problems, String message) {
    ProgrammeJsonException e = catchThrowableOfType(ProgrammeJsonException.class, () -> json.read(document));

    assertThat(e).as("no programme is returned").isExactlyInstanceOf(ProgrammeJsonException.class);
    assertThat(e.problems()).hasSize(problems);
    JsonProblem first = e.problems().get(0);
    assertThat(first.message()).isEqualTo(message);
    assertThat(first.pointer()).isEqualTo(pointer);
    assertThat(List.of(first.line(), first.column())).as("line and column").containsExactly(line, column);
    assertThat(List.of(e.pointer(), e.line(), e.column())).containsExactly(pointer, line, column);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void documentGivesTheSameProblemsAsBytes(String name, ProgrammeJson json, String document, String pointer,
      int line, int column, int problems, String message) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    ProgrammeJsonException fromText = catchThrowableOfType(ProgrammeJsonException.class, () -> json.read(document));
    ProgrammeJsonException fromBytes = catchThrowableOfType(ProgrammeJsonException.class, () -> json.read(bytes));

    ProgrammeJsonException fromStream = catchThrowableOfType(ProgrammeJsonException.class,
        () -> json.read(new java.io.ByteArrayInputStream(bytes)));

    assertThat(fromBytes).isExactlyInstanceOf(ProgrammeJsonException.class);
    assertThat(fromBytes.problems()).isEqualTo(fromText.problems());
    assertThat(fromStream.problems()).isEqualTo(fromText.problems());
  }
  @Test
  void anIntegerWrittenWithAFractionOfZeroOrAnExponentIsAnInteger() {
    // JSON Schema counts these as integers, so a document the schema accepts is read.
    for (String written : List.of("2.0", "2e0", "0.2e1", "20e-1", "2.000")) {
      String document = HEAD + ",\n  \"activities\": [{\"id\": \"a\", \"kind\": \"training\", \"title\": \"A\","
          + " \"status\": \"planned\", \"sequenceNumber\": " + written + "}]\n}";
      assertThat(STRICT.read(document).activities().get(0).sequenceNumber()).as(written).hasValue(2);
    }
  }

  @Test
  void aTextsSizeIsCountedInUtf8Bytes() {
    // The last character of each width and the first of the next, and a lone surrogate at the end.
    for (String text : List.of("", "ascii", "é", "泸州", "\uD83D\uDE00 emoji", "lone \uD800 high", "lone \uDC00 low",
        "\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF", "high at the end \uD800")) {
      long expected = text.getBytes(StandardCharsets.UTF_8).length;
      // Java writes a lone surrogate as '?', one byte; the count allows three for it.
      long lone = text.chars().filter(c -> Character.isSurrogate((char) c)).count()
          - 2 * text.codePoints().filter(Character::isSupplementaryCodePoint).count();
      assertThat(ProgrammeJson.utf8Length(text)).as(text).isEqualTo(expected + 2 * lone);
    }
  }

  @Test
  void byteColumnsBecomeCharacterColumnsOnLinesEndedAsJacksonEndsThem() {
    byte[] source = "a\r\n泸x\r泸泸y\n".getBytes(StandardCharsets.UTF_8);
    assertThat(ProgrammeJson.characterColumn(source, 1, 1)).isEqualTo(1);
    assertThat(ProgrammeJson.characterColumn(source, 2, 4)).as("x after one 3-byte character").isEqualTo(2);
    assertThat(ProgrammeJson.characterColumn(source, 3, 7)).as("y after two, past a lone \\r").isEqualTo(3);
    assertThat(ProgrammeJson.characterColumn(source, -1, -1)).isEqualTo(-1);
    assertThat(ProgrammeJson.characterColumn(source, 9, 5)).as("a line the source does not have").isEqualTo(5);
    assertThat(ProgrammeJson.characterColumn("泸泸x".getBytes(StandardCharsets.UTF_8), 1, 7))
        .as("x on the first line, after two 3-byte characters").isEqualTo(3);
    assertThat(ProgrammeJson.characterColumn("a\r".getBytes(StandardCharsets.UTF_8), 2, 1))
        .as("the line after a \\r that ends the source").isEqualTo(1);
  }

  @Test
  void numberOfMoreThan32CharactersIsRefusedOnItsLine() {
    String document = HEAD + """
        ,
          "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned",
            "sequenceNumber": 123456789012345678901234567890123}]
        }""";

    ProgrammeJsonException e = catchThrowableOfType(ProgrammeJsonException.class, () -> STRICT.read(document));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.getMessage()).endsWith("a number is longer than 32 characters");
    assertThat(e.pointer()).isEqualTo("/activities/0/sequenceNumber");
    // The parser stops inside or just after the number (columns 23 to 56 of line 7).
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isBetween(23, 56);
  }

  @Test
  void documentWithSeveralProblemsListsThemAll() {
    String document = BASE + """
        ,
          "themes": [],
          "sites": [{"id": "luzhou", "place": "luzhou", "component": "c2", "themes": ["ageing"]}],
          "missions": [{"id": "m", "title": "M", "initiator": "eu", "status": "completed",
            "participants": ["ndrc", "pac"], "stops": [{"place": "huizhou"}]}],
          "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned", "topics": ["ageing"]}]
        }""";
    String valid = document.replace("  \"themes\": [],\n", "");

    ProgrammeJsonException duplicate = catchThrowableOfType(ProgrammeJsonException.class, () -> STRICT.read(document));
    ProgrammeJsonException e = catchThrowableOfType(ProgrammeJsonException.class, () -> STRICT.read(valid));

    // A catalogue given twice stops the read at once: nothing else is checked.
    assertThat(duplicate.problems()).containsExactly(new JsonProblem("/themes", 11, 3, "duplicate field 'themes' in Programme"));
    // Problems of the programme as a whole are all listed, each where it is.
    assertThat(e.problems()).containsExactly(
        new JsonProblem("/sites/0/place", 11, 39, "unknown place 'luzhou'"),
        new JsonProblem("/sites/0/component", 11, 62, "unknown component 'c2'"),
        new JsonProblem("/missions/0/initiator", 12, 55, "unknown organisation 'eu'"),
        new JsonProblem("/missions/0/participants/1", 13, 30, "unknown organisation 'pac'"),
        new JsonProblem("/missions/0/stops/0/place", 13, 58, "unknown place 'huizhou'"),
        new JsonProblem("/activities/0/topics/0", 14, 96, "unknown topic 'ageing'"));
    assertThat(e.pointer()).isEqualTo("/sites/0/place");
    assertThat(List.of(e.line(), e.column())).containsExactly(11, 39);
    assertThat(e.getMessage()).startsWith("6 problems:\n  /sites/0/place (line 11, column 39): unknown place 'luzhou'\n");
  }

  @Test
  void duplicateIdsAreListedWithEveryOtherProblem() {
    String document = BASE + """
        ,
          "meetings": [
            {"id": "m", "title": "M", "body": "ndrc", "timing": "2015"},
            {"id": "m", "title": "N", "body": "ndrc", "timing": "2016"}
          ],
          "sites": [{"id": "s", "place": "china", "component": "c1", "themes": ["ageing", "old-age"]}]
        }""";

    ProgrammeJsonException e = catchThrowableOfType(ProgrammeJsonException.class, () -> STRICT.read(document));

    assertThat(e.problems()).containsExactly(
        new JsonProblem("/meetings/1/id", 13, 12, "duplicate meeting id 'm', first used at meetings[#0]"),
        new JsonProblem("/sites/0/place", 15, 34,
            "place 'china' is a country, but a pilot site stands in a province-level division or a prefecture"),
        new JsonProblem("/sites/0/themes/1", 15, 83, "unknown theme 'old-age'"));
  }

  @Test
  void tooLargeStreamIsRefusedBeforeItIsReadWhole() {
    ProgrammeJson json = ProgrammeJson.builder().maxDocumentBytes(100).build();
    byte[] document = (BASE + "\n}").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> json.read(new ByteArrayInputStream(document)))
        .isInstanceOfSatisfying(ProgrammeJsonException.class, e -> assertThat(e.problems()).containsExactly(
            new JsonProblem("", -1, -1, "the document is larger than 100 bytes, the limit maxDocumentBytes")));
  }

  @Test
  void tooLargeFileIsRefused(@TempDir Path folder) throws IOException {
    ProgrammeJson json = ProgrammeJson.builder().maxDocumentBytes(100).build();
    Path file = Files.writeString(folder.resolve("programme.json"), BASE + "\n}");

    assertThatThrownBy(() -> json.read(file))
        .isInstanceOfSatisfying(ProgrammeJsonException.class, e -> assertThat(e.problems()).containsExactly(
            new JsonProblem("", -1, -1, "the document is larger than 100 bytes, the limit maxDocumentBytes")));
  }

  @Test
  void documentInUtf16IsRefused() {
    byte[] document = (HEAD + "\n}").getBytes(StandardCharsets.UTF_16BE);

    assertThatThrownBy(() -> STRICT.read(document))
        .isInstanceOfSatisfying(ProgrammeJsonException.class, e -> assertThat(e.problems()).containsExactly(
            new JsonProblem("", 1, 1,
                "the document is not UTF-8 (it looks like UTF-16 or UTF-32): the format is UTF-8")));
  }

  @Test
  void lenientReaderIgnoresUnknownFieldsAndNothingElse() {
    ProgrammeJson lenient = ProgrammeJson.builder().lenient(true).build();
    String unknown = HEAD + ",\n  \"colour\": {\"r\": [1, 2]},\n  \"themes\": [{\"id\": \"t\", \"name\": {\"en\": \"T\"}, \"x\": 1}]\n}";
    String duplicate = HEAD + ",\n  \"id\": \"other\"\n}";

    Programme programme = lenient.read(unknown);

    assertThat(programme.themes()).hasSize(1);
    assertThatThrownBy(() -> lenient.read(duplicate))
        .isInstanceOfSatisfying(ProgrammeJsonException.class,
            e -> assertThat(e.problems()).containsExactly(new JsonProblem("/id", 6, 3, "duplicate field 'id' in Programme")));
  }

  @Test
  void columnCountsCharactersAfterChineseText() {
    String document = HEAD.replace("{\"en\": \"SPRP\"}", "{\"en\": \"SPRP\", \"zh\": \"社会保障改革项目\", \"x\": 1}") + "\n}";

    ProgrammeJsonException fromText = catchThrowableOfType(ProgrammeJsonException.class, () -> STRICT.read(document));

    assertThat(fromText.problems()).containsExactly(
        new JsonProblem("/name/x", 5, 44, "unknown field 'x' in BilingualName: expected one of en, zh"));
  }
  @Test
  void aProblemInASetGivenOutOfOrderPointsAtTheElementInTheDocument() {
    // The model holds a set in id order (eu-policy, pensions, zz-topic); its problem names the
    // element's index there, which the pointer maps back to the document's order.
    String document = BASE + """
        ,
          "activities": [{"id": "a", "kind": "training", "title": "A", "status": "planned",
            "topics": ["zz-topic", "pensions", "eu-policy"]}]}""";

    ProgrammeJsonException e = catchThrowableOfType(ProgrammeJsonException.class, () -> STRICT.read(document));
    ProgrammeJsonException viaModule = catchThrowableOfType(ProgrammeJsonException.class,
        () -> tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build()
            .readValue(document, org.sprp.core.Programme.class));

    assertThat(e.problems()).extracting(JsonProblem::pointer, JsonProblem::line, JsonProblem::column,
        JsonProblem::message).containsExactly(
            tuple("/activities/0/topics/0", 12, 16, "unknown topic 'zz-topic'"),
            tuple("/activities/0/topics/1", 12, 28, "unknown topic 'pensions'"));
    assertThat(viaModule.problems()).extracting(JsonProblem::pointer).containsExactlyInAnyOrder(
        "/activities/0/topics/0", "/activities/0/topics/1");
    // A programme inside a user's own structure is pointed into from its own start, as before.
    Throwable nested = catchThrowable(() -> tools.jackson.databind.json.JsonMapper.builder().findAndAddModules()
        .build().readValue("{\"note\": \"x\", \"programme\": " + document + "}", Wrapper.class));
    assertThat(nested).isInstanceOf(tools.jackson.databind.DatabindException.class)
        .cause().isInstanceOf(ProgrammeJsonException.class);
    assertThat(((ProgrammeJsonException) nested.getCause()).problems()).extracting(JsonProblem::pointer,
        JsonProblem::message).containsExactlyInAnyOrder(tuple("/activities/0/topics/0", "unknown topic 'zz-topic'"),
            tuple("/activities/0/topics/1", "unknown topic 'pensions'"));
  }

  /** A user's structure that holds a programme. */
  public record Wrapper(String note, org.sprp.core.Programme programme) {}
}

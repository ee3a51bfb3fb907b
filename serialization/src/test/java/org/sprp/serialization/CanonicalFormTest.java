package org.sprp.serialization;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sprp.core.ActivityId;
import org.sprp.core.BilingualName;
import org.sprp.core.Component;
import org.sprp.core.ComponentId;
import org.sprp.core.DecisionId;
import org.sprp.core.MeetingId;
import org.sprp.core.MissionId;
import org.sprp.core.OrganisationId;
import org.sprp.core.PlaceId;
import org.sprp.core.Programme;
import org.sprp.core.ProgrammeId;
import org.sprp.core.RequestId;
import org.sprp.core.SiteId;
import org.sprp.core.Status;
import org.sprp.core.Theme;
import org.sprp.core.ThemeId;
import org.sprp.core.Topic;
import org.sprp.core.TopicId;
import org.sprp.core.activity.ActivityKind;
import org.sprp.core.activity.Engagement;
import org.sprp.core.activity.KnowledgeActivity;
import org.sprp.core.activity.KnowledgeRequest;
import org.sprp.core.activity.Mission;
import org.sprp.core.activity.MissionStop;
import org.sprp.core.activity.Modality;
import org.sprp.core.activity.PilotSite;
import org.sprp.core.activity.RequestChannel;
import org.sprp.core.actor.Decision;
import org.sprp.core.actor.Meeting;
import org.sprp.core.actor.Organisation;
import org.sprp.core.actor.OrganisationKind;
import org.sprp.core.place.Place;
import org.sprp.core.place.PlaceLevel;
import org.sprp.core.time.Timing;

/**
 * The canonical layout of a document, against documents written out by hand from the format's
 * rules: keys in the order of the field tables, two spaces a level, one member or element a line,
 * {@code ": "} after names, empty arrays and absent values left out, {@code \n} line ends and a
 * final newline, non-ASCII text raw in UTF-8, and JSON's escapes for quotes, backslashes and
 * control characters.
 */
@DisplayName("Canonical form")
class CanonicalFormTest {

  private static final ProgrammeJson JSON = ProgrammeJson.strict();

  private static final PlaceId CHINA = PlaceId.of("china");
  private static final PlaceId SICHUAN = PlaceId.of("sichuan");
  private static final PlaceId LUZHOU = PlaceId.of("luzhou");
  private static final OrganisationId NDRC = OrganisationId.of("ndrc");
  private static final OrganisationId PAC = OrganisationId.of("pac");
  private static final OrganisationId SICHUAN_GOV = OrganisationId.of("sichuan-gov");
  private static final ThemeId AGEING = ThemeId.of("ageing");
  private static final TopicId IT = TopicId.of("it-systems");
  private static final TopicId FUNDS = TopicId.of("funds");
  private static final SiteId LUZHOU_SITE = SiteId.of("luzhou");
  private static final DecisionId ENDORSE = DecisionId.of("endorse");
  private static final MeetingId PAC_2015 = MeetingId.of("pac-2015");
  private static final RequestId REQUEST = RequestId.of("request");

  /** A small programme with every catalogue, some optional values given and some not. */
  private static Programme programme() {
    return Programme.builder()
        .id(ProgrammeId.of("sprp"))
        .name(BilingualName.of("Social \"Protection\" Reform", "社会保障改革项目"))
        .addComponents(Component.builder().id(ComponentId.of("c1")).name(BilingualName.of("C1")).lead(NDRC).build())
        .addThemes(Theme.builder().id(AGEING).name(BilingualName.of("Ageing population"))
            .description("Tab\there, back\\slash, soh\u0001 and us\u001f").build())
        .addTopics(
            Topic.builder().id(IT).name(BilingualName.of("IT systems")).addThemes(AGEING).build(),
            Topic.builder().id(FUNDS).name(BilingualName.of("Funds")).build())
        .addPlaces(
            Place.builder().id(CHINA).level(PlaceLevel.COUNTRY).name(BilingualName.of("China", "中国"))
                .isoCode("CN").build(),
            Place.builder().id(SICHUAN).level(PlaceLevel.PROVINCE).name(BilingualName.of("Sichuan", "四川省"))
                .parent(CHINA).divisionCode("510000").isoCode("CN-SC").build(),
            Place.builder().id(LUZHOU).level(PlaceLevel.PREFECTURE).name(BilingualName.of("Luzhou", "泸州市"))
                .parent(SICHUAN).divisionCode("510500").build())
        .addOrganisations(
            Organisation.builder().id(NDRC).name(BilingualName.of("NDRC", "国家发展和改革委员会"))
                .kind(OrganisationKind.MINISTRY).build(),
            Organisation.builder().id(PAC).name(BilingualName.of("Project Advisory Committee"))
                .kind(OrganisationKind.COMMITTEE).build(),
            Organisation.builder().id(SICHUAN_GOV).name(BilingualName.of("Sichuan authorities"))
                .kind(OrganisationKind.PROVINCIAL_GOVERNMENT).place(SICHUAN).build())
        .addMeetings(Meeting.builder().id(PAC_2015).title("PAC meeting").body(PAC)
            .timing(Timing.parse("2015-04-21")).build())
        .addDecisions(
            Decision.builder().id(ENDORSE).summary("Endorsed the pilot sites").meeting(PAC_2015)
                .addSubjects(LUZHOU_SITE, ProgrammeId.of("sprp")).build(),
            Decision.builder().id(DecisionId.of("panel")).summary("Panel with sites").addDecidedBy(NDRC, PAC)
                .timing(Timing.parse("2015-09?")).build())
        .addSites(PilotSite.builder().id(LUZHOU_SITE).place(LUZHOU).component(ComponentId.of("c1"))
            .addThemes(AGEING).endorsedBy(ENDORSE).build())
        .addMissions(Mission.builder().id(MissionId.of("visit")).title("Field visit").initiator(NDRC)
            .addPurposes("Listen", "Listen")
            .addStops(
                MissionStop.builder().place(LUZHOU).timing(Timing.parse("2015-09-10"))
                    .addEngagements(Engagement.of("Meeting \"officials\"", SICHUAN_GOV), Engagement.of("Visit"))
                    .build(),
                MissionStop.of(CHINA))
            .addSites(LUZHOU_SITE)
            .status(Status.COMPLETED)
            .timing(Timing.parse("2015-09"))
            .build())
        .addRequests(KnowledgeRequest.builder().id(REQUEST).addRequestedBy(SICHUAN_GOV)
            .channel(RequestChannel.DOCUMENT).addTopics(IT).addModalities(Modality.IN_COUNTRY, Modality.ABROAD)
            .timing(Timing.parse("2015-09/")).build())
        .addActivities(
            KnowledgeActivity.builder().id(ActivityId.of("panel-2")).kind(ActivityKind.PANEL_DISCUSSION)
                .sequenceNumber(2).title("Second panel 😀").status(Status.PLANNED).build(),
            KnowledgeActivity.builder().id(ActivityId.of("training")).kind(ActivityKind.STUDY_VISIT)
                .title("Study visit").modality(Modality.ABROAD).venue(CHINA).addThemes(AGEING)
                .addTopics(FUNDS, IT).addSites(LUZHOU_SITE).addAnswers(REQUEST).addOrganisers(NDRC, PAC)
                .status(Status.PROPOSED).timing(Timing.parse("2016-21/.."))
                .description("Line\nbreak, 𠀀 and \u2028").build())
        .build();
  }

  /** Written by hand from ProgrammeJson's rules and ModelCodecs's tables, not by the writer. */
  private static final String CANONICAL = """
      {
        "format": "sprp-programme",
        "formatVersion": "1.0",
        "id": "sprp",
        "name": {
          "en": "Social \\"Protection\\" Reform",
          "zh": "社会保障改革项目"
        },
        "components": [
          {
            "id": "c1",
            "name": {
              "en": "C1"
            },
            "lead": "ndrc"
          }
        ],
        "themes": [
          {
            "id": "ageing",
            "name": {
              "en": "Ageing population"
            },
            "description": "Tab\\there, back\\\\slash, soh\\u0001 and us\\u001F"
          }
        ],
        "topics": [
          {
            "id": "it-systems",
            "name": {
              "en": "IT systems"
            },
            "themes": [
              "ageing"
            ]
          },
          {
            "id": "funds",
            "name": {
              "en": "Funds"
            }
          }
        ],
        "places": [
          {
            "id": "china",
            "level": "country",
            "name": {
              "en": "China",
              "zh": "中国"
            },
            "isoCode": "CN"
          },
          {
            "id": "sichuan",
            "level": "province",
            "name": {
              "en": "Sichuan",
              "zh": "四川省"
            },
            "parent": "china",
            "divisionCode": "510000",
            "isoCode": "CN-SC"
          },
          {
            "id": "luzhou",
            "level": "prefecture",
            "name": {
              "en": "Luzhou",
              "zh": "泸州市"
            },
            "parent": "sichuan",
            "divisionCode": "510500"
          }
        ],
        "organisations": [
          {
            "id": "ndrc",
            "name": {
              "en": "NDRC",
              "zh": "国家发展和改革委员会"
            },
            "kind": "ministry"
          },
          {
            "id": "pac",
            "name": {
              "en": "Project Advisory Committee"
            },
            "kind": "committee"
          },
          {
            "id": "sichuan-gov",
            "name": {
              "en": "Sichuan authorities"
            },
            "kind": "provincial-government",
            "place": "sichuan"
          }
        ],
        "meetings": [
          {
            "id": "pac-2015",
            "title": "PAC meeting",
            "body": "pac",
            "timing": "2015-04-21"
          }
        ],
        "decisions": [
          {
            "id": "endorse",
            "summary": "Endorsed the pilot sites",
            "meeting": "pac-2015",
            "subjects": [
              {
                "kind": "programme",
                "id": "sprp"
              },
              {
                "kind": "site",
                "id": "luzhou"
              }
            ]
          },
          {
            "id": "panel",
            "summary": "Panel with sites",
            "decidedBy": [
              "ndrc",
              "pac"
            ],
            "timing": "2015-09?"
          }
        ],
        "sites": [
          {
            "id": "luzhou",
            "place": "luzhou",
            "component": "c1",
            "themes": [
              "ageing"
            ],
            "endorsedBy": "endorse"
          }
        ],
        "missions": [
          {
            "id": "visit",
            "title": "Field visit",
            "initiator": "ndrc",
            "purposes": [
              "Listen",
              "Listen"
            ],
            "stops": [
              {
                "place": "luzhou",
                "timing": "2015-09-10",
                "engagements": [
                  {
                    "description": "Meeting \\"officials\\"",
                    "counterpart": "sichuan-gov"
                  },
                  {
                    "description": "Visit"
                  }
                ]
              },
              {
                "place": "china"
              }
            ],
            "sites": [
              "luzhou"
            ],
            "status": "completed",
            "timing": "2015-09"
          }
        ],
        "requests": [
          {
            "id": "request",
            "requestedBy": [
              "sichuan-gov"
            ],
            "channel": "document",
            "topics": [
              "it-systems"
            ],
            "modalities": [
              "in-country",
              "abroad"
            ],
            "timing": "2015-09/"
          }
        ],
        "activities": [
          {
            "id": "panel-2",
            "kind": "panel-discussion",
            "sequenceNumber": 2,
            "title": "Second panel 😀",
            "status": "planned"
          },
          {
            "id": "training",
            "kind": "study-visit",
            "title": "Study visit",
            "modality": "abroad",
            "venue": "china",
            "themes": [
              "ageing"
            ],
            "topics": [
              "funds",
              "it-systems"
            ],
            "sites": [
              "luzhou"
            ],
            "answers": [
              "request"
            ],
            "organisers": [
              "ndrc",
              "pac"
            ],
            "status": "proposed",
            "timing": "2016-21/..",
            "description": "Line\\nbreak, 𠀀 and <LS>"
          }
        ]
      }
      """.replace("<LS>", "\u2028"); // U+2028 raw; javac would take it for a line end in a text block

  @Test
  @DisplayName("a programme is written exactly as the hand-written canonical document")
  void writesTheCanonicalDocument() {
    assertThat(JSON.writeString(programme())).isEqualTo(CANONICAL);
    assertThat(JSON.write(programme())).isEqualTo(CANONICAL.getBytes(UTF_8));
  }

  @Test
  @DisplayName("the canonical document reads as the programme and writes back byte for byte")
  void readsTheCanonicalDocument() {
    byte[] canonical = CANONICAL.getBytes(UTF_8);

    assertThat(JSON.read(canonical)).isEqualTo(programme());
    assertThat(JSON.write(JSON.read(canonical))).isEqualTo(canonical);
  }

  @Test
  @DisplayName("non-ASCII text is raw UTF-8, not \\u escapes, and characters outside the BMP are 4 bytes")
  void nonAsciiIsRaw() {
    byte[] document = JSON.write(programme());

    assertThat(contains(document, "泸州市".getBytes(UTF_8))).isTrue();
    assertThat(contains(document, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80})).isTrue(); // 😀
    assertThat(contains(document, new byte[] {(byte) 0xF0, (byte) 0xA0, (byte) 0x80, (byte) 0x80})).isTrue(); // 𠀀
    assertThat(new String(document, UTF_8)).doesNotContain("\\u6cf8", "\\uD83D", "\\ud83d", "\\u2028");
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** The same programme as {@link #SMALL_CANONICAL}, in keys of another order, compact, escaped. */
  private static final String SMALL_NON_CANONICAL = "{\"activities\":[{\"themes\":[\"ageing\"],\"timing\":\"2016\","
      + "\"status\":\"planned\",\"title\":\"Caf\\u00e9 \\\"\\u00E9\\\"\",\"kind\":\"seminar\",\"id\":\"a1\",\"sites\":[]}],"
      + "\r\n\t\"places\" : [ {\"isoCode\":\"CN\",\"name\":{\"zh\":\"\\u4e2d\\u56fd\",\"en\":\"China\"},"
      + "\"level\":\"country\",\"id\":\"china\"},\r\n{\"parent\":\"china\",\"name\":{\"en\":\"Sichuan\","
      + "\"zh\":\"\\u56DB\\u5ddd\\u7701\"},\"level\":\"province\",\"divisionCode\":\"510000\",\"id\":\"sichuan\"}],"
      + "\"themes\":[{\"name\":{\"en\":\"Ageing\"},\"id\":\"ageing\"}],\"components\":[],"
      + "\"name\":{\"zh\":\"\\u8bd5\\u70b9\",\"en\":\"Pilot\\/Test\"},\"id\":\"p\",\"formatVersion\":\"1.0\","
      + "\"format\":\"sprp-programme\"}";

  private static final String SMALL_CANONICAL = """
      {
        "format": "sprp-programme",
        "formatVersion": "1.0",
        "id": "p",
        "name": {
          "en": "Pilot/Test",
          "zh": "试点"
        },
        "themes": [
          {
            "id": "ageing",
            "name": {
              "en": "Ageing"
            }
          }
        ],
        "places": [
          {
            "id": "china",
            "level": "country",
            "name": {
              "en": "China",
              "zh": "中国"
            },
            "isoCode": "CN"
          },
          {
            "id": "sichuan",
            "level": "province",
            "name": {
              "en": "Sichuan",
              "zh": "四川省"
            },
            "parent": "china",
            "divisionCode": "510000"
          }
        ],
        "activities": [
          {
            "id": "a1",
            "kind": "seminar",
            "title": "Café \\"é\\"",
            "themes": [
              "ageing"
            ],
            "status": "planned",
            "timing": "2016"
          }
        ]
      }
      """;

  private static Programme small() {
    return Programme.builder()
        .id(ProgrammeId.of("p"))
        .name(BilingualName.of("Pilot/Test", "试点"))
        .addThemes(Theme.of(AGEING, BilingualName.of("Ageing")))
        .addPlaces(
            Place.builder().id(CHINA).level(PlaceLevel.COUNTRY).name(BilingualName.of("China", "中国"))
                .isoCode("CN").build(),
            Place.builder().id(SICHUAN).level(PlaceLevel.PROVINCE).name(BilingualName.of("Sichuan", "四川省"))
                .parent(CHINA).divisionCode("510000").build())
        .addActivities(KnowledgeActivity.builder().id(ActivityId.of("a1")).kind(ActivityKind.SEMINAR)
            .title("Café \"é\"").addThemes(AGEING).status(Status.PLANNED).timing(Timing.parse("2016")).build())
        .build();
  }

  @Test
  @DisplayName("a valid but non-canonical document reads as the same programme and writes canonically")
  void nonCanonicalInput() {
    Programme read = JSON.read(SMALL_NON_CANONICAL);

    assertThat(read).isEqualTo(small());
    assertThat(JSON.read(SMALL_NON_CANONICAL.getBytes(UTF_8))).isEqualTo(small());
    assertThat(JSON.writeString(read)).isEqualTo(SMALL_CANONICAL);
    assertThat(JSON.writeString(small())).isEqualTo(SMALL_CANONICAL);
  }

  @Test
  @DisplayName("a set written out of order is read in id order, as a programme built in code holds it")
  void setOutOfOrder() {
    String document = "{\"format\":\"sprp-programme\",\"formatVersion\":\"1.0\",\"id\":\"p\",\"name\":{\"en\":\"P\"},"
        + "\"organisations\":[{\"id\":\"ndrc\",\"name\":{\"en\":\"NDRC\"},\"kind\":\"ministry\"},"
        + "{\"id\":\"c1-team\",\"name\":{\"en\":\"C1\"},\"kind\":\"project-team\"}],"
        + "\"activities\":[{\"id\":\"a\",\"kind\":\"seminar\",\"title\":\"A\",\"status\":\"planned\","
        + "\"organisers\":[\"ndrc\",\"c1-team\"]}]}";

    KnowledgeActivity read = JSON.read(document).activities().get(0);
    KnowledgeActivity built = KnowledgeActivity.builder().id(ActivityId.of("a")).kind(ActivityKind.SEMINAR)
        .title("A").status(Status.PLANNED).addOrganisers(OrganisationId.of("ndrc"), OrganisationId.of("c1-team"))
        .build();

    assertThat(read.organisers()).containsExactly(OrganisationId.of("c1-team"), OrganisationId.of("ndrc"));
    assertThat(read).isEqualTo(built).hasToString(built.toString());
    assertThat(JSON.writeValueAsString(read)).contains("\"organisers\": [\n    \"c1-team\",\n    \"ndrc\"\n  ]");
  }

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  /** The layout rules, line by line, on documents of random programmes. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("every document is laid out by the rules, line by line")
  void layoutRules(long seed) {
    String document = JSON.writeString(RandomProgrammes.random(seed));

    assertThat(document).startsWith("{\n").endsWith("\n}\n").doesNotContain("\r", "\t", "[]", "{}", "null");
    assertThat(document.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    String[] lines = document.split("\n", -1);
    assertThat(lines[lines.length - 1]).isEmpty(); // the final newline
    int depth = 0;
    for (int i = 0; i < lines.length - 1; i++) {
      String line = lines[i];
      String content = line.stripLeading();
      if (content.startsWith("}") || content.startsWith("]")) {
        depth--;
      }
      assertThat(line).as("line %d", i + 1).isEqualTo("  ".repeat(depth) + content);
      assertThat(content).as("line %d", i + 1).isNotEmpty().doesNotEndWith(" ");
      if (content.startsWith("\"") && content.contains("\": ")) {
        assertThat(content).as("line %d", i + 1).doesNotContain("\":  ");
      }
      if (content.endsWith("{") || content.endsWith("[")) {
        depth++;
      }
    }
    assertThat(depth).isZero();
  }
}

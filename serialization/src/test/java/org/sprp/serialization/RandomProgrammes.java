package org.sprp.serialization;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.sprp.core.ActivityId;
import org.sprp.core.BilingualName;
import org.sprp.core.Component;
import org.sprp.core.ComponentId;
import org.sprp.core.DecisionId;
import org.sprp.core.EntityId;
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
import org.sprp.core.activity.ModalityChoice;
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
 * Random valid programmes, reproducible from a seed, for round-trip and performance tests.
 *
 * <p>A programme of {@link #generate(long, int)} has exactly the number of activities asked for and
 * the other catalogues in proportion (about a tenth to a fifth as many entities each), so {@code
 * generate(seed, 100_000)} is a programme of some 200,000 entities. {@link #random(long)} chooses a
 * size from the seed: empty programmes (no entities at all), programmes with some catalogues
 * empty, and programmes of a few to several hundred entities.
 *
 * <p>Every programme covers, over a few dozen seeds: names with and without Chinese (real names of
 * Chinese places and bodies, random CJK text including characters outside the BMP), texts that
 * JSON must escape (quotes, backslashes, control characters) and emoji, every form of EDTF timing
 * that {@link Timing} accepts, every constant of every enum, every optional field present and
 * absent, references of every kind among a decision's subjects, sequence numbers up to {@code
 * Integer.MAX_VALUE}, and missions whose stops have timings within the mission's timing. The place
 * hierarchy follows the rules: a country, province-level divisions under it ({@code NN0000},
 * {@code CN-XX} under a country coded {@code CN}), prefectures under them ({@code NNMM00} with the
 * province's prefix); pilot sites never stand in a country.
 */
final class RandomProgrammes {

  private RandomProgrammes() {}

  /**
   * Returns a random programme whose size the seed chooses: about 5% are empty, about 10% leave
   * some catalogues empty, and the rest have up to about 300 activities (mostly fewer than 20).
   */
  static Programme random(long seed) {
    SplittableRandom choice = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int roll = choice.nextInt(100);
    Gen gen = new Gen(seed);
    if (roll < 5) {
      return gen.programme(Sizes.empty());
    }
    int activities;
    int size = choice.nextInt(100);
    if (size < 70) {
      activities = choice.nextInt(21);
    } else if (size < 95) {
      activities = 20 + choice.nextInt(81);
    } else {
      activities = 100 + choice.nextInt(201);
    }
    Sizes sizes = Sizes.scaled(choice, activities);
    if (roll < 15) {
      sizes = sizes.someEmpty(choice);
    }
    return gen.programme(sizes);
  }

  /** Returns a random programme with exactly this many activities and the rest in proportion. */
  static Programme generate(long seed, int activities) {
    if (activities < 0) {
      throw new IllegalArgumentException("activities " + activities + " must not be negative");
    }
    SplittableRandom choice = new SplittableRandom(seed ^ 0x5DEECE66DL);
    return new Gen(seed).programme(Sizes.scaled(choice, activities));
  }

  /** How many entities of each kind to make; kinds whose references cannot be met are made fewer. */
  static final class Sizes {
    int components;
    int themes;
    int topics;
    int countries;
    int provinces;
    int prefectures;
    int organisations;
    int meetings;
    int decisions;
    int sites;
    int missions;
    int requests;
    int activities;

    static Sizes empty() {
      return new Sizes();
    }

    static Sizes scaled(SplittableRandom r, int activities) {
      Sizes s = new Sizes();
      int n = activities;
      s.activities = n;
      s.components = 1 + r.nextInt(3) + n / 500;
      s.themes = 1 + r.nextInt(4) + n / 20;
      s.topics = r.nextInt(4) + n / 5;
      s.countries = 1 + r.nextInt(3) + n / 1000;
      s.provinces = r.nextInt(4) + n / 10;
      s.prefectures = r.nextInt(6) + n / 5;
      s.organisations = 1 + r.nextInt(5) + n / 4;
      s.meetings = r.nextInt(3) + n / 20;
      s.decisions = r.nextInt(4) + n / 10;
      s.sites = r.nextInt(4) + n / 10;
      s.missions = r.nextInt(4) + n / 5;
      s.requests = r.nextInt(4) + n / 5;
      return s;
    }

    /** Empties a random choice of catalogues, which may leave others without what they refer to. */
    Sizes someEmpty(SplittableRandom r) {
      if (r.nextBoolean()) components = 0;
      if (r.nextBoolean()) themes = 0;
      if (r.nextBoolean()) topics = 0;
      if (r.nextBoolean()) countries = 0;
      if (r.nextBoolean()) provinces = 0;
      if (r.nextBoolean()) prefectures = 0;
      if (r.nextBoolean()) organisations = 0;
      if (r.nextBoolean()) meetings = 0;
      if (r.nextBoolean()) decisions = 0;
      if (r.nextBoolean()) sites = 0;
      if (r.nextBoolean()) missions = 0;
      if (r.nextBoolean()) requests = 0;
      if (r.nextBoolean()) activities = 0;
      return this;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Pools of text

  /** Real province-level divisions of China: English, Chinese, GB/T 2260 prefix, ISO 3166-2 suffix. */
  private static final String[][] PROVINCES = {
    {"Beijing", "北京市", "11", "BJ"}, {"Tianjin", "天津市", "12", "TJ"}, {"Hebei", "河北省", "13", "HE"},
    {"Shanxi", "山西省", "14", "SX"}, {"Inner Mongolia", "内蒙古自治区", "15", "NM"},
    {"Liaoning", "辽宁省", "21", "LN"}, {"Jilin", "吉林省", "22", "JL"}, {"Heilongjiang", "黑龙江省", "23", "HL"},
    {"Shanghai", "上海市", "31", "SH"}, {"Jiangsu", "江苏省", "32", "JS"}, {"Zhejiang", "浙江省", "33", "ZJ"},
    {"Anhui", "安徽省", "34", "AH"}, {"Fujian", "福建省", "35", "FJ"}, {"Jiangxi", "江西省", "36", "JX"},
    {"Shandong", "山东省", "37", "SD"}, {"Henan", "河南省", "41", "HA"}, {"Hubei", "湖北省", "42", "HB"},
    {"Hunan", "湖南省", "43", "HN"}, {"Guangdong", "广东省", "44", "GD"},
    {"Guangxi", "广西壮族自治区", "45", "GX"}, {"Hainan", "海南省", "46", "HI"}, {"Chongqing", "重庆市", "50", "CQ"},
    {"Sichuan", "四川省", "51", "SC"}, {"Guizhou", "贵州省", "52", "GZ"}, {"Yunnan", "云南省", "53", "YN"},
    {"Tibet", "西藏自治区", "54", "XZ"}, {"Shaanxi", "陕西省", "61", "SN"}, {"Gansu", "甘肃省", "62", "GS"},
    {"Qinghai", "青海省", "63", "QH"}, {"Ningxia", "宁夏回族自治区", "64", "NX"},
    {"Xinjiang", "新疆维吾尔自治区", "65", "XJ"},
  };

  /** Real prefecture-level cities: English, Chinese, GB/T 2260 code. */
  private static final String[][] PREFECTURES = {
    {"Chengdu", "成都市", "510100"}, {"Luzhou", "泸州市", "510500"}, {"Mianyang", "绵阳市", "510700"},
    {"Guangzhou", "广州市", "440100"}, {"Shenzhen", "深圳市", "440300"}, {"Huizhou", "惠州市", "441300"},
    {"Nanjing", "南京市", "320100"}, {"Suzhou", "苏州市", "320500"}, {"Hangzhou", "杭州市", "330100"},
    {"Ningbo", "宁波市", "330200"}, {"Wuhan", "武汉市", "420100"}, {"Changsha", "长沙市", "430100"},
    {"Jinan", "济南市", "370100"}, {"Qingdao", "青岛市", "370200"}, {"Zhengzhou", "郑州市", "410100"},
    {"Kunming", "昆明市", "530100"}, {"Nanning", "南宁市", "450100"}, {"Urumqi", "乌鲁木齐市", "650100"},
    {"Hohhot", "呼和浩特市", "150100"}, {"Shijiazhuang", "石家庄市", "130100"},
  };

  /** Countries other than China: English, Chinese, ISO 3166-1. */
  private static final String[][] COUNTRIES = {
    {"Spain", "西班牙", "ES"}, {"France", "法国", "FR"}, {"Germany", "德国", "DE"}, {"Italy", "意大利", "IT"},
    {"Sweden", "瑞典", "SE"}, {"Poland", "波兰", "PL"}, {"Belgium", "比利时", "BE"}, {"Finland", "芬兰", "FI"},
  };

  /** Real names of Chinese bodies. */
  private static final String[] CHINESE_BODIES = {
    "国家发展和改革委员会", "人力资源和社会保障部", "民政部", "财政部", "国家卫生健康委员会", "国家医疗保障局",
    "社会保障社区服务中心", "欧盟驻华代表团", "泸州市人民政府", "四川省人力资源和社会保障厅", "广东省民政厅",
    "中国社会科学院", "国家统计局", "全国社会保障基金理事会",
  };

  private static final String[] WORDS = {
    "social", "security", "pension", "reform", "pilot", "site", "ageing", "migrant", "workers", "rural",
    "urban", "integration", "training", "panel", "fund", "insurance", "care", "health", "portability",
    "monitoring", "systems", "policy", "EU", "China", "NDRC", "C1", "2016", "community", "centre",
  };

  /** Fragments that JSON must escape, or that stress its encoding; none is blank at either end. */
  private static final String[] AWKWARD = {
    "\"quoted\"", "back\\slash", "C:\\path\\to", "tab\there", "line\nbreak", "cr\rlf", "bell\u0007",
    "nul\u0000char", "soh\u0001", "us\u001f", "del\u007f", "ls\u2028ps\u2029", "emoji 😀", "family 👨‍👩‍👧",
    "ext-B 𠀀𪚥", "</script>", "a/b", "ümlaut é ß", "nbsp\u00a0inside", "ＦＵＬＬ", "{\"json\": [1, 2]}",
    "'single'", "\\u0041 not an escape", "%s %d", "zero\u200bwidth",
  };

  private static final String CJK_COMMON = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以"
      + "生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经"
      + "社保险养老医疗改革试点城乡统筹农民工";

  // ---------------------------------------------------------------------------------------------

  /** One generation, with its random source and the ids made so far. */
  private static final class Gen {
    private final SplittableRandom r;
    private final Map<Kind, Set<String>> used = new EnumMap<>(Kind.class);

    private enum Kind { PROGRAMME, COMPONENT, THEME, TOPIC, PLACE, ORGANISATION, MEETING, DECISION, SITE, MISSION,
      REQUEST, ACTIVITY }

    private ProgrammeId programmeId;
    private final List<ComponentId> components = new ArrayList<>();
    private final List<ThemeId> themes = new ArrayList<>();
    private final List<TopicId> topics = new ArrayList<>();
    private final List<PlaceId> places = new ArrayList<>();
    private final List<PlaceId> sitePlaces = new ArrayList<>();
    private final List<OrganisationId> organisations = new ArrayList<>();
    private final List<MeetingId> meetings = new ArrayList<>();
    private final List<DecisionId> decisions = new ArrayList<>();
    private final List<SiteId> sites = new ArrayList<>();
    private final List<MissionId> missions = new ArrayList<>();
    private final List<RequestId> requests = new ArrayList<>();
    private final List<ActivityId> activities = new ArrayList<>();

    Gen(long seed) {
      this.r = new SplittableRandom(seed);
      for (Kind kind : Kind.values()) {
        used.put(kind, new HashSet<>());
      }
    }

    Programme programme(Sizes s) {
      Programme.Builder builder = Programme.builder();
      programmeId = ProgrammeId.of(id(Kind.PROGRAMME));
      builder.id(programmeId).name(name());

      List<Place> placeList = places(s);
      // Ids first, so that any entity may refer to any other, before or after it in the lists.
      ids(s.components, Kind.COMPONENT, ComponentId::of, components);
      ids(s.themes, Kind.THEME, ThemeId::of, themes);
      ids(s.topics, Kind.TOPIC, TopicId::of, topics);
      ids(s.organisations, Kind.ORGANISATION, OrganisationId::of, organisations);
      ids(organisations.isEmpty() ? 0 : s.meetings, Kind.MEETING, MeetingId::of, meetings);
      ids(organisations.isEmpty() ? 0 : s.decisions, Kind.DECISION, DecisionId::of, decisions);
      ids(sitePlaces.isEmpty() || components.isEmpty() || themes.isEmpty() ? 0 : s.sites, Kind.SITE, SiteId::of,
          sites);
      ids(organisations.isEmpty() || places.isEmpty() ? 0 : s.missions, Kind.MISSION, MissionId::of, missions);
      ids(organisations.isEmpty() || topics.isEmpty() ? 0 : s.requests, Kind.REQUEST, RequestId::of, requests);
      ids(s.activities, Kind.ACTIVITY, ActivityId::of, activities);

      for (ComponentId id : components) {
        Component.Builder c = Component.builder().id(id).name(name());
        maybe(organisations).ifPresent(c::lead);
        builder.addComponents(c.build());
      }
      for (ThemeId id : themes) {
        Theme.Builder t = Theme.builder().id(id).name(name());
        if (r.nextBoolean()) {
          t.description(text());
        }
        builder.addThemes(t.build());
      }
      for (TopicId id : topics) {
        builder.addTopics(Topic.builder().id(id).name(name()).addAllThemes(some(themes, 3)).build());
      }
      builder.addAllPlaces(placeList);
      for (OrganisationId id : organisations) {
        Organisation.Builder o = Organisation.builder().id(id).name(organisationName())
            .kind(pick(OrganisationKind.values()));
        maybe(places).ifPresent(o::place);
        builder.addOrganisations(o.build());
      }
      for (MeetingId id : meetings) {
        builder.addMeetings(Meeting.builder().id(id).title(text()).body(pick(organisations)).timing(timing())
            .build());
      }
      for (DecisionId id : decisions) {
        builder.addDecisions(decision(id));
      }
      for (SiteId id : sites) {
        PilotSite.Builder site = PilotSite.builder().id(id).place(pick(sitePlaces)).component(pick(components))
            .addAllThemes(atLeastOne(themes, 3));
        maybe(decisions).ifPresent(site::endorsedBy);
        builder.addSites(site.build());
      }
      for (MissionId id : missions) {
        builder.addMissions(mission(id));
      }
      for (RequestId id : requests) {
        builder.addRequests(request(id));
      }
      for (ActivityId id : activities) {
        builder.addActivities(activity(id));
      }
      return builder.build();
    }

    // --- places

    private List<Place> places(Sizes s) {
      List<Place> list = new ArrayList<>();
      if (s.countries == 0) {
        return list;
      }
      // China first, coded CN, then other countries, some without a code.
      PlaceId china = PlaceId.of(id(Kind.PLACE, "china"));
      list.add(Place.builder().id(china).level(PlaceLevel.COUNTRY).name(BilingualName.of("China", "中国"))
          .isoCode("CN").build());
      places.add(china);
      List<PlaceId> countries = new ArrayList<>(List.of(china));
      for (int i = 1; i < s.countries; i++) {
        String[] country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        PlaceId id = PlaceId.of(id(Kind.PLACE, country[0].toLowerCase(Locale.ROOT)));
        Place.Builder place = Place.builder().id(id).level(PlaceLevel.COUNTRY)
            .name(r.nextInt(4) == 0 ? name() : BilingualName.of(country[0], country[1]));
        if (r.nextInt(4) != 0) {
          place.isoCode(country[2]);
        }
        list.add(place.build());
        places.add(id);
        countries.add(id);
      }
      // Province-level divisions: real ones of China, then made-up ones of any country.
      List<Place> provinces = new ArrayList<>();
      for (int i = 0; i < s.provinces; i++) {
        Place.Builder place = Place.builder().level(PlaceLevel.PROVINCE);
        PlaceId id;
        if (i < PROVINCES.length && r.nextInt(5) != 0) {
          String[] real = PROVINCES[i];
          id = PlaceId.of(id(Kind.PLACE, real[0].toLowerCase(Locale.ROOT).replace(' ', '-')));
          place.id(id).parent(china).name(BilingualName.of(real[0], real[1]));
          if (r.nextInt(6) != 0) {
            place.divisionCode(real[2] + "0000");
          }
          if (r.nextInt(6) != 0) {
            place.isoCode("CN-" + real[3]);
          }
        } else {
          id = PlaceId.of(id(Kind.PLACE));
          PlaceId parent = pick(countries);
          place.id(id).parent(parent).name(name());
          if (parent.equals(china)) {
            if (r.nextBoolean()) {
              place.divisionCode((11 + r.nextInt(89)) + "0000");
            }
            if (r.nextBoolean()) {
              place.isoCode("CN-" + upperAlnum(1 + r.nextInt(3)));
            }
          } else if (r.nextBoolean()) {
            String countryIso = list.stream().filter(p -> p.id().equals(parent)).findFirst()
                .flatMap(Place::isoCode).orElse(upperAlnum(2).replaceAll("[0-9]", "Q"));
            place.isoCode(countryIso + "-" + upperAlnum(1 + r.nextInt(3)));
          }
        }
        Place province = place.build();
        provinces.add(province);
        places.add(id);
        sitePlaces.add(id);
      }
      list.addAll(provinces);
      // Prefectures under provinces, with the province's prefix where it has a code.
      for (int i = 0; i < s.prefectures && !provinces.isEmpty(); i++) {
        Place province = provinces.get(r.nextInt(provinces.size()));
        Place.Builder place = Place.builder().level(PlaceLevel.PREFECTURE).parent(province.id());
        String prefix = province.divisionCode().map(code -> code.substring(0, 2)).orElse(null);
        String[] real = null;
        for (String[] candidate : PREFECTURES) {
          if (prefix != null && candidate[2].startsWith(prefix) && r.nextBoolean()) {
            real = candidate;
            break;
          }
        }
        PlaceId id;
        if (real != null) {
          id = PlaceId.of(id(Kind.PLACE, real[0].toLowerCase(Locale.ROOT)));
          place.id(id).name(BilingualName.of(real[0], real[1]));
          if (r.nextInt(5) != 0) {
            place.divisionCode(real[2]);
          }
        } else {
          id = PlaceId.of(id(Kind.PLACE));
          place.id(id).name(name());
          if (r.nextInt(3) != 0) {
            String p = prefix != null ? prefix : String.valueOf(11 + r.nextInt(89));
            place.divisionCode(p + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(99)) + "00");
          }
        }
        list.add(place.build());
        places.add(id);
        sitePlaces.add(id);
      }
      return list;
    }

    private String upperAlnum(int length) {
      String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(r.nextInt(i == 0 ? 26 : alphabet.length())));
      }
      return text.toString();
    }

    // --- entities with many references

    private Decision decision(DecisionId id) {
      Decision.Builder d = Decision.builder().id(id).summary(text());
      boolean atMeeting = !meetings.isEmpty() && r.nextInt(3) != 0;
      if (atMeeting) {
        d.meeting(pick(meetings));
        d.addAllDecidedBy(some(organisations, 2));
      } else {
        d.addAllDecidedBy(atLeastOne(organisations, 3));
      }
      if (r.nextBoolean()) {
        d.timing(timing());
      }
      int subjects = r.nextInt(6);
      Set<EntityId> chosen = new LinkedHashSet<>();
      for (int i = 0; i < subjects; i++) {
        anyReference().ifPresent(chosen::add);
      }
      d.addAllSubjects(chosen);
      return d.build();
    }

    /** A reference to an entity of a random kind, the programme itself included. */
    private Optional<EntityId> anyReference() {
      switch (r.nextInt(12)) {
        case 0: return Optional.of(programmeId);
        case 1: return maybeAlways(components);
        case 2: return maybeAlways(themes);
        case 3: return maybeAlways(topics);
        case 4: return maybeAlways(places);
        case 5: return maybeAlways(organisations);
        case 6: return maybeAlways(meetings);
        case 7: return maybeAlways(decisions);
        case 8: return maybeAlways(sites);
        case 9: return maybeAlways(missions);
        case 10: return maybeAlways(requests);
        default: return maybeAlways(activities);
      }
    }

    private Mission mission(MissionId id) {
      Mission.Builder m = Mission.builder().id(id).title(text()).initiator(pick(organisations))
          .addAllParticipants(some(organisations, 3)).status(pick(Status.values()));
      int purposes = r.nextInt(4);
      String purpose = text();
      for (int i = 0; i < purposes; i++) {
        m.addPurposes(r.nextInt(4) == 0 ? purpose : text()); // a list: the same purpose may come twice
      }
      Timing timing = r.nextInt(4) == 0 ? null : timing();
      if (timing != null) {
        m.timing(timing);
      }
      int stops = 1 + r.nextInt(4);
      for (int i = 0; i < stops; i++) {
        MissionStop.Builder stop = MissionStop.builder().place(pick(places)); // a place may be visited twice
        if (r.nextInt(3) != 0) {
          stop.timing(timing == null ? timing() : timingWithin(timing));
        }
        int engagements = r.nextInt(4);
        for (int j = 0; j < engagements; j++) {
          Engagement.Builder e = Engagement.builder().description(text());
          maybe(organisations).ifPresent(e::counterpart);
          stop.addEngagements(e.build());
        }
        m.addStops(stop.build());
      }
      m.addAllSites(some(sites, 3)).addAllThemes(some(themes, 3));
      return m.build();
    }

    private KnowledgeRequest request(RequestId id) {
      KnowledgeRequest.Builder q = KnowledgeRequest.builder().id(id)
          .addAllRequestedBy(atLeastOne(organisations, 3))
          .addAllRecipients(some(organisations, 3))
          .addAllFollowUpOf(some(missions, 2))
          .channel(pick(RequestChannel.values()))
          .addAllTopics(atLeastOne(topics, 4))
          .addAllModalities(some(List.of(Modality.values()), 2))
          .addAllSites(some(sites, 3));
      if (r.nextBoolean()) {
        q.timing(timing());
      }
      if (r.nextBoolean()) {
        q.description(text());
      }
      if (q.build().modalities().size() > 1) {
        q.modalityChoice(pick(ModalityChoice.values()));
      }
      return q.build();
    }

    private KnowledgeActivity activity(ActivityId id) {
      KnowledgeActivity.Builder a = KnowledgeActivity.builder().id(id).kind(pick(ActivityKind.values()))
          .title(text()).status(pick(Status.values()));
      int sequence = r.nextInt(10);
      if (sequence == 1) {
        a.sequenceNumber(Integer.MAX_VALUE);
      } else if (sequence > 5) {
        a.sequenceNumber(sequence == 6 ? 1 : 1 + r.nextInt(50));
      }
      if (r.nextBoolean()) {
        a.modality(pick(Modality.values()));
      }
      maybe(places).ifPresent(a::venue);
      a.addAllThemes(some(themes, 3)).addAllTopics(some(topics, 3)).addAllSites(some(sites, 3))
          .addAllAnswers(some(requests, 2)).addAllOrganisers(some(organisations, 3));
      if (r.nextInt(4) != 0) {
        a.timing(timing());
      }
      if (r.nextBoolean()) {
        a.description(text());
      }
      return a.build();
    }

    // --- ids

    private <I extends EntityId> void ids(int count, Kind kind, Function<String, I> of, List<I> into) {
      for (int i = 0; i < count; i++) {
        into.add(of.apply(id(kind)));
      }
    }

    private String id(Kind kind) {
      String text;
      switch (r.nextInt(8)) {
        case 0:
          text = String.valueOf(r.nextInt(1000)); // all digits
          break;
        case 1:
          text = word() + "-" + word() + "-" + (2000 + r.nextInt(30));
          break;
        case 2:
          text = word() + "--" + word() + "-"; // a double and a trailing hyphen are allowed
          break;
        case 3:
          text = String.valueOf((char) ('a' + r.nextInt(26))); // one letter
          break;
        default:
          text = word() + "-" + word();
      }
      return id(kind, text);
    }

    /** The text, or the text with a number, so that it is unique among the ids of its kind. */
    private String id(Kind kind, String wanted) {
      Set<String> kindUsed = used.get(kind);
      String text = wanted;
      int attempt = 0;
      while (!kindUsed.add(text)) {
        attempt++;
        text = wanted + "-" + (attempt < 3 ? r.nextInt(100) : kindUsed.size() + attempt);
      }
      return text;
    }

    private String word() {
      return WORDS[r.nextInt(WORDS.length)].toLowerCase(Locale.ROOT);
    }

    // --- texts

    /** A name with its ends free of white space; the Chinese present two times in three. */
    private BilingualName name() {
      String english = english();
      switch (r.nextInt(6)) {
        case 0:
        case 1:
          return BilingualName.of(english);
        case 2:
          return BilingualName.of(english, CHINESE_BODIES[r.nextInt(CHINESE_BODIES.length)]);
        case 3:
          String[] province = PROVINCES[r.nextInt(PROVINCES.length)];
          return BilingualName.of(english, province[1]);
        default:
          return BilingualName.of(english, cjk());
      }
    }

    private BilingualName organisationName() {
      if (r.nextInt(3) == 0) {
        return BilingualName.of(english(), CHINESE_BODIES[r.nextInt(CHINESE_BODIES.length)]);
      }
      return name();
    }

    /** Words, maybe with awkward fragments inside, starting and ending with a word. */
    private String english() {
      StringBuilder text = new StringBuilder(WORDS[r.nextInt(WORDS.length)]);
      int parts = r.nextInt(4);
      for (int i = 0; i < parts; i++) {
        text.append(' ').append(r.nextInt(3) == 0 ? AWKWARD[r.nextInt(AWKWARD.length)] : WORDS[r.nextInt(WORDS.length)]);
      }
      if (parts > 0) {
        text.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
      }
      return text.toString();
    }

    /** Random CJK text of 1 to 8 characters, some outside the BMP, with CJK at both ends. */
    private String cjk() {
      StringBuilder text = new StringBuilder();
      int length = 1 + r.nextInt(8);
      for (int i = 0; i < length; i++) {
        int kind = r.nextInt(10);
        if (kind < 5) {
          text.append(CJK_COMMON.charAt(r.nextInt(CJK_COMMON.length())));
        } else if (kind < 8) {
          text.append((char) (0x4E00 + r.nextInt(0x9FFF - 0x4E00 + 1)));
        } else if (kind < 9) {
          text.appendCodePoint(0x20000 + r.nextInt(0xA6DF)); // CJK Extension B, a surrogate pair
        } else if (i > 0 && i < length - 1) {
          text.append(r.nextBoolean() ? "\"" : "・"); // inside only
        } else {
          text.append('中');
        }
      }
      return text.toString();
    }

    /** A non-blank text for titles, summaries and descriptions, which may start or end with spaces. */
    private String text() {
      StringBuilder text = new StringBuilder();
      int parts = 1 + r.nextInt(8);
      for (int i = 0; i < parts; i++) {
        if (i > 0) {
          text.append(' ');
        }
        int kind = r.nextInt(10);
        if (kind < 5) {
          text.append(WORDS[r.nextInt(WORDS.length)]);
        } else if (kind < 7) {
          text.append(AWKWARD[r.nextInt(AWKWARD.length)]);
        } else if (kind < 8) {
          text.append(CHINESE_BODIES[r.nextInt(CHINESE_BODIES.length)]);
        } else {
          text.append(cjk());
        }
      }
      if (r.nextInt(20) == 0) {
        return "  " + text + "\t"; // white space at the ends is kept in texts other than names
      }
      return text.toString();
    }

    // --- timings

    /** Any accepted EDTF form: a date of some precision, qualified or not, or an interval. */
    Timing timing() {
      return Timing.parse(r.nextInt(4) == 0 ? interval() : date(year()));
    }

    private int year() {
      int kind = r.nextInt(20);
      if (kind == 0) {
        return -(1 + r.nextInt(9999));
      }
      if (kind == 1) {
        return r.nextInt(10000);
      }
      if (kind == 2) {
        return r.nextBoolean() ? 0 : 9999;
      }
      return 2010 + r.nextInt(12);
    }

    private String interval() {
      int startKind = r.nextInt(10);
      int endKind = r.nextInt(10);
      String start = startKind == 0 ? ".." : startKind == 1 ? "" : null;
      String end = endKind == 0 ? ".." : endKind == 1 ? "" : null;
      if (start != null && end != null) {
        end = null; // one end at least is a date
      }
      int year = year();
      if (start == null) {
        start = date(year);
      }
      if (end == null) {
        end = date(start.isEmpty() || start.equals("..") ? year : Math.min(9999, year + r.nextInt(3)));
      }
      if (!start.isEmpty() && !start.equals("..") && !end.isEmpty() && !end.equals("..")) {
        Timing first = Timing.parse(start);
        Timing last = Timing.parse(end);
        if (first.earliest().get().isAfter(last.latest().get())) {
          String swap = start;
          start = end;
          end = swap;
        }
      }
      return start + "/" + end;
    }

    /** A single date of the year, in one of the forms of a day, month, season or year. */
    private String date(int year) {
      boolean negative = year < 0;
      String y = (negative ? "-" : "") + String.format(Locale.ROOT, "%04d", Math.abs(year));
      int month = 1 + r.nextInt(12);
      String mm = String.format(Locale.ROOT, "%02d", month);
      String text;
      int form = r.nextInt(negative ? 4 : 9);
      switch (form) {
        case 0: {
          int length = Month.of(month).length(Year.isLeap(year));
          int day = r.nextInt(5) == 0 ? length : 1 + r.nextInt(length); // the last day, 29 February too
          text = y + "-" + mm + "-" + String.format(Locale.ROOT, "%02d", day);
          break;
        }
        case 1:
          text = y + "-" + mm;
          break;
        case 2:
          text = y + "-" + (21 + r.nextInt(4));
          break;
        case 3:
          text = y;
          break;
        case 4:
          text = y.substring(0, 3) + "X";
          break;
        case 5:
          text = y.substring(0, 2) + "XX";
          break;
        case 6:
          text = y + "-XX";
          break;
        case 7:
          text = y + "-" + mm + "-XX";
          break;
        default:
          text = y + "-XX-XX";
      }
      int qualifier = r.nextInt(10);
      if (qualifier < 3) {
        text += "?~%".charAt(qualifier);
      }
      return text;
    }

    /** A timing within the given one's bounds, for a stop of a mission. */
    private Timing timingWithin(Timing outer) {
      int base = outer.earliest().or(outer::latest).get().getYear();
      for (int attempt = 0; attempt < 20; attempt++) {
        int year = outer.earliest().isPresent() && outer.latest().isPresent()
            ? base + r.nextInt(Math.max(1, Math.min(outer.latest().get().getYear() - base + 1, 20)))
            : base + r.nextInt(5) - (outer.earliest().isPresent() ? 0 : 4);
        if (year < -9999 || year > 9999) {
          continue;
        }
        Timing candidate = Timing.parse(r.nextInt(5) == 0 ? interval(year) : date(year));
        if (outer.contains(candidate)) {
          return candidate;
        }
      }
      LocalDate day = outer.earliest().or(outer::latest).get();
      return Timing.of(day);
    }

    private String interval(int year) {
      String start = date(year);
      String end = date(year);
      Timing first = Timing.parse(start);
      Timing last = Timing.parse(end);
      return first.earliest().get().isAfter(last.latest().get()) ? end + "/" + start : start + "/" + end;
    }

    // --- choices

    private <T> T pick(List<T> from) {
      return from.get(r.nextInt(from.size()));
    }

    private <T> T pick(T[] from) {
      return from[r.nextInt(from.length)];
    }

    /** An element half the time, when there are any. */
    private <T> Optional<T> maybe(List<T> from) {
      return from.isEmpty() || r.nextBoolean() ? Optional.empty() : Optional.of(pick(from));
    }

    private Optional<EntityId> maybeAlways(List<? extends EntityId> from) {
      return from.isEmpty() ? Optional.empty() : Optional.of(from.get(r.nextInt(from.size())));
    }

    /** From 0 to max distinct elements, in random order. */
    private <T> Set<T> some(List<T> from, int max) {
      return distinct(from, r.nextInt(max + 1));
    }

    private <T> Set<T> atLeastOne(List<T> from, int max) {
      return distinct(from, 1 + r.nextInt(max));
    }

    private <T> Set<T> distinct(List<T> from, int count) {
      Set<T> chosen = new LinkedHashSet<>();
      int wanted = Math.min(count, from.size());
      while (chosen.size() < wanted) {
        chosen.add(pick(from));
      }
      return chosen;
    }
  }
}

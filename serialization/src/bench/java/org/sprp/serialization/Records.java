package org.sprp.serialization;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The competitor of the benchmarks: what a user would write without this library, plain Java
 * records that mirror the {@code sprp-programme} format (same field names and nesting, optional
 * fields as nullable, lists as lists, enums and ids as strings) read and written by Jackson 3
 * databind. Nothing is validated beyond JSON types and unknown fields.
 */
final class Records {

  private Records() {}

  /** A databind mapper that refuses unknown fields, like a fair competitor, and keeps record order. */
  static JsonMapper mapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .build();
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ProgrammeDoc(String format, String formatVersion, String id, NameDoc name,
      List<ComponentDoc> components, List<ThemeDoc> themes, List<TopicDoc> topics, List<PlaceDoc> places,
      List<OrganisationDoc> organisations, List<MeetingDoc> meetings, List<DecisionDoc> decisions,
      List<SiteDoc> sites, List<MissionDoc> missions, List<RequestDoc> requests,
      List<ActivityDoc> activities) {
    /** The same summary line as {@code Programme.toString()}, for the cold-start programs. */
    String summary() {
      return "Programme " + id + ": " + count(components, "component", "components") + ", "
          + count(sites, "site", "sites") + ", " + count(missions, "mission", "missions") + ", "
          + count(requests, "request", "requests") + ", " + count(activities, "activity", "activities");
    }

    private static String count(List<?> list, String one, String many) {
      int n = list == null ? 0 : list.size();
      return n + " " + (n == 1 ? one : many);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record NameDoc(String en, String zh) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ComponentDoc(String id, NameDoc name, String lead) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ThemeDoc(String id, NameDoc name, String description) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record TopicDoc(String id, NameDoc name, List<String> themes) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record PlaceDoc(String id, String level, NameDoc name, String parent, String divisionCode, String isoCode) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record OrganisationDoc(String id, NameDoc name, String kind, String place) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record MeetingDoc(String id, String title, String body, String timing) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ReferenceDoc(String kind, String id) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record DecisionDoc(String id, String summary, String meeting, List<String> decidedBy, String timing,
      List<ReferenceDoc> subjects) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record SiteDoc(String id, String place, String component, List<String> themes, String endorsedBy) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record EngagementDoc(String description, String counterpart) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record StopDoc(String place, String timing, List<EngagementDoc> engagements) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record MissionDoc(String id, String title, String initiator, List<String> participants, List<String> purposes,
      List<StopDoc> stops, List<String> sites, List<String> themes, String status, String timing) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record RequestDoc(String id, List<String> requestedBy, List<String> recipients, List<String> followUpOf,
      String channel, List<String> topics, List<String> modalities, String modalityChoice, List<String> sites,
      String timing, String description) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ActivityDoc(String id, String kind, Integer sequenceNumber, String title, String modality, String venue,
      List<String> themes, List<String> topics, List<String> sites, List<String> answers, List<String> organisers,
      String status, String timing, String description) {}
}

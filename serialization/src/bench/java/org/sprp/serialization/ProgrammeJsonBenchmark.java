package org.sprp.serialization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.sprp.core.Programme;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing programmes, side by side on the same bytes: this library (a checked
 * {@link Programme}), Jackson databind into plain records ({@link Records}, nothing checked), and
 * the limit, Jackson's streaming layer alone (every token of the document read, or replayed into a
 * generator). All three writers use the canonical layout, so they write the same bytes; the setup
 * checks that they do. Building a programme from its parts measures the model's own checks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
public class ProgrammeJsonBenchmark {

  /** The seed of the synthetic programmes. */
  static final long SEED = 20150421L;

  /** Made by JMH. */
  public ProgrammeJsonBenchmark() {}

  /** The seed programme, or the number of activities of a synthetic one. */
  @Param({"seed", "1000", "10000", "100000"})
  public String size;

  private ProgrammeJson library;
  private JsonMapper mapper;
  private ObjectWriter recordWriter;
  private JsonFactory factory;
  private byte[] json;
  private Programme programme;
  private Records.ProgrammeDoc records;
  private JsonToken[] tokens;
  private Object[] values;
  private ByteArrayOutputStream out;

  /** Makes the document once, and what the benchmark at hand needs from it. */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    String benchmark = params.getBenchmark();
    library = ProgrammeJson.builder().maxDocumentBytes(Integer.MAX_VALUE - 8).build();
    mapper = Records.mapper();
    recordWriter = mapper.writer().with(new CanonicalPrettyPrinter());
    factory = JsonFactory.builder().build();
    json = library.write(source(size));
    programme = library.read(json);
    out = new ByteArrayOutputStream(json.length + 16);
    if (benchmark.endsWith("Write")) {
      records = mapper.readValue(json, Records.ProgrammeDoc.class);
      record();
      check("library", library.write(programme), json);
      check("databind", appendNewLine(recordWriter.writeValueAsBytes(records)), json);
      rawWrite();
      check("raw generator", out.toByteArray(), json);
    }
  }

  /** The seed programme, or a synthetic one of so many activities. */
  static Programme source(String size) {
    if (size.equals("seed")) {
      return ProgrammeJson.strict().read(seedDocument());
    }
    return RandomProgrammes.generate(SEED, Integer.parseInt(size));
  }

  /** The bytes of the seed programme's document, a copy of the examples module's. */
  static byte[] seedDocument() {
    try (InputStream in = ProgrammeJsonBenchmark.class.getResourceAsStream("bench/pilot-sites-2015.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] appendNewLine(byte[] bytes) {
    byte[] copy = Arrays.copyOf(bytes, bytes.length + 1);
    copy[bytes.length] = '\n';
    return copy;
  }

  private static void check(String writer, byte[] written, byte[] expected) {
    if (!Arrays.equals(written, expected)) {
      throw new IllegalStateException("the " + writer + " writes other bytes than the library's canonical document");
    }
  }

  /** Records every token of the document, with its value, for the replay. */
  private void record() {
    List<JsonToken> types = new ArrayList<>();
    List<Object> all = new ArrayList<>();
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        types.add(token);
        switch (token) {
          case PROPERTY_NAME:
            all.add(parser.currentName());
            break;
          case VALUE_STRING:
            all.add(parser.getString());
            break;
          case VALUE_NUMBER_INT:
            all.add(parser.getIntValue());
            break;
          default:
            all.add(null);
        }
      }
    }
    tokens = types.toArray(new JsonToken[0]);
    values = all.toArray();
  }

  /** This library: bytes to a checked programme. */
  @Benchmark
  public Programme libraryRead() {
    return library.read(json);
  }

  /** Databind: bytes to records, nothing checked. */
  @Benchmark
  public Records.ProgrammeDoc databindRead() throws IOException {
    return mapper.readValue(json, Records.ProgrammeDoc.class);
  }

  /** The limit: every token of the document, each value read. */
  @Benchmark
  public void rawRead(Blackhole hole) {
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case PROPERTY_NAME:
            hole.consume(parser.currentName());
            break;
          case VALUE_STRING:
            hole.consume(parser.getString());
            break;
          case VALUE_NUMBER_INT:
            hole.consume(parser.getIntValue());
            break;
          default:
            hole.consume(token);
        }
      }
    }
  }

  /** This library: a programme to canonical bytes. */
  @Benchmark
  public byte[] libraryWrite() {
    return library.write(programme);
  }

  /** Databind: records to the same canonical bytes (but the final new line). */
  @Benchmark
  public byte[] databindWrite() {
    return recordWriter.writeValueAsBytes(records);
  }

  /** The limit: the document's tokens replayed into a generator, into a reused buffer. */
  @Benchmark
  public int rawWrite() {
    out.reset();
    try (JsonGenerator generator = factory.createGenerator(ProgrammeJson.CANONICAL, out)) {
      Object[] v = values;
      JsonToken[] t = tokens;
      for (int i = 0; i < t.length; i++) {
        switch (t[i]) {
          case START_OBJECT:
            generator.writeStartObject();
            break;
          case END_OBJECT:
            generator.writeEndObject();
            break;
          case START_ARRAY:
            generator.writeStartArray();
            break;
          case END_ARRAY:
            generator.writeEndArray();
            break;
          case PROPERTY_NAME:
            generator.writeName((String) v[i]);
            break;
          case VALUE_STRING:
            generator.writeString((String) v[i]);
            break;
          case VALUE_NUMBER_INT:
            generator.writeNumber((Integer) v[i]);
            break;
          default:
            throw new IllegalStateException("unexpected token " + t[i]);
        }
      }
      generator.writeRaw('\n');
    }
    return out.size();
  }

  /** The model's own checks: a programme built again from its parts (references, unique ids). */
  @Benchmark
  public Programme build() {
    Programme p = programme;
    return Programme.builder()
        .id(p.id())
        .name(p.name())
        .addAllComponents(p.components())
        .addAllThemes(p.themes())
        .addAllTopics(p.topics())
        .addAllPlaces(p.places())
        .addAllOrganisations(p.organisations())
        .addAllMeetings(p.meetings())
        .addAllDecisions(p.decisions())
        .addAllSites(p.sites())
        .addAllMissions(p.missions())
        .addAllRequests(p.requests())
        .addAllActivities(p.activities())
        .build();
  }
}

package org.sprp.serialization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sprp.core.time.Timing;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * One read in progress: the parser, the reader's options, the count of entities read so far, and
 * the making of errors that point at the current value.
 */
final class JsonInput {

  /** Finds where a value is, after the fact, from its JSON Pointer. */
  interface Locator {
    /** Returns the location of the value at the pointer, or null if it is not known. */
    TokenStreamLocation locate(String pointer);
  }

  final JsonParser parser;
  final boolean lenient;
  final Locator locator;
  private final int maxEntities;
  private int entities;

  /**
   * The timings read so far, by text: a programme's dates repeat (the same month for many
   * activities), and a timing is an immutable value, so each of the first 1,024 texts is parsed
   * once per read. Kept small, so that it stays in the cache however large the document.
   */
  final TextTable<Timing> timings = new TextTable<>(1024);

  /** The ids read so far, one table for each kind of id, by {@link Scalars#id} slot. */
  private TextTable<?>[] ids = new TextTable<?>[0];

  JsonInput(JsonParser parser, boolean lenient, int maxEntities, Locator locator) {
    this.parser = parser;
    this.lenient = lenient;
    this.maxEntities = maxEntities;
    this.locator = locator;
  }

  /** The record of one unique array's elements, reused from one array to the next. */
  private ObjectCodec.Seen seen;

  /** A cleared record for a unique array; a new one if another array is using it. */
  ObjectCodec.Seen seen() {
    ObjectCodec.Seen free = seen;
    if (free == null) {
      return new ObjectCodec.Seen();
    }
    seen = null;
    return free;
  }

  /** Hands back the record of an array read to its end. */
  void release(ObjectCodec.Seen used) {
    used.clear();
    seen = used;
  }

  /** Where a set of an entity of a programme stands: its catalogue, the entity's index there, and its field. */
  record SetKey(String catalogue, int entity, String field) {}

  /** Whether this input reads a programme, whose sets' document order a problem may need. */
  boolean recordsSetOrders;

  /**
   * The elements of each set of the programme read out of its natural order, in document order,
   * after its key: the model holds a set in natural order, so a problem's index into it must be
   * mapped back to the document's. A plain list while reading, indexed only when a problem needs
   * it; null while every set was in order, as in a canonical document.
   */
  private List<Object> setOrders;

  /** For each set out of order, the document index of each element in natural order, made when a problem needs it. */
  private Map<SetKey, int[]> documentIndexes;

  /**
   * Records the document order of a set, read out of natural order, that the parser has just
   * closed. It costs no pointer: the set is named by its catalogue, entity index and field, which
   * the parser's contexts give.
   */
  void recordSetOrder(List<Object> elements) {
    if (!recordsSetOrders) {
      return;
    }
    TokenStreamContext entity = parser.streamReadContext();
    TokenStreamContext catalogue = entity.getParent();
    TokenStreamContext programme = catalogue == null ? null : catalogue.getParent();
    if (!entity.inObject() || catalogue == null || !catalogue.inArray() || programme == null || !programme.inObject()) {
      return;
    }
    if (setOrders == null) {
      setOrders = new ArrayList<>();
    }
    setOrders.add(new SetKey(programme.currentName(), catalogue.getCurrentIndex(), entity.currentName()));
    setOrders.add(elements.toArray());
  }

  /**
   * Returns the index in the document of the element at {@code index} of a set in natural order,
   * which is {@code index} itself for a set that was in order.
   */
  int documentIndex(SetKey set, int index) {
    if (setOrders == null) {
      return index;
    }
    if (documentIndexes == null) {
      documentIndexes = new HashMap<>();
      for (int i = 0; i < setOrders.size(); i += 2) {
        documentIndexes.put((SetKey) setOrders.get(i), byNaturalOrder((Object[]) setOrders.get(i + 1)));
      }
    }
    int[] indexes = documentIndexes.get(set);
    return indexes == null || index < 0 || index >= indexes.length ? index : indexes[index];
  }

  /** The document index of each element of a set, in the natural order of the elements. */
  private static int[] byNaturalOrder(Object[] order) {
    Integer[] byOrder = new Integer[order.length];
    for (int i = 0; i < order.length; i++) {
      byOrder[i] = i;
    }
    Arrays.sort(byOrder, (a, b) -> ObjectCodec.compare(order[a], order[b]));
    int[] indexes = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      indexes[i] = byOrder[i];
    }
    return indexes;
  }

  /**
   * The ids of one kind read so far: each of the first {@value #MAX_IDS} id texts of a kind is
   * checked and made into an id once per read.
   */
  @SuppressWarnings("unchecked")
  <I> TextTable<I> ids(int slot) {
    if (slot >= ids.length) {
      ids = Arrays.copyOf(ids, slot + 1);
    }
    TextTable<?> table = ids[slot];
    if (table == null) {
      table = new TextTable<>(MAX_IDS);
      ids[slot] = table;
    }
    return (TextTable<I>) table;
  }

  /**
   * The most ids of a kind remembered; later ones are made anew at each reference. The catalogues
   * that are named again and again (themes, topics, places, organisations, sites, requests) fit;
   * a table the size of 100,000 activities, whose ids are seldom named twice, would only cost
   * cache misses.
   */
  private static final int MAX_IDS = 4096;

  JsonToken next() {
    return parser.nextToken();
  }

  JsonToken current() {
    return parser.currentToken();
  }

  /** Counts one more entity, failing at the entity that goes past the limit. */
  void countEntity() {
    if (++entities > maxEntities) {
      throw error("the document has more than " + maxEntities + " entities, the limit maxEntities");
    }
  }

  /** The JSON Pointer of the current token's value. */
  String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  /** An error at the current token. */
  ProgrammeJsonException error(String message) {
    return errorAt(pointer(), parser.currentTokenLocation(), message);
  }

  /**
   * An error at a value that has just been read, the parser on its last token: its pointer and
   * start are those given when they were taken before it was read, or else the parser's path now
   * and the start the locator finds for it.
   */
  ProgrammeJsonException errorAtValue(String pointer, TokenStreamLocation start, String message) {
    String at = pointer != null ? pointer : pointer();
    TokenStreamLocation location = start != null || locator == null ? start : locator.locate(at);
    return errorAt(at, location, message);
  }

  /** An error at a value read earlier. */
  static ProgrammeJsonException errorAt(String pointer, TokenStreamLocation location, String message) {
    return new ProgrammeJsonException(problem(pointer, location, message), null);
  }

  static JsonProblem problem(String pointer, TokenStreamLocation location, String message) {
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    return new JsonProblem(pointer, line, column, message);
  }

  /** An error for a token of the wrong JSON type. */
  ProgrammeJsonException wrongType(String expected) {
    return error("expected " + expected + ", found " + describe(current()));
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }
}

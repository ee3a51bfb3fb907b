package org.sprp.serialization;

import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sprp.core.EntityId;
import org.sprp.core.internal.Checks;
import org.sprp.core.time.Timing;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;

/** The codecs of values written as one JSON scalar: text, numbers, ids, enums and timings. */
final class Scalars {

  private Scalars() {}

  /** A text, as a JSON string. */
  static final ValueCodec<String> STRING = new ValueCodec<>() {
    @Override
    public String read(JsonInput in) {
      requireString(in, this);
      return in.parser.getString();
    }

    @Override
    public void write(JsonGenerator out, String value) {
      out.writeString(value);
    }

    @Override
    public String expected() {
      return "a string";
    }
  };

  /** A whole number that fits an {@code int}. */
  static final ValueCodec<Integer> INTEGER = new ValueCodec<>() {
    @Override
    public Integer read(JsonInput in) {
      if (in.current() == JsonToken.VALUE_NUMBER_FLOAT) {
        // JSON Schema counts 1.0 and 1e0 as integers, and the schema accepts them: so does the reader.
        BigDecimal number = in.parser.getDecimalValue();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
          throw in.wrongType(expected());
        }
        try {
          return number.intValueExact();
        } catch (ArithmeticException tooLarge) {
          throw in.error("integer " + in.parser.getString() + " is out of range: expected one from "
              + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
      }
      if (in.current() != JsonToken.VALUE_NUMBER_INT) {
        throw in.wrongType(expected());
      }
      if (in.parser.getNumberType() != JsonParser.NumberType.INT) {
        throw in.error("integer " + in.parser.getString() + " is out of range: expected one from "
            + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
      }
      return in.parser.getIntValue();
    }

    @Override
    public void write(JsonGenerator out, Integer value) {
      out.writeNumber(value);
    }

    @Override
    public String expected() {
      return "an integer";
    }
  };

  /** Fails unless the current token is a string, naming what the codec expects. */
  private static void requireString(JsonInput in, ValueCodec<?> codec) {
    if (in.current() != JsonToken.VALUE_STRING) {
      throw in.wrongType(codec.expected());
    }
    // Read in the parser's buffer, which Jackson checks against the limit only for a String it makes.
    int limit = in.parser.streamReadConstraints().getMaxStringLength();
    if (in.parser.getStringLength() > limit) {
      throw in.error("a string is longer than " + limit + " characters, the limit maxStringLength");
    }
  }

  /**
   * Reads a string value through a table of the values already read from the same text: a text
   * found in the parser's buffer makes nothing new; another is made a value once, and a text the
   * value refuses is an error at the value.
   */
  private static <V> V readThrough(JsonInput in, ValueCodec<V> codec, TextTable<V> read,
      Function<String, V> make) {
    requireString(in, codec);
    JsonParser parser = in.parser;
    char[] chars = parser.getStringCharacters();
    int offset = parser.getStringOffset();
    int length = parser.getStringLength();
    int hash = TextTable.hash(chars, offset, length);
    V value = read.get(chars, offset, length, hash);
    if (value == null) {
      String text = new String(chars, offset, length);
      try {
        value = make.apply(text);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw in.error(e.getMessage());
      }
      read.put(text, hash, value);
    }
    return value;
  }

  /** A timing, as its EDTF text. */
  static final TextCodec<Timing> TIMING = new TextCodec<>() {
    @Override
    public Timing read(JsonInput in) {
      return readThrough(in, this, in.timings, Timing::parse);
    }

    @Override
    public Timing parse(String text) {
      try {
        return Timing.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }

    @Override
    public String text(Timing value) {
      return value.toString();
    }

    @Override
    public void write(JsonGenerator out, Timing value) {
      out.writeString(value.toString());
    }

    @Override
    public String expected() {
      return "a string (an EDTF date)";
    }
  };

  /** The next slot of {@link JsonInput#ids(int)}: one for each codec of ids. */
  private static final AtomicInteger ID_SLOTS = new AtomicInteger();

  /** An id of one kind, as its text; each of the first 4,096 texts of a kind is made an id once per read. */
  static <I extends EntityId> TextCodec<I> id(String kind, Function<String, I> of) {
    int slot = ID_SLOTS.getAndIncrement();
    return new TextCodec<>() {
      @Override
      public I read(JsonInput in) {
        return readThrough(in, this, in.ids(slot), of);
      }

      @Override
      public I parse(String text) {
        return of.apply(text);
      }

      @Override
      public String text(I value) {
        return value.value();
      }

      @Override
      public void write(JsonGenerator out, I value) {
        out.writeString(value.value());
      }

      @Override
      public String expected() {
        return "a string (a " + kind + " id)";
      }
    };
  }

  /** The JSON name of an enum constant: lower-kebab-case, such as {@code panel-discussion}. */
  static String jsonName(Enum<?> constant) {
    return Checks.text(constant);
  }

  /** An enum constant, as its lower-kebab-case name. */
  static <E extends Enum<E>> TextCodec<E> enumeration(String what, Class<E> type) {
    E[] constants = type.getEnumConstants();
    String[] jsonNames = new String[constants.length];
    for (E constant : constants) {
      jsonNames[constant.ordinal()] = jsonName(constant);
    }
    String names = String.join(", ", jsonNames);
    SerializedString[] written = new SerializedString[constants.length];
    for (E constant : constants) {
      written[constant.ordinal()] = new SerializedString(jsonName(constant));
    }
    return new TextCodec<>() {
      @Override
      public E read(JsonInput in) {
        requireString(in, this);
        JsonParser parser = in.parser;
        // Matched in the parser's buffer: there are few constants, and no String is made.
        char[] chars = parser.getStringCharacters();
        int offset = parser.getStringOffset();
        int length = parser.getStringLength();
        for (int i = 0; i < constants.length; i++) {
          if (TextTable.sameText(jsonNames[i], chars, offset, length)) {
            return constants[i];
          }
        }
        throw in.error(unknown(new String(chars, offset, length)));
      }

      @Override
      public E parse(String text) {
        for (int i = 0; i < constants.length; i++) {
          if (jsonNames[i].equals(text)) {
            return constants[i];
          }
        }
        throw new IllegalArgumentException(unknown(text));
      }

      private String unknown(String text) {
        return "unknown " + what + " " + Checks.quote(text) + ": expected one of " + names;
      }

      @Override
      public String text(E value) {
        return jsonNames[value.ordinal()];
      }

      @Override
      public void write(JsonGenerator out, E value) {
        out.writeString(written[value.ordinal()]);
      }

      @Override
      public String expected() {
        return "a string (" + what + ": " + names + ")";
      }
    };
  }

  /** The JSON names of an enum's constants, in declaration order: for tests against the schema. */
  static <E extends Enum<E>> java.util.List<String> jsonNames(Class<E> type) {
    return Stream.of(type.getEnumConstants()).map(Scalars::jsonName).collect(Collectors.toList());
  }
}

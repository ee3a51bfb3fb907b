package org.sprp.serialization;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import org.sprp.core.internal.Checks;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * Reads and writes a value of the model as a JSON object described by a table of fields: each
 * field knows its name, whether it is required, how to read its value into a builder and how to
 * write it from a value. Fields are written in table order (the canonical key order), and empty
 * optional fields and empty arrays are left out.
 *
 * <p>Reading is strict: an unknown field (unless lenient), a field given twice, a value of the
 * wrong type or a missing required field is an error at the offending value; a value that breaks
 * a rule of the model is an error at its object.
 *
 * @param <T> the type of value
 * @param <B> the type of its builder
 */
final class ObjectCodec<T, B> implements ValueCodec<T> {

  private final String typeName;
  private final boolean entity;
  private final Function<JsonInput, B> newBuilder;
  private final Function<B, T> build;
  private final ImmutableList<Field<T, B>> fields;
  private final Map<String, Integer> byName;

  private ObjectCodec(String typeName, boolean entity, Function<JsonInput, B> newBuilder, Function<B, T> build,
      List<Field<T, B>> fields) {
    this.typeName = typeName;
    this.entity = entity;
    this.newBuilder = newBuilder;
    this.build = build;
    this.fields = ImmutableList.copyOf(fields);
    this.byName = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      byName.put(fields.get(i).name, i);
    }
    if (fields.size() > Long.SIZE) {
      throw new IllegalArgumentException(typeName + " has more fields than a read can track");
    }
  }

  static <T, B> Builder<T, B> of(String typeName, Supplier<B> newBuilder, Function<B, T> build) {
    return new Builder<>(typeName, false, in -> newBuilder.get(), build);
  }

  /** A codec whose builder needs to know the read in progress. */
  static <T, B> Builder<T, B> withInput(String typeName, Function<JsonInput, B> newBuilder, Function<B, T> build) {
    return new Builder<>(typeName, false, newBuilder, build);
  }

  /** A codec for an entity of a programme's catalogue, which counts against the entity limit. */
  static <T, B> Builder<T, B> entity(String typeName, Supplier<B> newBuilder, Function<B, T> build) {
    return new Builder<>(typeName, true, in -> newBuilder.get(), build);
  }

  String typeName() {
    return typeName;
  }

  /** The fields, in canonical order, with whether each is required: for tests against the schema. */
  ImmutableList<Field<T, B>> fields() {
    return fields;
  }

  @Override
  public String expected() {
    return "an object (" + typeName + ")";
  }

  @Override
  public T read(JsonInput in) {
    if (in.current() != JsonToken.START_OBJECT) {
      throw in.wrongType(expected());
    }
    if (entity) {
      in.countEntity();
    }
    // Where the object starts is only needed for an error: without a locator it is taken now, with
    // one it is found after the fact, so that a valid document pays nothing for it.
    String pointer = in.locator == null ? in.pointer() : null;
    TokenStreamLocation start = in.locator == null ? in.parser.currentTokenLocation() : null;
    B builder = newBuilder.apply(in);
    long seen = 0;
    for (JsonToken token = in.next(); token == JsonToken.PROPERTY_NAME; token = in.next()) {
      String name = in.parser.currentName();
      Integer index = byName.get(name);
      if (index == null) {
        if (!in.lenient) {
          throw in.error("unknown field " + Checks.quote(name) + " in " + typeName + ": expected one of " + names());
        }
        skip(in);
        continue;
      }
      if ((seen & (1L << index)) != 0) {
        throw in.error("duplicate field " + Checks.quote(name) + " in " + typeName);
      }
      seen |= 1L << index;
      in.next();
      fields.get(index).read(in, builder);
    }
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).required && (seen & (1L << i)) == 0) {
        throw in.errorAtValue(pointer, start,
            "missing required field '" + fields.get(i).name + "' in " + typeName);
      }
    }
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw in.errorAtValue(pointer, start, e.getMessage());
    }
  }

  private String names() {
    StringBuilder text = new StringBuilder();
    for (Field<T, B> field : fields) {
      text.append(text.length() == 0 ? "" : ", ").append(field.name);
    }
    return text.toString();
  }

  @Override
  public void write(JsonGenerator out, T value) {
    out.writeStartObject();
    for (int i = 0; i < fields.size(); i++) {
      fields.get(i).write(out, value);
    }
    out.writeEndObject();
  }

  /** One field of an object. */
  abstract static class Field<T, B> {
    final String name;
    final SerializedString serializedName;
    final boolean required;
    private final ValueCodec<?> codec;
    private final boolean array;

    Field(String name, boolean required, ValueCodec<?> codec, boolean array) {
      this.name = name;
      this.serializedName = new SerializedString(name);
      this.required = required;
      this.codec = codec;
      this.array = array;
    }

    /** Reads the field's value, the parser being on its first token, into the builder. */
    abstract void read(JsonInput in, B builder);

    /** Writes the field's name and value, or nothing when it is empty. */
    abstract void write(JsonGenerator out, T value);

    /** The codec of the field's value, or of its elements for an array. */
    final ValueCodec<?> codec() {
      return codec;
    }

    /** Whether the field is an array. */
    final boolean isArray() {
      return array;
    }
  }

  /** Collects the fields of a codec, in canonical order. */
  static final class Builder<T, B> {
    private final String typeName;
    private final boolean entity;
    private final Function<JsonInput, B> newBuilder;
    private final Function<B, T> build;
    private final List<Field<T, B>> fields = new ArrayList<>();

    private Builder(String typeName, boolean entity, Function<JsonInput, B> newBuilder, Function<B, T> build) {
      this.typeName = typeName;
      this.entity = entity;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A field that must be present. */
    <V> Builder<T, B> required(String name, ValueCodec<V> codec, BiConsumer<B, V> set, Function<T, V> get) {
      fields.add(new Field<T, B>(name, true, codec, false) {
        @Override
        void read(JsonInput in, B builder) {
          set(in, builder, set, codec.read(in));
        }

        @Override
        void write(JsonGenerator out, T value) {
          out.writeName(serializedName);
          codec.write(out, get.apply(value));
        }
      });
      return this;
    }

    /** A field that may be left out. */
    <V> Builder<T, B> optional(String name, ValueCodec<V> codec, BiConsumer<B, V> set,
        Function<T, Optional<V>> get) {
      fields.add(new Field<T, B>(name, false, codec, false) {
        @Override
        void read(JsonInput in, B builder) {
          set(in, builder, set, codec.read(in));
        }

        @Override
        void write(JsonGenerator out, T value) {
          Optional<V> field = get.apply(value);
          if (field.isPresent()) {
            out.writeName(serializedName);
            codec.write(out, field.get());
          }
        }
      });
      return this;
    }

    /** An integer field that may be left out. */
    Builder<T, B> optionalInt(String name, ValueCodec<Integer> codec, ObjIntConsumer<B> set,
        Function<T, OptionalInt> get) {
      fields.add(new Field<T, B>(name, false, codec, false) {
        @Override
        void read(JsonInput in, B builder) {
          int number = codec.read(in);
          set(in, builder, (b, n) -> set.accept(b, n), number);
        }

        @Override
        void write(JsonGenerator out, T value) {
          OptionalInt field = get.apply(value);
          if (field.isPresent()) {
            out.writeName(serializedName);
            codec.write(out, field.getAsInt());
          }
        }
      });
      return this;
    }

    /**
     * An array field, left out when empty. With {@code unique}, the field is a set of the model:
     * an element given twice is an error, and the elements are written in the natural order the
     * model holds them in (ids by kind and text, enum constants in declaration order), so that
     * equal values are written as the same bytes.
     */
    <V> Builder<T, B> array(String name, ValueCodec<V> codec, boolean unique, BiConsumer<B, V> add,
        Function<T, ? extends Collection<V>> get) {
      fields.add(new Field<T, B>(name, false, codec, true) {
        @Override
        void read(JsonInput in, B builder) {
          if (in.current() != JsonToken.START_ARRAY) {
            throw in.wrongType("an array of " + codec.expected());
          }
          Seen seen = unique ? in.seen() : null;
          boolean eager = in.locator == null;
          while (in.next() != JsonToken.END_ARRAY) {
            // Without a locator, where the element starts is taken before it is read; with one, it
            // is found after the fact (after an element, the parser's path is still the element's).
            String pointer = eager ? in.pointer() : null;
            TokenStreamLocation start = eager ? in.parser.currentTokenLocation() : null;
            V element = codec.read(in);
            if (!unique) {
              set(in, builder, add, element);
            } else if (!seen.add(element)) {
              throw in.errorAtValue(pointer, start, "duplicate value " + Checks.quote(element.toString()) + " in " + name);
            }
          }
          if (seen != null) {
            // A set goes to the builder in natural order, the order the model holds it in, so that
            // the value need not sort it again; the document's order is kept to point at an element.
            List<Object> elements = seen.order;
            if (!seen.inOrder) {
              in.recordSetOrder(elements);
              elements = new ArrayList<>(elements);
              elements.sort(ObjectCodec::compare);
            }
            for (Object element : elements) {
              @SuppressWarnings("unchecked")
              V typed = (V) element;
              set(in, builder, add, typed);
            }
            in.release(seen);
          }
        }

        @Override
        void write(JsonGenerator out, T value) {
          Collection<V> elements = get.apply(value);
          if (!elements.isEmpty()) {
            out.writeName(serializedName);
            out.writeStartArray();
            // The model's sets and lists are Guava's: a set's asList() is a view, walked by index.
            List<V> list = elements instanceof ImmutableCollection
                ? ((ImmutableCollection<V>) elements).asList() : new ArrayList<>(elements);
            for (int i = 0; i < list.size(); i++) {
              codec.write(out, list.get(i));
            }
            out.writeEndArray();
          }
        }
      });
      return this;
    }

    ObjectCodec<T, B> build() {
      return new ObjectCodec<>(typeName, entity, newBuilder, build, fields);
    }
  }

  /**
   * The elements of an array that must be unique, seen so far: a linear scan while there are few
   * (the sets of the model hold a handful of ids), a hash set beyond.
   */
  static final class Seen {
    private static final int SCAN = 8;
    private final Object[] few = new Object[SCAN];
    private int size;
    private Set<Object> many;
    /** The elements in the order read. */
    final List<Object> order = new ArrayList<>();
    /** Whether the elements were read in their natural order, the order of the model's sets. */
    boolean inOrder = true;

    /** Forgets every element, to be used for another array. */
    void clear() {
      Arrays.fill(few, 0, size, null);
      size = 0;
      many = null;
      order.clear();
      inOrder = true;
    }

    /** Adds an element, telling whether it was new. */
    boolean add(Object element) {
      boolean added = addNew(element);
      if (added) {
        if (!order.isEmpty() && compare(order.get(order.size() - 1), element) > 0) {
          inOrder = false;
        }
        order.add(element);
      }
      return added;
    }

    private boolean addNew(Object element) {
      if (many != null) {
        return many.add(element);
      }
      for (int i = 0; i < size; i++) {
        if (few[i].equals(element)) {
          return false;
        }
      }
      if (size < SCAN) {
        few[size++] = element;
        return true;
      }
      many = new HashSet<>();
      for (Object e : few) {
        many.add(e);
      }
      return many.add(element);
    }
  }

  /** Compares two elements of a set of the model, which are all ids or enum constants. */
  @SuppressWarnings("unchecked")
  static int compare(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }

  /** Hands a value to the builder; a builder that refuses it names the rule, at the value. */
  private static <B, V> void set(JsonInput in, B builder, BiConsumer<B, V> set, V value) {
    try {
      set.accept(builder, value);
    } catch (IllegalArgumentException e) {
      throw in.error(e.getMessage());
    }
  }

  /**
   * Skips the value of an unknown field in lenient mode, token by token, so that its strings are
   * read, and held to maxStringLength, as those of known fields are.
   */
  private static void skip(JsonInput in) {
    int depth = 0;
    do {
      JsonToken token = in.next();
      if (token == null) {
        throw in.error("unexpected end of the document");
      } else if (token == JsonToken.VALUE_STRING) {
        in.parser.getString();
      } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        depth++;
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        depth--;
      }
    } while (depth > 0);
  }
}

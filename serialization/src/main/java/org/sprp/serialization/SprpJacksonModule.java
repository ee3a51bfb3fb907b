package org.sprp.serialization;

import java.util.Map;
import org.sprp.core.Programme;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for users who bring their own {@code JsonMapper}: it reads and writes a
 * {@link Programme} and every value of the model with the same codecs, and so the same format and
 * strictness, as {@link ProgrammeJson}: entities, names, timings, ids of each kind ({@code SiteId}...)
 * and enumeration constants, inside the user's own structures too. Ids, enumeration constants and
 * timings are also written and read as their text when they are the keys of a map. A field
 * declared as the abstract {@code EntityId} is not supported: its text alone does not say its kind.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new SprpJacksonModule()).build();
 * // or JsonMapper.builder().findAndAddModules().build(), which finds it through ServiceLoader
 * Programme programme = mapper.readValue(json, Programme.class);
 * }</pre>
 *
 * <p>Under a user's mapper the layout of written JSON is the mapper's (its pretty printer, if
 * any), the limits on size, depth and string length are those of the mapper's factory (the number
 * of entities is held to {@link ProgrammeJson#DEFAULT_MAX_ENTITIES}), and errors
 * are {@link ProgrammeJsonException}s whose line and column are -1 for problems of the programme
 * as a whole (the module cannot read the source again); Jackson passes one raised by a value read
 * at the top level as it is, and wraps one raised inside the user's own structure in a {@code
 * DatabindException}, whose cause it is. Reading is strict; the module never enables polymorphic
 * typing.
 */
public final class SprpJacksonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Makes the module; this is the constructor {@link java.util.ServiceLoader} calls. */
  public SprpJacksonModule() {
    super("sprp", Version.unknownVersion());
    register(Programme.class, ProgrammeCodec.CODEC);
    for (Map.Entry<Class<?>, ValueCodec<?>> entry : ModelCodecs.BY_TYPE.entrySet()) {
      register(entry.getKey(), entry.getValue());
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void register(Class<T> type, ValueCodec<?> codec) {
    ValueCodec<T> typed = (ValueCodec<T>) codec;
    if (codec instanceof TextCodec) {
      registerKeys(type, (TextCodec<T>) codec);
    }
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator out, SerializationContext context) {
        typed.write(out, value);
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        return typed.read(new JsonInput(parser, false, ProgrammeJson.DEFAULT_MAX_ENTITIES, null));
      }
    });
  }

  /** Ids, enumerations and timings as the keys of a user's maps, written and read as their text. */
  private <T> void registerKeys(Class<T> type, TextCodec<T> codec) {
    addKeySerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator out, SerializationContext context) {
        out.writeName(codec.text(value));
      }
    });
    addKeyDeserializer(type, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext context) {
        try {
          return codec.parse(key);
        } catch (IllegalArgumentException e) {
          // The parser stands on the key, so the error points at it, as for a value.
          throw new JsonInput(context.getParser(), false, ProgrammeJson.DEFAULT_MAX_ENTITIES, null)
              .error(e.getMessage());
        }
      }
    });
  }
}

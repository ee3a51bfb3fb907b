/**
 * The JSON interchange format of the SPRP programme model: a facade ({@link
 * org.sprp.serialization.ProgrammeJson}) that reads and writes programmes and their values, a
 * Jackson 3 module ({@link org.sprp.serialization.SprpJacksonModule}) for users with their own
 * {@code JsonMapper}, and the JSON Schema of the format as a resource.
 */
module org.sprp.serialization {
  requires transitive org.sprp.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;

  exports org.sprp.serialization;

  provides tools.jackson.databind.JacksonModule with org.sprp.serialization.SprpJacksonModule;
}

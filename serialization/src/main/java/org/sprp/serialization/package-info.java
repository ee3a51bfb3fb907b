/**
 * The JSON interchange format of SPRP programmes: {@link org.sprp.serialization.ProgrammeJson}
 * reads and writes documents; {@link org.sprp.serialization.SprpJacksonModule} plugs the same
 * codecs into a user's Jackson {@code JsonMapper}; the JSON Schema of the format is the resource
 * {@code org/sprp/serialization/programme.schema.json}.
 */
package org.sprp.serialization;

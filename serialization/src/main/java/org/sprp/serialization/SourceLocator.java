package org.sprp.serialization;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds the line and column of a value from its JSON Pointer by reading the document again. Only
 * used once a read has failed, so a successful read pays nothing for it.
 */
final class SourceLocator implements JsonInput.Locator {

  private final JsonFactory factory;
  private final byte[] bytes;
  private final String text;

  private SourceLocator(JsonFactory factory, byte[] bytes, String text) {
    this.factory = factory;
    this.bytes = bytes;
    this.text = text;
  }

  static SourceLocator of(JsonFactory factory, byte[] bytes) {
    return new SourceLocator(factory, bytes, null);
  }

  static SourceLocator of(JsonFactory factory, String text) {
    return new SourceLocator(factory, null, text);
  }

  @Override
  public TokenStreamLocation locate(String pointer) {
    try (JsonParser parser = bytes != null ? factory.createParser(ObjectReadContext.empty(), bytes)
        : factory.createParser(ObjectReadContext.empty(), text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token != JsonToken.PROPERTY_NAME && !token.isStructEnd()
            && parser.streamReadContext().pathAsPointer().toString().equals(pointer)) {
          return parser.currentTokenLocation();
        }
      }
    }
    return null;
  }
}

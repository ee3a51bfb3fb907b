package org.sprp.serialization;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The golden documents: canonical programmes written by hand, kept as test resources. */
final class Golden {

  static final String MINIMAL = "minimal.json";
  static final String EVERY_FIELD = "every-field.json";
  static final String CHINESE_AND_EDTF = "chinese-and-edtf.json";
  static final String EVERY_ENUM_VALUE = "every-enum-value.json";

  /** Every golden document, by file name. */
  static final List<String> ALL = List.of(MINIMAL, EVERY_FIELD, CHINESE_AND_EDTF, EVERY_ENUM_VALUE);

  private Golden() {}

  static byte[] bytes(String name) {
    return resource("golden/" + name);
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** A resource beside this package, such as {@code golden/minimal.json}. */
  static byte[] resource(String path) {
    try (InputStream in = Golden.class.getResourceAsStream(path)) {
      requireNonNull(in, () -> "no test resource " + path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

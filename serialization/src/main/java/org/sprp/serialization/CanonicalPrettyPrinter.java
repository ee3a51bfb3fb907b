package org.sprp.serialization;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.Instantiatable;

/**
 * The one layout of canonical documents: two spaces of indentation a level, every member and
 * element on a line of its own, {@code ": "} between name and value, {@code "\n"} line ends
 * whatever the platform, and {@code {}} or {@code []} for an empty object or array. It keeps the
 * nesting level, so each generator needs its own instance: databind makes one per write through
 * {@link #createInstance()}.
 */
final class CanonicalPrettyPrinter implements PrettyPrinter, Instantiatable<PrettyPrinter> {

  private int level;

  @Override
  public PrettyPrinter createInstance() {
    return new CanonicalPrettyPrinter();
  }

  /** The deepest level whose line start is made in advance; the format itself is 7 deep. */
  private static final int LEVELS = 32;

  /** A line end and the indentation of each level, encoded once: written as raw bytes. */
  private static final SerializedString[] LINES = new SerializedString[LEVELS + 1];

  static {
    for (int i = 0; i <= LEVELS; i++) {
      LINES[i] = new SerializedString("\n" + "  ".repeat(i));
    }
  }

  private static final SerializedString NAME_SEPARATOR = new SerializedString(": ");

  private void newLine(JsonGenerator out) {
    if (level <= LEVELS) {
      out.writeRaw(LINES[level]);
    } else {
      out.writeRaw('\n');
      for (int i = 0; i < level; i++) {
        out.writeRaw("  ");
      }
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator out) {
    out.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator out) {
    out.writeRaw('{');
    level++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator out) {
    newLine(out);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator out) {
    out.writeRaw(NAME_SEPARATOR);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator out) {
    out.writeRaw(',');
    newLine(out);
  }

  @Override
  public void writeEndObject(JsonGenerator out, int entries) {
    level--;
    if (entries > 0) {
      newLine(out);
    }
    out.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator out) {
    out.writeRaw('[');
    level++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator out) {
    newLine(out);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator out) {
    out.writeRaw(',');
    newLine(out);
  }

  @Override
  public void writeEndArray(JsonGenerator out, int values) {
    level--;
    if (values > 0) {
      newLine(out);
    }
    out.writeRaw(']');
  }
}

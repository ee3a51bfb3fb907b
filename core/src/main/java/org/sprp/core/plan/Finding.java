package org.sprp.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One result of the {@linkplain Consistency consistency checks}: something in a programme that is
 * allowed (the programme was built) but probably not meant. It has a stable code, the code's
 * severity, the path of its subject in the form of {@link org.sprp.core.Problem} paths ({@code
 * activities[training-spain-2016]}, {@code missions[visit].stops[1]}) and a message for people.
 *
 * <p>This class is immutable and thread-safe. The checks write a finding's path and message when
 * they are first asked for: a large programme has tens of thousands of findings, and a script that
 * counts them by code never reads most of them. Until then, such a finding keeps from being
 * collected what it writes them from: the columns the programme recorded when it was built (among
 * them the texts of every id and timing, some 9 MB in all at 100,000 activities), and the
 * catalogues (themes, sites, places) its message names, though not the programme itself.
 */
public final class Finding {

  private final FindingCode code;
  /** Write the path and message; they read only values that never change, so may run more than once. */
  private final Supplier<String> pathText;
  private final Supplier<String> messageText;
  /** The path and message, once written; a race between threads at most writes one twice, equal. */
  private String path;
  private String message;

  private Finding(FindingCode code, Supplier<String> pathText, String path, Supplier<String> messageText,
      String message) {
    this.code = requireNonNull(code, "code");
    this.pathText = requireNonNull(pathText, "path");
    this.path = path;
    this.messageText = requireNonNull(messageText, "message");
    this.message = message;
  }

  /**
   * Returns a finding.
   *
   * @param code what it is about, not null
   * @param path the path of its subject, not null
   * @param message what was found, not null
   * @return the finding, not null
   */
  public static Finding of(FindingCode code, String path, String message) {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    // The texts also in the suppliers, final fields: a thread that sees the fields unset, as a
    // finding shared without synchronisation may show them, reads them there.
    return new Finding(code, () -> path, path, () -> message, message);
  }

  /**
   * Returns a finding whose path and message are written when first asked for.
   *
   * @param code what it is about, not null
   * @param path writes the path from values that never change, not null
   * @param message writes the message from values that never change, not null
   * @return the finding, not null
   */
  static Finding of(FindingCode code, Supplier<String> path, Supplier<String> message) {
    return new Finding(code, path, null, message, null);
  }

  /**
   * Returns what the finding is about.
   *
   * @return the code, not null
   */
  public FindingCode code() {
    return code;
  }

  /**
   * Returns how much the finding matters: the severity of its code.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return code.severity();
  }

  /**
   * Returns the path of the subject.
   *
   * @return the path, such as {@code activities[panel-discussion-2]}
   */
  public String path() {
    String written = path;
    if (written == null) {
      written = requireNonNull(pathText.get(), "path");
      path = written;
    }
    return written;
  }

  /**
   * Returns what was found, for people.
   *
   * @return the message, not null
   */
  public String message() {
    String written = message;
    if (written == null) {
      written = requireNonNull(messageText.get(), "message");
      message = written;
    }
    return written;
  }

  /**
   * Findings are equal when their codes, paths and messages are equal.
   *
   * @param obj the other object, may be null
   * @return true if the other object is an equal finding
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Finding
        && ((Finding) obj).code == code
        && ((Finding) obj).path().equals(path())
        && ((Finding) obj).message().equals(message());
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(code, path(), message());
  }

  /**
   * Returns the finding as one line.
   *
   * @return {@code SEVERITY CODE path: message}, such as {@code WARNING MISSING_TIMING
   *     activities[panel-discussion-2]: planned, but has no timing}
   */
  @Override
  public String toString() {
    return severity() + " " + code + " " + path() + ": " + message();
  }
}

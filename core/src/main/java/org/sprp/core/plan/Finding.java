package org.sprp.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * One result of the {@linkplain Consistency consistency checks}: something in a programme that is
 * allowed (the programme was built) but probably not meant. It has a stable code, the code's
 * severity, the path of its subject in the form of {@link org.sprp.core.Problem} paths ({@code
 * activities[training-spain-2016]}, {@code missions[visit].stops[1]}) and a message for people.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {

  private final FindingCode code;
  private final String path;
  private final String message;

  private Finding(FindingCode code, String path, String message) {
    this.code = requireNonNull(code, "code");
    this.path = requireNonNull(path, "path");
    this.message = requireNonNull(message, "message");
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
    return new Finding(code, path, message);
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
    return path;
  }

  /**
   * Returns what was found, for people.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
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
        && ((Finding) obj).path.equals(path)
        && ((Finding) obj).message.equals(message);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(code, path, message);
  }

  /**
   * Returns the finding as one line.
   *
   * @return {@code SEVERITY CODE path: message}, such as {@code WARNING MISSING_TIMING
   *     activities[panel-discussion-2]: planned, but has no timing}
   */
  @Override
  public String toString() {
    return severity() + " " + code + " " + path + ": " + message;
  }
}

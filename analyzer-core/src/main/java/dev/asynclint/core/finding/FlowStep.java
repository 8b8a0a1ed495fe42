package dev.asynclint.core.finding;

import java.util.Objects;

/**
 * One step of a finding's flow, e.g. one call of the chain from a loop callback to a blocking sink.
 * {@code label} is the short name shown in chains ({@code UserDao.load}).
 */
public record FlowStep(SourceLocation location, String label, String message) {
  public FlowStep {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(message, "message");
  }
}

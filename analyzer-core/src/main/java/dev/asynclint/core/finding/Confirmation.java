package dev.asynclint.core.finding;

import java.util.List;
import java.util.Objects;

/**
 * Whether run-time evidence (probe events) backs a finding. Static findings start {@link
 * Status#UNCONFIRMED}; {@link Status#RUNTIME_ONLY} marks findings made from events alone.
 */
public record Confirmation(Status status, List<String> evidence) {
  public enum Status {
    UNCONFIRMED,
    CONFIRMED,
    RUNTIME_ONLY
  }

  public static final Confirmation NONE = new Confirmation(Status.UNCONFIRMED, List.of());

  public Confirmation {
    Objects.requireNonNull(status, "status");
    evidence = List.copyOf(evidence);
  }
}

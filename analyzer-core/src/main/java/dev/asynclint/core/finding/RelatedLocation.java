package dev.asynclint.core.finding;

import java.util.Objects;

/** A location that helps explain a finding (the registration of the callback, a guard). */
public record RelatedLocation(SourceLocation location, String message) {
  public RelatedLocation {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }
}

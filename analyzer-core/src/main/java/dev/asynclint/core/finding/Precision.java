package dev.asynclint.core.finding;

/** How often a rule's findings are right; the ids are SARIF's {@code precision} values. */
public enum Precision {
  VERY_HIGH("very-high"),
  HIGH("high"),
  MEDIUM("medium"),
  LOW("low");

  private final String id;

  Precision(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}

package dev.asynclint.core.finding;

/** The four families of async misuse (DESIGN 4); the id is the SARIF tag and config key. */
public enum Family {
  BLOCKING("blocking"),
  BACKPRESSURE("backpressure"),
  STARVATION("starvation"),
  MODULE_TYPE("module-type");

  private final String id;

  Family(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Parses a family id such as {@code module-type}. */
  public static Family parse(String text) {
    for (Family f : values()) {
      if (f.id.equalsIgnoreCase(text.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown rule family '" + text + "'");
  }
}

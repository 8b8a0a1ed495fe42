package dev.asynclint.core.java;

import java.util.List;

/** What one Java file declares and does: plain data, the AST is gone (DESIGN 2). */
public record JavaFileFacts(
    String path, String packageName, List<TypeFacts> types, List<CodeUnit> units) {
  public JavaFileFacts {
    types = List.copyOf(types);
    units = List.copyOf(units);
  }
}

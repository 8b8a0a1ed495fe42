package dev.asynclint.core.js;

/**
 * A JavaScript or TypeScript module with its classification.
 *
 * @param facts what its text says
 * @param type how Node classifies it before running it
 * @param analysed true for files of the analysed tree; false for files only reached through
 *     resolution (a package in {@code node_modules}), which are never reported on
 */
public record JsModule(JsModuleFacts facts, ModuleType type, boolean analysed) {
  /**
   * How {@code node} runs this file. TypeScript files are judged as tsc ({@code module:
   * node16/nodenext}) emits them: a typeless {@code .ts} file becomes CommonJS, and tsc does no
   * syntax detection.
   */
  public RunMode runsAs(NodeVersion node) {
    return switch (type.kind()) {
      case ESM -> RunMode.ESM;
      case COMMONJS -> RunMode.COMMONJS;
      case AMBIGUOUS ->
          !facts.typeScript() && node.detectsModuleSyntax() && !facts.runtimeEsmSyntax().isEmpty()
              ? RunMode.ESM_BY_DETECTION
              : RunMode.COMMONJS;
    };
  }

  /** Root-relative path (or absolute, for files outside the tree). */
  public String path() {
    return facts.path();
  }
}

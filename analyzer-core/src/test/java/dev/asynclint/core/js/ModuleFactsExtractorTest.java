package dev.asynclint.core.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.core.finding.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModuleFactsExtractorTest {
  private static ModuleFactsExtractor.Extracted extract(String file, String text) {
    JsParser parser = JsParser.create().orElseThrow();
    boolean ts = file.endsWith("ts");
    return ModuleFactsExtractor.extract(
        file, Path.of("/p/" + file), ts, text, parser.parse(text, ts));
  }

  @Test
  void columnsCountUtf16UnitsAfterNonAsciiText() {
    // "é" is 2 UTF-8 bytes and 1 UTF-16 unit; the emoji is 4 bytes and 2 units.
    String text = "const s = 'é😀'; const x = require('y');\n";
    JsModuleFacts facts = extract("a.js", text).facts();
    CommonJsGlobal g = facts.commonJsGlobals().get(0);
    assertEquals("require", g.name());
    assertEquals(text.indexOf("require") + 1, g.location().startColumn());
    assertEquals("require('y')", g.snippet());
  }

  @Test
  void findsEveryKindOfModuleSyntaxWithPositions() {
    String text =
        String.join(
            "\n",
            "import a from './a.js';",
            "export * from './b.js';",
            "export { c } from './c.js';",
            "export default 1;",
            "console.log(import.meta.url);",
            "for await (const x of []) {}",
            "const m = await import('./d.mjs');",
            "async function f() { await g(); }",
            "");
    JsModuleFacts facts = extract("m.mjs", text).facts();
    assertEquals(
        List.of(
            "IMPORT@1",
            "EXPORT@2",
            "EXPORT@3",
            "EXPORT@4",
            "IMPORT_META@5",
            "TOP_LEVEL_AWAIT@6",
            "TOP_LEVEL_AWAIT@7"),
        facts.esmSyntax().stream().map(s -> s.kind() + "@" + s.location().startLine()).toList());
    assertEquals(
        List.of(
            "STATIC_IMPORT ./a.js",
            "RE_EXPORT ./b.js",
            "RE_EXPORT ./c.js",
            "DYNAMIC_IMPORT ./d.mjs"),
        facts.requests().stream().map(r -> r.kind() + " " + r.specifier().orElse("?")).toList());
  }

  @Test
  void commonJsGlobalsOnlyWhenFree() {
    String text =
        String.join(
            "\n",
            "exports.a = 1;",
            "Object.defineProperty(exports, 'b', { value: 2 });",
            "module.exports.c = __filename;",
            "function wrapped(require, module) { return require('x') + module.id; }",
            "const { __dirname } = paths;",
            "const txt = `${'require'} module`; // require('fs')",
            "if (/require/.test(txt)) {}",
            "");
    JsModuleFacts facts = extract("c.cjs", text).facts();
    assertEquals(
        List.of("exports@1", "exports@2", "module@3", "__filename@3"),
        facts.commonJsGlobals().stream()
            .map(g -> g.name() + "@" + g.location().startLine())
            .toList());
    assertEquals(List.of(), facts.requests(), "the parameter's require call is not the free one");
  }

  @Test
  void typeOnlyImportsAreMarkedAndTsRequireIsARequest() {
    String text =
        String.join(
            "\n",
            "import type { A } from './a.js';",
            "import { type B } from './b.js';",
            "import { type C, D } from './c.js';",
            "export type { E } from './e.js';",
            "import f = require('./f');",
            "");
    JsModuleFacts facts = extract("t.ts", text).facts();
    assertEquals(
        List.of(true, true, false, true),
        facts.esmSyntax().stream().map(EsmSyntax::typeOnly).toList());
    ModuleRequest last = facts.requests().get(facts.requests().size() - 1);
    assertEquals(ModuleRequest.Kind.REQUIRE, last.kind());
    assertEquals(Optional.of("./f"), last.specifier());
  }

  @Test
  void disableCommentsBecomeSuppressionMarksForTheNextLine() {
    String text =
        "// asynclint-disable-next-line CommonJsInEsm -- generated\nconst x = require('x');\n"
            + "const s = '// asynclint-disable-next-line CommonJsInEsm';\n";
    var extracted = extract("s.mjs", text);
    assertEquals(1, extracted.suppressions().size(), "the one in a string does not count");
    var mark = extracted.suppressions().get(0);
    assertTrue(mark.covers("CommonJsInEsm", SourceLocation.at("s.mjs", 2, 11)));
    assertEquals("generated", mark.justification());
  }

  @Test
  void bundlerInputIsRecognisedByJsxAndAssetImports() {
    assertEquals(
        Optional.of("it contains JSX (line 2)"),
        extract("a.js", "import R from 'react';\nexport const A = () => <div>x</div>;\n")
            .facts()
            .bundlerInput());
    assertEquals(
        Optional.of("it imports ./a.module.css?inline (line 1)"),
        extract("b.js", "import s from './a.module.css?inline';\n").facts().bundlerInput());
    assertEquals(
        Optional.empty(),
        extract("c.js", "const t = '</p>' + '<br/>'; const r = /<\\/a>/;\n")
            .facts()
            .bundlerInput());
    assertEquals(
        Optional.of("a .jsx file"), extract("d.jsx", "export default 1;\n").facts().bundlerInput());
  }

  @Test
  void deeplyNestedBrokenCodeDoesNotOverflowTheStack() {
    // The missing operand sits at the innermost level, 50000 parentheses down.
    String deep = "x = " + "(".repeat(50_000) + "a +" + ")".repeat(50_000) + ";\n";
    var extracted = extract("deep.js", deep);
    assertEquals(1, extracted.diagnostics().size());
  }

  @Test
  void syntaxErrorsAreAWarningWithPosition() {
    var extracted = extract("e.js", "const ok = 1;\nconst = ;\nrequire('x');\n");
    assertEquals(1, extracted.diagnostics().size());
    assertEquals(2, extracted.diagnostics().get(0).line());
    assertEquals(1, extracted.facts().requests().size(), "facts after the error are still found");
  }
}

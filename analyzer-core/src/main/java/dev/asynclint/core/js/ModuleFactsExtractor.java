package dev.asynclint.core.js;

import dev.asynclint.core.finding.Diagnostic;
import dev.asynclint.core.finding.Severity;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.suppress.DisableComment;
import dev.asynclint.core.suppress.SuppressionMark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;
import org.treesitter.TSTree;

/**
 * Extracts module facts from one parsed file.
 *
 * <p>Text first, tree second: every JNI call into tree-sitter costs, so instead of visiting every
 * node it finds the few words that matter ({@code import}, {@code await}, {@code require} …) in the
 * bytes and asks the tree what stands there. A word inside a string, comment, template or regex is
 * a string fragment, comment or regex node, never an identifier or keyword, so such text is never
 * taken for code. Import and export statements are only legal at the top level, so the program's
 * direct children are enough for them.
 */
final class ModuleFactsExtractor {
  /** The variables Node's CommonJS wrapper function passes to every CommonJS module. */
  static final List<String> COMMONJS_GLOBALS =
      List.of("require", "module", "exports", "__dirname", "__filename");

  private static final String DISABLE = "asynclint-disable-next-line";

  private final String path;
  private final Path absolutePath;
  private final boolean typeScript;
  private final SourcePositions text;
  private final TSNode root;

  private final List<EsmSyntax> esm = new ArrayList<>();
  private final List<ModuleRequest> requests = new ArrayList<>();
  private final List<SuppressionMark> marks = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Everything one file yields. */
  record Extracted(
      JsModuleFacts facts, List<SuppressionMark> suppressions, List<Diagnostic> diagnostics) {}

  private ModuleFactsExtractor(
      String path, Path absolutePath, boolean typeScript, String source, TSTree tree) {
    this.path = path;
    this.absolutePath = absolutePath;
    this.typeScript = typeScript;
    this.text = new SourcePositions(source);
    this.root = tree.getRootNode();
  }

  static Extracted extract(
      String path, Path absolutePath, boolean typeScript, String source, TSTree tree) {
    return new ModuleFactsExtractor(path, absolutePath, typeScript, source, tree).run();
  }

  private Extracted run() {
    topLevelStatements();
    importKeywords();
    awaitKeywords();
    List<CommonJsGlobal> found = new ArrayList<>();
    boolean featureTested = false;
    for (String name : COMMONJS_GLOBALS) {
      featureTested |= commonJsGlobal(name, found);
    }
    // UMD and isomorphic code test `typeof module !== 'undefined'` (or exports, require) and only
    // then touch the CommonJS globals, often a different one than tested (moment's locale loader
    // tests module and calls require). A file that feature-tests any of them is taken to guard
    // all of its uses: we prefer a missed finding to a false one.
    boolean guarded = featureTested;
    List<CommonJsGlobal> globals =
        found.stream()
            .map(g -> new CommonJsGlobal(g.name(), g.location(), g.snippet(), guarded))
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    suppressions();
    int errors = syntaxErrors();
    esm.sort(Comparator.comparing(EsmSyntax::location, SourceLocation.ORDER));
    requests.sort(Comparator.comparing(ModuleRequest::location, SourceLocation.ORDER));
    globals.sort(Comparator.comparing(CommonJsGlobal::location, SourceLocation.ORDER));
    var facts =
        new JsModuleFacts(
            path, absolutePath, typeScript, esm, globals, requests, errors, bundlerInput());
    return new Extracted(facts, marks, diagnostics);
  }

  // ---- import / export statements ----

  private void topLevelStatements() {
    int n = root.getNamedChildCount();
    for (int i = 0; i < n; i++) {
      TSNode stmt = root.getNamedChild(i);
      String type = stmt.getType();
      if (type.equals("import_statement")) {
        importStatement(stmt);
      } else if (type.equals("export_statement")) {
        exportStatement(stmt);
      }
    }
  }

  private void importStatement(TSNode stmt) {
    TSNode requireClause = Nodes.childOfType(stmt, "import_require_clause");
    if (!requireClause.isNull()) {
      // TypeScript's `import x = require('y')` is CommonJS loading written in TS syntax.
      requests.add(
          new ModuleRequest(
              ModuleRequest.Kind.REQUIRE,
              stringValue(requireClause.getChildByFieldName("source")),
              location(stmt),
              snippet(stmt),
              false));
      return;
    }
    boolean typeOnly = Nodes.hasToken(stmt, "type") || allSpecifiersTypeOnly(stmt);
    esm.add(new EsmSyntax(EsmSyntax.Kind.IMPORT, location(stmt), snippet(stmt), typeOnly));
    requests.add(
        new ModuleRequest(
            ModuleRequest.Kind.STATIC_IMPORT,
            stringValue(stmt.getChildByFieldName("source")),
            location(stmt),
            snippet(stmt),
            typeOnly));
  }

  private void exportStatement(TSNode stmt) {
    if (Nodes.hasToken(stmt, "=")) {
      return; // TypeScript's `export = x` compiles to module.exports: CommonJS, not ESM syntax
    }
    TSNode declaration = stmt.getChildByFieldName("declaration");
    boolean typeOnly =
        Nodes.hasToken(stmt, "type")
            || (!declaration.isNull()
                && Set.of("type_alias_declaration", "interface_declaration")
                    .contains(declaration.getType()));
    esm.add(new EsmSyntax(EsmSyntax.Kind.EXPORT, location(stmt), snippet(stmt), typeOnly));
    TSNode source = stmt.getChildByFieldName("source");
    if (!source.isNull()) {
      requests.add(
          new ModuleRequest(
              ModuleRequest.Kind.RE_EXPORT,
              stringValue(source),
              location(stmt),
              snippet(stmt),
              typeOnly));
    }
  }

  private boolean allSpecifiersTypeOnly(TSNode stmt) {
    if (!typeScript) {
      return false;
    }
    TSNode clause = Nodes.childOfType(stmt, "import_clause");
    if (clause.isNull() || clause.getNamedChildCount() != 1) {
      return false; // a default or namespace import beside the braces loads the module
    }
    TSNode named = clause.getNamedChild(0);
    if (!named.getType().equals("named_imports") || named.getNamedChildCount() == 0) {
      return false;
    }
    for (int i = 0; i < named.getNamedChildCount(); i++) {
      if (!Nodes.hasToken(named.getNamedChild(i), "type")) {
        return false;
      }
    }
    // `import { type A } from 'x'` is elided by tsc (without verbatimModuleSyntax).
    return true;
  }

  // ---- import.meta and import() ----

  private void importKeywords() {
    for (int offset : text.wordOffsets("import")) {
      TSNode node = root.getDescendantForByteRange(offset, offset + "import".length());
      while (!node.isNull() && node.getType().equals("import")) {
        node = node.getParent();
      }
      if (node.isNull()) {
        continue;
      }
      switch (node.getType()) {
        case "meta_property" ->
            esm.add(
                new EsmSyntax(EsmSyntax.Kind.IMPORT_META, location(node), snippet(node), false));
        case "call_expression" -> {
          TSNode args = node.getChildByFieldName("arguments");
          requests.add(
              new ModuleRequest(
                  ModuleRequest.Kind.DYNAMIC_IMPORT,
                  firstArgumentString(args),
                  location(node),
                  snippet(node),
                  false));
        }
        default -> {}
      }
    }
  }

  // ---- top-level await ----

  private void awaitKeywords() {
    for (int offset : text.wordOffsets("await")) {
      TSNode node = root.getDescendantForByteRange(offset, offset + "await".length());
      if (node.isNull() || !node.getType().equals("await")) {
        continue;
      }
      TSNode owner = node.getParent();
      if (owner.isNull()
          || !(owner.getType().equals("await_expression")
              || owner.getType().equals("for_in_statement"))) {
        continue;
      }
      if (BindingScopes.enclosingFunction(owner).isEmpty()) {
        esm.add(
            new EsmSyntax(EsmSyntax.Kind.TOP_LEVEL_AWAIT, location(owner), snippet(owner), false));
      }
    }
  }

  // ---- CommonJS globals ----

  private record Use(TSNode node, boolean typeofOperand) {}

  /** Adds the free uses of {@code name}; true when the file tests {@code typeof name}. */
  private boolean commonJsGlobal(String name, List<CommonJsGlobal> out) {
    List<int[]> bindings = new ArrayList<>();
    List<Use> uses = new ArrayList<>();
    for (int offset : text.wordOffsets(name)) {
      TSNode node = root.getDescendantForByteRange(offset, offset + name.length());
      if (node.isNull()) {
        continue;
      }
      String type = node.getType();
      if (type.equals("shorthand_property_identifier_pattern")) {
        BindingScopes.declarationScope(node, text.byteLength()).ifPresent(bindings::add);
        continue;
      }
      if (!type.equals("identifier") && !type.equals("shorthand_property_identifier")) {
        continue; // property names, strings, comments, templates, regexes, type names
      }
      TSNode parent = node.getParent();
      if (parent.isNull() || parent.getType().startsWith("jsx_")) {
        continue;
      }
      Optional<int[]> scope = BindingScopes.declarationScope(node, text.byteLength());
      if (scope.isPresent()) {
        bindings.add(scope.get());
        continue;
      }
      boolean typeofOperand =
          parent.getType().equals("unary_expression") && Nodes.hasToken(parent, "typeof");
      uses.add(new Use(node, typeofOperand));
    }
    boolean tested = false;
    for (Use use : uses) {
      int at = use.node().getStartByte();
      boolean shadowed = bindings.stream().anyMatch(r -> r[0] <= at && at < r[1]);
      if (shadowed) {
        continue;
      }
      if (use.typeofOperand()) {
        tested = true;
        continue;
      }
      TSNode shown = useExpression(use.node());
      out.add(new CommonJsGlobal(name, location(use.node()), snippet(shown), false));
      if (name.equals("require")) {
        TSNode parent = use.node().getParent();
        if (parent.getType().equals("call_expression")
            && Nodes.sameNode(parent.getChildByFieldName("function"), use.node())) {
          requests.add(
              new ModuleRequest(
                  ModuleRequest.Kind.REQUIRE,
                  firstArgumentString(parent.getChildByFieldName("arguments")),
                  location(parent),
                  snippet(parent),
                  false));
        }
      }
    }
    return tested;
  }

  /** The expression a message shows for a use: {@code require('x')}, {@code module.exports} … */
  private static TSNode useExpression(TSNode identifier) {
    TSNode parent = identifier.getParent();
    switch (parent.getType()) {
      case "call_expression":
        return parent;
      case "member_expression":
        return Nodes.sameNode(parent.getChildByFieldName("object"), identifier)
            ? parent
            : identifier;
      case "arguments":
        TSNode call = parent.getParent();
        return call.isNull() ? identifier : call;
      default:
        return identifier;
    }
  }

  // ---- suppression comments ----

  private void suppressions() {
    for (int offset : text.wordOffsets(DISABLE)) {
      TSNode node = root.getDescendantForByteRange(offset, offset + DISABLE.length());
      if (node.isNull() || !node.getType().equals("comment")) {
        continue;
      }
      String comment = text.slice(node.getStartByte(), node.getEndByte());
      String body =
          comment.startsWith("//")
              ? comment.substring(2)
              : comment.substring(2, Math.max(2, comment.length() - 2));
      Optional<DisableComment.Parsed> parsed = DisableComment.parse(body);
      if (parsed.isEmpty()) {
        continue;
      }
      SourceLocation mark = location(node);
      int next = mark.endLine() + 1;
      marks.add(
          new SuppressionMark(
              parsed.get().ruleIds(),
              new SourceLocation(path, next, 1, next, 1),
              mark,
              parsed.get().justification()));
    }
  }

  // ---- bundler input ----

  /** Extensions of imports only a bundler can satisfy: Node's loaders reject them. */
  private static final Set<String> ASSET_EXTENSIONS =
      Set.of(
          "css", "scss", "sass", "less", "styl", "svg", "png", "jpg", "jpeg", "gif", "webp", "avif",
          "ico", "bmp", "woff", "woff2", "ttf", "eot", "vue", "svelte", "html", "graphql", "gql");

  /** Extensions Node's ESM loader can load from a relative specifier. */
  private static final Set<String> NODE_EXTENSIONS =
      Set.of("js", "mjs", "cjs", "json", "node", "wasm");

  private static boolean isRelative(String spec) {
    return spec.startsWith("./") || spec.startsWith("../") || spec.equals(".") || spec.equals("..");
  }

  /**
   * Front-end code in Java repositories is usually bundled (webpack, Vite), never run by Node:
   * judging its module type would flag every component. A file is taken as bundler input when Node
   * could not run it anyway: a {@code .jsx} name, JSX syntax (a SyntaxError for Node), an import of
   * a stylesheet, image or component file, or (outside TypeScript) a relative import without a file
   * extension.
   */
  private Optional<String> bundlerInput() {
    if (absolutePath.getFileName().toString().endsWith(".jsx")) {
      return Optional.of("a .jsx file");
    }
    for (ModuleRequest r : requests) {
      if (r.kind().isStaticEsm() && r.specifier().isPresent()) {
        String spec = r.specifier().get();
        int dot = spec.lastIndexOf('.');
        int query = spec.indexOf('?');
        String ext = dot < 0 ? "" : spec.substring(dot + 1, query > dot ? query : spec.length());
        if (ASSET_EXTENSIONS.contains(ext.toLowerCase(java.util.Locale.ROOT))) {
          return Optional.of("it imports " + spec + " (line " + r.location().startLine() + ")");
        }
        // Node's ESM loader takes relative specifiers as written (spec/esm-matrix L and M fail
        // with ERR_MODULE_NOT_FOUND / ERR_UNSUPPORTED_DIR_IMPORT); `import './api'` is written
        // for a bundler or a transpiler that resolves it. TypeScript sources are exempt: tsc's
        // CommonJS output turns them into require(), which does resolve them.
        if (!typeScript && isRelative(spec) && !NODE_EXTENSIONS.contains(ext)) {
          return Optional.of(
              "it imports "
                  + spec
                  + " without a file extension (line "
                  + r.location().startLine()
                  + "), which only a bundler resolves");
        }
      }
    }
    if (!typeScript) {
      // The closing tokens of JSX elements; in strings or regexes they are not jsx_ nodes.
      for (String token : List.of("</", "/>")) {
        int[] offsets = text.tokenOffsets(token);
        // JSX, where present, shows up early; HTML in strings of a big bundle must not cost a
        // tree probe per occurrence.
        for (int k = 0; k < Math.min(offsets.length, 64); k++) {
          int offset = offsets[k];
          TSNode node = root.getDescendantForByteRange(offset, offset + 2);
          TSNode parent = node.isNull() ? node : node.getParent();
          if (!parent.isNull() && parent.getType().startsWith("jsx_")) {
            return Optional.of("it contains JSX (line " + text.line(offset) + ")");
          }
        }
      }
    }
    return Optional.empty();
  }

  // ---- syntax errors ----

  private int syntaxErrors() {
    if (!root.hasError()) {
      return 0;
    }
    List<TSNode> errors = new ArrayList<>();
    collectErrors(root, errors);
    if (!errors.isEmpty()) {
      TSNode first = errors.get(0);
      SourceLocation at = location(first);
      // tree-sitter recovers, so the file is still analysed: a warning, not a lost file.
      diagnostics.add(
          new Diagnostic(
              Diagnostic.Kind.PARSE_ERROR,
              Severity.WARNING,
              path,
              at.startLine(),
              at.startColumn(),
              "syntax error"
                  + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "")
                  + "; the parser recovered, module facts near it may be incomplete"));
    }
    return errors.size();
  }

  /**
   * Descends only into subtrees that contain an error, so clean files cost one call; iterative,
   * since minified code nests deeper than a thread's stack allows recursion.
   */
  private static void collectErrors(TSNode root, List<TSNode> out) {
    var pending = new java.util.ArrayDeque<TSNode>();
    pending.push(root);
    while (!pending.isEmpty()) {
      TSNode node = pending.pop();
      if (node.isError() || node.isMissing()) {
        out.add(node);
        continue;
      }
      int n = node.getChildCount();
      for (int i = n - 1; i >= 0; i--) {
        TSNode child = node.getChild(i);
        if (child.hasError() || child.isMissing()) {
          pending.push(child);
        }
      }
    }
  }

  // ---- helpers ----

  private Optional<String> firstArgumentString(TSNode args) {
    if (args.isNull() || args.getNamedChildCount() == 0) {
      return Optional.empty();
    }
    return stringValue(args.getNamedChild(0));
  }

  /** The value of a string literal or a template without substitutions. */
  private Optional<String> stringValue(TSNode node) {
    if (node.isNull()) {
      return Optional.empty();
    }
    String type = node.getType();
    if (!type.equals("string") && !type.equals("template_string")) {
      return Optional.empty();
    }
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode part = node.getNamedChild(i);
      if (!part.getType().equals("string_fragment")) {
        return Optional.empty(); // escapes or substitutions: computed, not worth decoding
      }
      value.append(text.slice(part.getStartByte(), part.getEndByte()));
    }
    return Optional.of(value.toString());
  }

  private SourceLocation location(TSNode node) {
    return text.location(path, node.getStartByte(), node.getEndByte());
  }

  private String snippet(TSNode node) {
    String s = text.slice(node.getStartByte(), node.getEndByte());
    int nl = s.indexOf('\n');
    if (nl >= 0) {
      s = s.substring(0, nl);
    }
    s = s.strip();
    return s.length() > 120 ? s.substring(0, 120) : s;
  }
}

package dev.asynclint.core.js;

import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Where a name is bound: whether an identifier declares a binding (a variable, parameter, function,
 * class, import or catch parameter, also inside destructuring patterns), and the byte range of the
 * scope it binds in. Enough to tell a local {@code require} or {@code __dirname} from the CommonJS
 * one without a full scope analysis.
 */
final class BindingScopes {
  /**
   * Nodes that start a new function scope (var, parameters, and where await stops being top-level).
   */
  private static final Set<String> FUNCTIONS =
      Set.of(
          "function_declaration",
          "function_expression",
          "function",
          "generator_function",
          "generator_function_declaration",
          "arrow_function",
          "method_definition",
          "class_static_block");

  /** Nodes that only pass a binding pattern through to its declaration. */
  private static final Set<String> PATTERNS =
      Set.of(
          "array_pattern",
          "object_pattern",
          "pair_pattern",
          "rest_pattern",
          "assignment_pattern",
          "object_assignment_pattern",
          "required_parameter",
          "optional_parameter");

  private BindingScopes() {}

  /**
   * The byte range where an identifier declares a binding of its name, or empty when it is a
   * reference. {@code let}/{@code const} are given their function's scope rather than their
   * block's: a slightly wider scope can only hide findings, never invent them.
   */
  static Optional<int[]> declarationScope(TSNode identifier, int fileLength) {
    TSNode child = identifier;
    TSNode parent = identifier.getParent();
    while (!parent.isNull() && PATTERNS.contains(parent.getType())) {
      if (parent.getType().equals("assignment_pattern")
          || parent.getType().equals("object_assignment_pattern")) {
        if (!Nodes.sameNode(parent.getChildByFieldName("left"), child)) {
          return Optional.empty(); // the default value is an expression
        }
      }
      if (parent.getType().equals("pair_pattern")
          && !Nodes.sameNode(parent.getChildByFieldName("value"), child)) {
        return Optional.empty(); // the key is a property name
      }
      child = parent;
      parent = parent.getParent();
    }
    if (parent.isNull()) {
      return Optional.empty();
    }
    switch (parent.getType()) {
      case "variable_declarator":
        return Nodes.sameNode(parent.getChildByFieldName("name"), child)
            ? Optional.of(functionScope(parent, fileLength))
            : Optional.empty();
      case "formal_parameters":
        return Optional.of(Nodes.range(parent.getParent()));
      case "arrow_function":
        return Nodes.sameNode(parent.getChildByFieldName("parameter"), child)
            ? Optional.of(Nodes.range(parent))
            : Optional.empty();
      case "catch_clause":
        return Nodes.sameNode(parent.getChildByFieldName("parameter"), child)
            ? Optional.of(Nodes.range(parent))
            : Optional.empty();
      case "for_in_statement":
        return Nodes.sameNode(parent.getChildByFieldName("left"), child)
                && !parent.getChildByFieldName("kind").isNull()
            ? Optional.of(Nodes.range(parent))
            : Optional.empty();
      case "function_declaration":
      case "generator_function_declaration":
      case "class_declaration":
        return Nodes.sameNode(parent.getChildByFieldName("name"), child)
            ? Optional.of(functionScope(parent, fileLength))
            : Optional.empty();
      case "function_expression":
      case "function":
      case "generator_function":
      case "class":
        return Nodes.sameNode(parent.getChildByFieldName("name"), child)
            ? Optional.of(Nodes.range(parent))
            : Optional.empty();
      case "import_specifier":
      case "namespace_import":
      case "import_clause":
      case "import_require_clause":
        return Optional.of(new int[] {0, fileLength});
      default:
        return Optional.empty();
    }
  }

  /** The range of the nearest enclosing function, or the whole file. */
  static int[] functionScope(TSNode node, int fileLength) {
    return enclosingFunction(node).map(Nodes::range).orElse(new int[] {0, fileLength});
  }

  static Optional<TSNode> enclosingFunction(TSNode node) {
    TSNode n = node.getParent();
    while (!n.isNull()) {
      if (FUNCTIONS.contains(n.getType())) {
        return Optional.of(n);
      }
      n = n.getParent();
    }
    return Optional.empty();
  }
}

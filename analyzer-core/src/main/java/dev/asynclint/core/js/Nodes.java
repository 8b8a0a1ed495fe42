package dev.asynclint.core.js;

import org.treesitter.TSNode;

/** Small questions about tree-sitter nodes, each answered with few JNI calls. */
final class Nodes {
  private Nodes() {}

  /** The first named child of the given type, or a null node. */
  static TSNode childOfType(TSNode node, String type) {
    for (int i = 0; i < node.getNamedChildCount(); i++) {
      TSNode child = node.getNamedChild(i);
      if (child.getType().equals(type)) {
        return child;
      }
    }
    return new TSNode();
  }

  /**
   * True when an anonymous child token such as {@code type}, {@code =} or {@code typeof} is there.
   */
  static boolean hasToken(TSNode node, String token) {
    int n = node.getChildCount();
    for (int i = 0; i < n; i++) {
      TSNode child = node.getChild(i);
      if (!child.isNamed() && child.getType().equals(token)) {
        return true;
      }
    }
    return false;
  }

  /** Same node: the bindings hand out a fresh handle per call, so compare the byte range. */
  static boolean sameNode(TSNode a, TSNode b) {
    return !a.isNull()
        && !b.isNull()
        && a.getStartByte() == b.getStartByte()
        && a.getEndByte() == b.getEndByte();
  }

  /** The node's byte range {@code [start, end)}. */
  static int[] range(TSNode node) {
    return new int[] {node.getStartByte(), node.getEndByte()};
  }
}

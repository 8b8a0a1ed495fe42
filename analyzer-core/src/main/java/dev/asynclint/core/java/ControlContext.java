package dev.asynclint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a call sits in its body's control flow, as the backpressure and starvation rules need it:
 * inside a loop, on a conditional path (a branch, a loop body, a catch, the right side of {@code
 * &&}/{@code ||}), and which methods the conditions of the enclosing loops call (the guard of
 * {@code while (buf.hasRemaining()) ch.write(buf)}).
 */
record ControlContext(
    boolean inLoop,
    boolean conditional,
    List<String> loopGuards,
    boolean openLoop,
    List<String> eachVariables) {
  static final ControlContext TOP = new ControlContext(false, false, List.of(), false, List.of());

  ControlContext {
    loopGuards = List.copyOf(loopGuards);
    eachVariables = List.copyOf(eachVariables);
  }

  /**
   * The shape of the loops around a call whose receiver is named {@code receiverName} (empty when
   * it is not a plain name).
   */
  CallFact.LoopShape loopShape(String receiverName) {
    if (openLoop) {
      return CallFact.LoopShape.OPEN;
    }
    if (!inLoop) {
      return CallFact.LoopShape.NONE;
    }
    return eachVariables.contains(receiverName)
        ? CallFact.LoopShape.EACH_RECEIVER
        : CallFact.LoopShape.EACH_ITEM;
  }

  /** The context of {@code child}, a direct child of {@code parent}. */
  ControlContext enter(Node parent, Node child) {
    if (parent instanceof ForStmt f) {
      boolean body = child == f.getBody() || f.getUpdate().contains(child);
      return body ? loop(f.getCompare(), true, List.of()) : this;
    }
    if (parent instanceof WhileStmt w) {
      return child == w.getBody() ? loop(Optional.of(w.getCondition()), true, List.of()) : this;
    }
    if (parent instanceof DoStmt d) {
      return child == d.getBody() ? loop(Optional.of(d.getCondition()), true, List.of()) : this;
    }
    if (parent instanceof ForEachStmt f) {
      return child == f.getBody()
          ? loop(
              Optional.empty(),
              false,
              f.getVariable().getVariables().stream().map(v -> v.getNameAsString()).toList())
          : this;
    }
    if (parent instanceof IfStmt i) {
      return child == i.getCondition() ? this : branch();
    }
    if (parent instanceof ConditionalExpr c) {
      return child == c.getCondition() ? this : branch();
    }
    if (parent instanceof SwitchEntry || parent instanceof CatchClause) {
      return branch();
    }
    if (parent instanceof BlockStmt block && afterEarlyExit(block, child)) {
      return branch();
    }
    if (parent instanceof BinaryExpr b
        && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR)
        && child == b.getRight()) {
      return branch();
    }
    return this;
  }

  /**
   * Statements after {@code if (…) return;} (or throw, break, continue) run only when the condition
   * is false: a guard clause is a condition too.
   */
  private static boolean afterEarlyExit(BlockStmt block, Node child) {
    for (Statement s : block.getStatements()) {
      if (s == child) {
        return false;
      }
      if (s instanceof IfStmt i
          && (!i.findAll(ReturnStmt.class).isEmpty()
              || !i.findAll(ThrowStmt.class).isEmpty()
              || !i.findAll(BreakStmt.class).isEmpty()
              || !i.findAll(ContinueStmt.class).isEmpty())) {
        return true;
      }
    }
    return false;
  }

  private ControlContext branch() {
    return new ControlContext(inLoop, true, loopGuards, openLoop, eachVariables);
  }

  private ControlContext loop(Optional<Expression> condition, boolean open, List<String> vars) {
    var guards = new ArrayList<>(loopGuards);
    condition.ifPresent(
        c -> c.findAll(MethodCallExpr.class).forEach(m -> guards.add(m.getNameAsString())));
    var each = new ArrayList<>(eachVariables);
    each.addAll(vars);
    return new ControlContext(true, true, guards, openLoop || open, each);
  }
}

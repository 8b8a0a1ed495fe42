package dev.asynclint.core.java;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.suppress.DisableComment;
import dev.asynclint.core.suppress.SuppressionMark;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads suppressions from a Java file: {@code @SuppressWarnings("asynclint")} or {@code
 * ("asynclint:RuleId")} on any declaration (the declaration's lines are covered), and {@code //
 * asynclint-disable-next-line RuleId -- reason} comments (the next line is covered).
 */
final class JavaSuppressions {
  private static final String PREFIX = "asynclint";

  private JavaSuppressions() {}

  static List<SuppressionMark> of(String path, CompilationUnit cu) {
    var out = new ArrayList<SuppressionMark>();
    for (AnnotationExpr a : cu.findAll(AnnotationExpr.class)) {
      if (!a.getNameAsString().equals("SuppressWarnings")
          && !a.getNameAsString().equals("java.lang.SuppressWarnings")) {
        continue;
      }
      Optional<Node> target = a.getParentNode();
      if (target.isEmpty() || target.get().getRange().isEmpty() || a.getRange().isEmpty()) {
        continue;
      }
      for (String value : values(a)) {
        Optional<Set<String>> rules = ruleIds(value);
        rules.ifPresent(
            ids ->
                out.add(
                    new SuppressionMark(
                        ids,
                        location(path, target.get().getRange().get()),
                        location(path, a.getRange().get()),
                        "")));
      }
    }
    for (Comment c : cu.getAllContainedComments()) {
      if (!c.isLineComment() || c.getRange().isEmpty()) {
        continue;
      }
      Range r = c.getRange().get();
      DisableComment.parse(c.getContent())
          .ifPresent(
              parsed ->
                  out.add(
                      new SuppressionMark(
                          parsed.ruleIds(),
                          SourceLocation.at(path, r.begin.line + 1, 1),
                          location(path, r),
                          parsed.justification())));
    }
    return out;
  }

  /** {@code "asynclint"} means every rule; {@code "asynclint:A"} one rule; others are not ours. */
  private static Optional<Set<String>> ruleIds(String value) {
    if (value.equals(PREFIX)) {
      return Optional.of(Set.of());
    }
    if (value.startsWith(PREFIX + ":")) {
      var ids = new LinkedHashSet<String>();
      ids.add(value.substring(PREFIX.length() + 1).strip());
      return Optional.of(ids);
    }
    return Optional.empty();
  }

  private static List<String> values(AnnotationExpr a) {
    var out = new ArrayList<String>();
    if (a instanceof SingleMemberAnnotationExpr s) {
      strings(s.getMemberValue(), out);
    } else if (a instanceof NormalAnnotationExpr n) {
      for (MemberValuePair p : n.getPairs()) {
        if (p.getNameAsString().equals("value")) {
          strings(p.getValue(), out);
        }
      }
    }
    return out;
  }

  private static void strings(Expression e, List<String> out) {
    if (e instanceof StringLiteralExpr s) {
      out.add(s.getValue());
    } else if (e instanceof ArrayInitializerExpr arr) {
      arr.getValues().forEach(v -> strings(v, out));
    }
  }

  private static SourceLocation location(String path, Range r) {
    return new SourceLocation(path, r.begin.line, r.begin.column, r.end.line, r.end.column + 1);
  }
}

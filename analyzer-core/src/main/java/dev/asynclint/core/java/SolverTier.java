package dev.asynclint.core.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The second tier of type resolution (DESIGN 6): JavaParser's symbol solver over the JDK, the
 * project's source roots and the classpath jars. Slow and not thread-safe, so each worker owns one,
 * and it is only asked about calls that passed the model's name prefilter and that the syntactic
 * tier could not type. Every failure is "unresolved", never an error.
 */
final class SolverTier {
  private final CombinedTypeSolver typeSolver;
  private final JavaParserFacade facade;
  private final java.util.Map<String, Optional<Set<String>>> ancestors = new java.util.HashMap<>();

  SolverTier(CombinedTypeSolver typeSolver) {
    this.typeSolver = typeSolver;
    this.facade = JavaParserFacade.get(typeSolver);
  }

  /** The declaring type of the called method and all its ancestors. */
  Optional<Set<String>> declaringTypes(MethodCallExpr call) {
    try {
      var ref = facade.solve(call);
      if (!ref.isSolved()) {
        return Optional.empty();
      }
      return Optional.of(withAncestors(ref.getCorrespondingDeclaration().declaringType()));
    } catch (RuntimeException | StackOverflowError | NoClassDefFoundError e) {
      return Optional.empty();
    }
  }

  /** The type of an expression and its ancestors, e.g. for the receiver of a call. */
  Optional<Set<String>> typeOf(Expression expr) {
    try {
      ResolvedType t = facade.getType(expr);
      if (!t.isReferenceType()) {
        return Optional.empty();
      }
      ResolvedReferenceType rt = t.asReferenceType();
      var out = new LinkedHashSet<String>();
      out.add(rt.getQualifiedName());
      rt.getAllAncestors().forEach(a -> out.add(a.getQualifiedName()));
      return Optional.of(out);
    } catch (RuntimeException | StackOverflowError | NoClassDefFoundError e) {
      return Optional.empty();
    }
  }

  Optional<Set<String>> createdType(ObjectCreationExpr creation) {
    return typeOf(creation);
  }

  /** Ancestors of a type known by name to the solver (JDK, sources, classpath); memoised. */
  Optional<Set<String>> ancestorsOf(String fqn) {
    Optional<Set<String>> known = ancestors.get(fqn);
    if (known == null) {
      known = solveAncestors(fqn);
      ancestors.put(fqn, known);
    }
    return known;
  }

  private Optional<Set<String>> solveAncestors(String fqn) {
    try {
      var ref = typeSolver.tryToSolveType(fqn);
      if (!ref.isSolved()) {
        return Optional.empty();
      }
      return Optional.of(withAncestors(ref.getCorrespondingDeclaration()));
    } catch (RuntimeException | StackOverflowError | NoClassDefFoundError e) {
      return Optional.empty();
    }
  }

  private static Set<String> withAncestors(ResolvedReferenceTypeDeclaration type) {
    var out = new LinkedHashSet<String>();
    out.add(type.getQualifiedName());
    try {
      type.getAllAncestors().forEach(a -> out.add(a.getQualifiedName()));
    } catch (RuntimeException e) {
      // Ancestors outside the solver's reach: the declaring type alone still matches the model.
    }
    return out;
  }
}

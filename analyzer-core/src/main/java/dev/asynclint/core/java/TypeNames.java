package dev.asynclint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The syntactic tier of type resolution for one file (DESIGN 6): turns a type name as written into
 * the fully qualified names it can mean, using the package, imports, the file's own types and
 * {@code java.lang}, following the JLS scoping order.
 */
final class TypeNames {
  private final String packageName;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> onDemandPackages = new ArrayList<>();
  private final Map<String, String> staticMembers = new HashMap<>();
  private final List<String> staticOnDemandTypes = new ArrayList<>();
  private final Set<String> fileTypes;

  TypeNames(CompilationUnit cu, Set<String> fileTypes) {
    this.packageName = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    this.fileTypes = fileTypes;
    for (ImportDeclaration imp : cu.getImports()) {
      String name = imp.getNameAsString();
      if (imp.isStatic()) {
        if (imp.isAsterisk()) {
          staticOnDemandTypes.add(name);
        } else {
          int dot = name.lastIndexOf('.');
          staticMembers.put(name.substring(dot + 1), name.substring(0, dot));
        }
      } else if (imp.isAsterisk()) {
        onDemandPackages.add(name);
      } else {
        singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
  }

  String packageName() {
    return packageName;
  }

  /** The type that a statically imported member {@code name} belongs to. */
  List<String> staticImportOwners(String member) {
    var owners = new ArrayList<String>();
    Optional.ofNullable(staticMembers.get(member)).ifPresent(owners::add);
    owners.addAll(staticOnDemandTypes);
    return owners;
  }

  /**
   * Candidates for a type name as written ({@code Foo}, {@code Map.Entry}, {@code java.util.List},
   * possibly with type arguments or array brackets), seen from inside {@code enclosing} (innermost
   * first).
   */
  TypeRef resolve(String written, List<String> enclosing) {
    String text = erase(written);
    if (text.isEmpty() || isPrimitive(text)) {
      return new TypeRef(text, List.of());
    }
    int dot = text.indexOf('.');
    String first = dot < 0 ? text : text.substring(0, dot);
    String rest = dot < 0 ? "" : text.substring(dot);
    if (dot > 0 && Character.isLowerCase(first.charAt(0))) {
      return new TypeRef(text, List.of(text)); // already qualified: java.util.List
    }
    var out = new LinkedHashSet<String>();
    for (String outer : enclosing) {
      // A member type of an enclosing type, or the enclosing type itself.
      String member = outer + "." + first;
      if (fileTypes.contains(member)) {
        out.add(member + rest);
      }
      if (outer.endsWith("." + first) || outer.equals(first)) {
        out.add(outer + rest);
      }
    }
    if (!out.isEmpty()) {
      return new TypeRef(text, List.copyOf(out));
    }
    String imported = singleImports.get(first);
    if (imported != null) {
      return new TypeRef(text, List.of(imported + rest));
    }
    String samePackage = packageName.isEmpty() ? first : packageName + "." + first;
    out.add(samePackage + rest);
    if (!fileTypes.contains(samePackage)) {
      String lang = "java.lang." + first;
      if (JdkTypes.exists(lang)) {
        out.add(lang + rest);
      }
      for (String pkg : onDemandPackages) {
        String candidate = pkg + "." + first;
        // JDK packages can be checked exactly; other libraries stay candidates.
        if (!candidate.startsWith("java.") || JdkTypes.exists(candidate)) {
          out.add(candidate + rest);
        }
      }
    }
    return new TypeRef(text, List.copyOf(out));
  }

  /** Drops type arguments, array brackets, annotations and varargs dots. */
  static String erase(String written) {
    var sb = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (depth == 0 && c != '[' && c != ']' && !Character.isWhitespace(c)) {
        sb.append(c);
      }
    }
    String s = sb.toString();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.startsWith("@")) {
      return "";
    }
    return s;
  }

  private static boolean isPrimitive(String t) {
    return switch (t) {
      case "int", "long", "short", "byte", "char", "boolean", "float", "double", "void", "var" ->
          true;
      default -> false;
    };
  }
}

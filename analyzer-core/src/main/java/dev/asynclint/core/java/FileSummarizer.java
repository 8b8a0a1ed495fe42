package dev.asynclint.core.java;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import dev.asynclint.core.finding.SourceLocation;
import dev.asynclint.core.model.ApiModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one parsed Java file into {@link JavaFileFacts}: its types, and for every method,
 * constructor, lambda and initialiser the calls it makes, typed as far as the two resolution tiers
 * allow. One traversal; the AST is not kept.
 */
final class FileSummarizer {
  private static final int ARG_TEXT_LIMIT = 120;
  private static final int SNIPPET_LIMIT = 200;

  private final String path;
  private final CompilationUnit cu;
  private final ApiModel model;
  private final Optional<SolverTier> solver;
  private final TypeNames names;
  private final List<TypeFacts> types = new ArrayList<>();
  private final List<CodeUnit> units = new ArrayList<>();
  private final Map<String, Map<String, String>> fieldsByType = new HashMap<>();
  private final Map<String, Map<String, Expression>> fieldInitializers = new HashMap<>();
  private final Map<String, List<TypeRef>> supertypesByType = new HashMap<>();
  private final Map<String, List<MethodDeclaration>> methodsByType = new HashMap<>();
  private final IdentityHashMap<Node, List<String>> unitsOfNode = new IdentityHashMap<>();
  private final IdentityHashMap<LambdaExpr, String> lambdaParamHints = new IdentityHashMap<>();
  private final IdentityHashMap<Expression, Optional<TypeRef>> typeMemo = new IdentityHashMap<>();
  private final Set<String> projectTypes;
  private final Map<String, String> anonymousNames = new HashMap<>();
  private long prefiltered;
  private long resolvedByLibraryType;

  FileSummarizer(
      String path,
      CompilationUnit cu,
      ApiModel model,
      Optional<SolverTier> solver,
      Set<String> projectTypes) {
    this.projectTypes = projectTypes;
    this.path = path;
    this.cu = cu;
    this.model = model;
    this.solver = solver;
    var fileTypes = new LinkedHashSet<String>();
    String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (TypeDeclaration<?> t : cu.getTypes()) {
      collectTypeNames(t, pkg.isEmpty() ? "" : pkg + ".", fileTypes);
    }
    this.names = new TypeNames(cu, fileTypes);
  }

  long prefilteredCalls() {
    return prefiltered;
  }

  long resolvedCalls() {
    return resolvedByLibraryType;
  }

  private static void collectTypeNames(TypeDeclaration<?> t, String prefix, Set<String> into) {
    String fqn = prefix + t.getNameAsString();
    into.add(fqn);
    for (BodyDeclaration<?> m : t.getMembers()) {
      if (m instanceof TypeDeclaration<?> nested) {
        collectTypeNames(nested, fqn + ".", into);
      }
    }
  }

  JavaFileFacts summarize() {
    String pkg = names.packageName();
    for (TypeDeclaration<?> t : cu.getTypes()) {
      visitType(
          t,
          pkg.isEmpty() ? t.getNameAsString() : pkg + "." + t.getNameAsString(),
          List.of(),
          Optional.empty(),
          new Scope(null));
    }
    return new JavaFileFacts(path, pkg, types, units);
  }

  // ---------------------------------------------------------------- types

  private void visitType(
      TypeDeclaration<?> t,
      String fqn,
      List<String> outerChain,
      Optional<String> outer,
      Scope enclosingScope) {
    var chain = new ArrayList<String>();
    chain.add(fqn);
    chain.addAll(outerChain);
    var supers = new ArrayList<TypeRef>();
    if (t instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c) {
      c.getExtendedTypes().forEach(e -> supers.add(names.resolve(e.getNameWithScope(), chain)));
      c.getImplementedTypes().forEach(e -> supers.add(names.resolve(e.getNameWithScope(), chain)));
    } else if (t instanceof com.github.javaparser.ast.body.EnumDeclaration e) {
      e.getImplementedTypes().forEach(i -> supers.add(names.resolve(i.getNameWithScope(), chain)));
    } else if (t instanceof RecordDeclaration r) {
      r.getImplementedTypes().forEach(i -> supers.add(names.resolve(i.getNameWithScope(), chain)));
    }
    registerType(fqn, supers, annotationsOf(t), location(t.getName()), outer);
    var fields = fieldsByType.computeIfAbsent(fqn, k -> new HashMap<>());
    for (BodyDeclaration<?> m : t.getMembers()) {
      if (m instanceof FieldDeclaration f) {
        for (VariableDeclarator v : f.getVariables()) {
          fields.put(v.getNameAsString(), v.getTypeAsString());
          v.getInitializer()
              .ifPresent(
                  init ->
                      fieldInitializers
                          .computeIfAbsent(fqn, k -> new HashMap<>())
                          .put(v.getNameAsString(), init));
        }
      } else if (m instanceof MethodDeclaration md) {
        methodsByType.computeIfAbsent(fqn, k -> new ArrayList<>()).add(md);
      }
    }
    if (t instanceof RecordDeclaration r) {
      r.getParameters().forEach(p -> fields.put(p.getNameAsString(), p.getTypeAsString()));
    }
    UnitBuilder init = null;
    for (BodyDeclaration<?> m : t.getMembers()) {
      if (m instanceof TypeDeclaration<?> nested) {
        visitType(
            nested, fqn + "." + nested.getNameAsString(), chain, Optional.of(fqn), enclosingScope);
      } else if (m instanceof CallableDeclaration<?> callable) {
        visitCallable(callable, fqn, chain, enclosingScope);
      } else if (m instanceof FieldDeclaration || m instanceof InitializerDeclaration) {
        if (init == null) {
          init =
              new UnitBuilder(
                  CodeUnit.Kind.INITIALIZER,
                  fqn,
                  "<init>",
                  0,
                  simple(fqn) + ".<init>",
                  fqn + "#<fields>",
                  location(t.getName()),
                  Optional.empty(),
                  List.of(),
                  false,
                  false,
                  Optional.empty(),
                  chain);
        }
        Scope s = new Scope(enclosingScope);
        scan(m, init, s, ControlContext.TOP);
      }
    }
    if (init != null) {
      units.add(init.build());
    }
  }

  private void registerType(
      String fqn,
      List<TypeRef> supers,
      List<String> annotations,
      SourceLocation at,
      Optional<String> outer) {
    supertypesByType.put(fqn, supers);
    types.add(new TypeFacts(fqn, supers, annotations, at, outer));
  }

  private void visitCallable(
      CallableDeclaration<?> callable, String typeFqn, List<String> chain, Scope outerScope) {
    boolean isCtor = callable instanceof ConstructorDeclaration;
    String name = isCtor ? "<init>" : callable.getNameAsString();
    Scope scope = new Scope(outerScope);
    for (Parameter p : callable.getParameters()) {
      scope.declare(p.getNameAsString(), p.getTypeAsString(), Optional.empty());
    }
    String signature =
        callable.getParameters().stream()
            .map(p -> TypeNames.erase(p.getTypeAsString()))
            .reduce((a, b) -> a + "," + b)
            .orElse("");
    boolean isStatic = callable.isStatic();
    Optional<TypeRef> returnType = Optional.empty();
    boolean isMain = false;
    if (callable instanceof MethodDeclaration md) {
      returnType = Optional.of(names.resolve(md.getTypeAsString(), chain));
      isMain =
          isStatic
              && md.isPublic()
              && name.equals("main")
              && md.getType().isVoidType()
              && md.getParameters().size() == 1
              && TypeNames.erase(md.getParameter(0).getTypeAsString()).equals("String");
    }
    var unit =
        new UnitBuilder(
            isCtor ? CodeUnit.Kind.CONSTRUCTOR : CodeUnit.Kind.METHOD,
            typeFqn,
            name,
            callable.getParameters().size(),
            displayType(typeFqn) + "." + (isCtor ? simple(typeFqn) : name),
            typeFqn + "#" + name + "(" + signature + ")",
            location(callable.getName()),
            Optional.empty(),
            annotationsOf(callable),
            isStatic,
            isMain,
            returnType,
            chain);
    unit.paramTypes =
        callable.getParameters().stream().map(p -> simpleTypeName(p.getTypeAsString())).toList();
    if (callable instanceof MethodDeclaration md) {
      md.getBody().ifPresent(b -> scan(b, unit, scope, ControlContext.TOP));
    } else if (callable instanceof ConstructorDeclaration cd) {
      scan(cd.getBody(), unit, scope, ControlContext.TOP);
    }
    units.add(unit.build());
  }

  // ---------------------------------------------------------------- bodies

  /** Walks a body, collecting calls into {@code unit}; lambdas and nested classes get units. */
  private void scan(Node node, UnitBuilder unit, Scope scope, ControlContext flow) {
    if (node instanceof LambdaExpr lambda) {
      scanLambda(lambda, unit, scope);
      return;
    }
    if (node instanceof LocalClassDeclarationStmt local) {
      var decl = local.getClassDeclaration();
      visitType(
          decl,
          unit.declaringType + "." + decl.getNameAsString(),
          unit.chain,
          Optional.of(unit.declaringType),
          scope);
      return;
    }
    if (node instanceof LocalRecordDeclarationStmt local) {
      var decl = local.getRecordDeclaration();
      visitType(
          decl,
          unit.declaringType + "." + decl.getNameAsString(),
          unit.chain,
          Optional.of(unit.declaringType),
          scope);
      return;
    }
    if (node instanceof VariableDeclarator v) {
      scope.declare(v.getNameAsString(), v.getTypeAsString(), v.getInitializer());
    } else if (node instanceof Parameter p) {
      scope.declare(p.getNameAsString(), p.getTypeAsString(), Optional.empty());
    } else if (node instanceof CatchClause c) {
      scope.declare(
          c.getParameter().getNameAsString(), c.getParameter().getTypeAsString(), Optional.empty());
    }
    if (node instanceof ObjectCreationExpr creation) {
      creation.getScope().ifPresent(s -> scan(s, unit, scope, flow));
      creation.getArguments().forEach(a -> scan(a, unit, scope, flow));
      creation
          .getAnonymousClassBody()
          .ifPresent(body -> scanAnonymous(creation, body, unit, scope));
      unit.calls.add(constructorCall(creation, unit, scope, flow));
      return;
    }
    if (node instanceof MethodCallExpr call) {
      call.getScope().ifPresent(s -> scan(s, unit, scope, flow));
      // The receiver is itself a call (`a.b().c()`): remember which, so the project phase can
      // type this call from what that one returns when this file alone cannot.
      int receiverCall =
          call.getScope().filter(MethodCallExpr.class::isInstance).isPresent()
              ? unit.calls.size() - 1
              : -1;
      ResolvedReceiver receiver = receiverOf(call, unit, scope);
      for (int i = 0; i < call.getArguments().size(); i++) {
        Expression arg = call.getArguments().get(i);
        if (arg instanceof LambdaExpr lambda) {
          // The model knows what a callback receives (a RoutingContext, a NetSocket …): type
          // the lambda's untyped parameter with it so calls on it can be typed too.
          model
              .callbackParamType(
                  receiver.libraryTypes(), call.getNameAsString(), i, call.getArguments().size())
              .ifPresent(t -> lambdaParamHints.put(lambda, t));
        }
        scan(arg, unit, scope, flow);
      }
      unit.calls.add(methodCall(call, receiver, receiverCall, unit, scope, flow));
      return;
    }
    for (Node child : node.getChildNodes()) {
      scan(child, unit, scope, flow.enter(node, child));
    }
  }

  private void scanLambda(LambdaExpr lambda, UnitBuilder parent, Scope scope) {
    Scope inner = new Scope(scope);
    Optional<String> hint = Optional.ofNullable(lambdaParamHints.get(lambda));
    for (int p = 0; p < lambda.getParameters().size(); p++) {
      Parameter param = lambda.getParameters().get(p);
      String type =
          !param.getType().isUnknownType()
              ? param.getTypeAsString()
              : (p == 0 ? hint.orElse("") : "");
      inner.declare(param.getNameAsString(), type, Optional.empty());
    }
    SourceLocation at = location(lambda);
    var unit =
        new UnitBuilder(
            CodeUnit.Kind.LAMBDA,
            parent.declaringType,
            "lambda",
            lambda.getParameters().size(),
            "lambda",
            parent.anchor,
            at,
            Optional.of(parent.id),
            List.of(),
            parent.isStatic,
            false,
            Optional.empty(),
            parent.chain);
    scan(lambda.getBody(), unit, inner, ControlContext.TOP);
    units.add(unit.build());
    unitsOfNode.put(lambda, List.of(unit.id));
  }

  private void scanAnonymous(
      ObjectCreationExpr creation,
      NodeList<BodyDeclaration<?>> body,
      UnitBuilder parent,
      Scope scope) {
    SourceLocation at = location(creation);
    String fqn = parent.declaringType + "$" + at.startLine() + "_" + at.startColumn();
    anonymousNames.put(
        fqn,
        displayType(parent.declaringType)
            + ".(anonymous "
            + simpleTypeName(creation.getType().getNameAsString())
            + ")");
    var chain = new ArrayList<String>();
    chain.add(fqn);
    chain.addAll(parent.chain);
    registerType(
        fqn,
        List.of(names.resolve(creation.getType().getNameWithScope(), parent.chain)),
        List.of(),
        at,
        Optional.of(parent.declaringType));
    var fields = fieldsByType.computeIfAbsent(fqn, k -> new HashMap<>());
    var ids = new ArrayList<String>();
    for (BodyDeclaration<?> m : body) {
      if (m instanceof FieldDeclaration f) {
        f.getVariables().forEach(v -> fields.put(v.getNameAsString(), v.getTypeAsString()));
      }
    }
    for (BodyDeclaration<?> m : body) {
      if (m instanceof MethodDeclaration md) {
        visitCallable(md, fqn, chain, scope);
        ids.add(units.get(units.size() - 1).id());
      }
    }
    unitsOfNode.put(creation, ids);
  }

  // ---------------------------------------------------------------- calls

  /** A call's receiver as the two tiers typed it. */
  private record ResolvedReceiver(CallFact.Receiver kind, TypeRef type, Set<String> libraryTypes) {}

  private ResolvedReceiver receiverOf(MethodCallExpr call, UnitBuilder unit, Scope scope) {
    String name = call.getNameAsString();
    CallFact.Receiver kind;
    TypeRef receiverType;
    Optional<Expression> receiverExpr = call.getScope();
    if (receiverExpr.isEmpty()) {
      kind = CallFact.Receiver.IMPLICIT;
      receiverType = implicitOwner(name, unit);
    } else if (receiverExpr.get() instanceof ThisExpr) {
      kind = CallFact.Receiver.THIS;
      receiverType = TypeRef.exact(unit.declaringType);
    } else if (receiverExpr.get() instanceof SuperExpr) {
      kind = CallFact.Receiver.SUPER;
      receiverType = superOf(unit.declaringType);
    } else {
      Expression r = receiverExpr.get();
      boolean typeName = isTypeName(r, scope, unit);
      kind = typeName ? CallFact.Receiver.TYPE : CallFact.Receiver.EXPRESSION;
      receiverType =
          typeName
              ? names.resolve(r.toString(), unit.chain)
              : typeOf(r, scope, unit).orElse(unknown());
    }
    Set<String> libraryTypes = Set.of();
    if (model.mentionsMethod(name)) {
      prefiltered++;
      libraryTypes = libraryTypesOf(receiverType);
      Optional<TypeRef> created =
          receiverExpr
              .filter(NameExpr.class::isInstance)
              .flatMap(r -> createdTypeOf(((NameExpr) r).getNameAsString(), scope, unit));
      if (created.isPresent()) {
        // `Queue<T> q = new ConcurrentLinkedQueue<>()`: the object's class is known too, and
        // rules need it (an unbounded queue's offer cannot fail).
        var both = new java.util.LinkedHashSet<>(libraryTypes);
        both.addAll(libraryTypesOf(created.get()));
        libraryTypes = both;
      }
      boolean ownType =
          !receiverType.candidates().isEmpty() && isProjectType(receiverType.candidates().get(0));
      // A receiver of the tree's own type is typed already; its library ancestors are added in
      // the project phase, so the solver is only asked about receivers nobody could type.
      if (libraryTypes.isEmpty() && solver.isPresent() && !ownType) {
        libraryTypes = solver.get().declaringTypes(call).map(model::closeOver).orElse(Set.of());
      }
      // Typed either way: as a library type, or as one of the tree's own (linked later).
      if (!libraryTypes.isEmpty() || ownType) {
        resolvedByLibraryType++;
      }
    }
    return new ResolvedReceiver(kind, receiverType, libraryTypes);
  }

  private CallFact methodCall(
      MethodCallExpr call,
      ResolvedReceiver receiver,
      int receiverCall,
      UnitBuilder unit,
      Scope scope,
      ControlContext flow) {
    return new CallFact(
        callLocation(call),
        call.getNameAsString(),
        call.getArguments().size(),
        receiver.kind(),
        receiver.type(),
        receiver.libraryTypes(),
        receiverCall,
        functionArgs(call.getArguments(), unit, scope),
        argTexts(call.getArguments()),
        argTypes(call.getArguments(), scope, unit),
        isResultUsed(call),
        flow.inLoop(),
        flow.conditional(),
        flow.loopGuards(),
        flow.loopShape(
            call.getScope()
                .filter(NameExpr.class::isInstance)
                .map(Expression::toString)
                .orElse("")),
        snippet(call));
  }

  private CallFact constructorCall(
      ObjectCreationExpr creation, UnitBuilder unit, Scope scope, ControlContext flow) {
    TypeRef created = names.resolve(creation.getType().getNameWithScope(), unit.chain);
    Set<String> libraryTypes = Set.of();
    // Only constructors of types the model names (new FileInputStream, new Thread) can matter.
    if (model.constructedTypeNames().contains(simpleTypeName(created.text()))) {
      prefiltered++;
      libraryTypes = libraryTypesOf(created);
      if (libraryTypes.isEmpty() && solver.isPresent()) {
        libraryTypes = solver.get().createdType(creation).map(model::closeOver).orElse(Set.of());
      }
      if (!libraryTypes.isEmpty()
          || (!created.candidates().isEmpty() && isProjectType(created.candidates().get(0)))) {
        resolvedByLibraryType++;
      }
    }
    return new CallFact(
        location(creation),
        "<init>",
        creation.getArguments().size(),
        CallFact.Receiver.CONSTRUCTOR,
        created,
        libraryTypes,
        -1,
        functionArgs(creation.getArguments(), unit, scope),
        argTexts(creation.getArguments()),
        argTypes(creation.getArguments(), scope, unit),
        isResultUsed(creation),
        flow.inLoop(),
        flow.conditional(),
        flow.loopGuards(),
        flow.loopShape(""),
        snippet(creation));
  }

  /** For {@code foo()}: a statically imported member's type, else the enclosing type. */
  private TypeRef implicitOwner(String name, UnitBuilder unit) {
    for (String t : unit.chain) {
      List<MethodDeclaration> methods = methodsByType.getOrDefault(t, List.of());
      if (methods.stream().anyMatch(m -> m.getNameAsString().equals(name))) {
        return TypeRef.exact(t);
      }
    }
    List<String> owners = names.staticImportOwners(name);
    if (!owners.isEmpty()) {
      return new TypeRef(owners.get(0), owners);
    }
    return TypeRef.exact(unit.declaringType);
  }

  private TypeRef superOf(String type) {
    List<TypeRef> supers = supertypesByType.getOrDefault(type, List.of());
    return supers.isEmpty() ? unknown() : supers.get(0);
  }

  private static TypeRef unknown() {
    return new TypeRef("", List.of());
  }

  /** A receiver like {@code Thread} or {@code java.nio.file.Files} names a type, not a value. */
  private boolean isTypeName(Expression r, Scope scope, UnitBuilder unit) {
    if (r instanceof TypeExpr) {
      return true;
    }
    if (r instanceof NameExpr n) {
      String id = n.getNameAsString();
      return scope.lookup(id).isEmpty()
          && fieldType(id, unit).isEmpty()
          && Character.isUpperCase(id.charAt(0));
    }
    if (r instanceof FieldAccessExpr fa) {
      // a.b.C is a qualified type name when it starts with a lower-case package segment that
      // is not a variable; Type.CONSTANT.method() is not.
      String text = fa.toString();
      String first = text.substring(0, text.indexOf('.'));
      String last = fa.getNameAsString();
      return Character.isLowerCase(first.charAt(0))
          && scope.lookup(first).isEmpty()
          && fieldType(first, unit).isEmpty()
          && Character.isUpperCase(last.charAt(0))
          && !last.equals(last.toUpperCase(java.util.Locale.ROOT));
    }
    return false;
  }

  /**
   * The syntactic tier: the static type of an expression from declarations and the model. Memoised
   * per node: fluent chains ask for the type of each prefix again for every call.
   */
  private Optional<TypeRef> typeOf(Expression e, Scope scope, UnitBuilder unit) {
    Optional<TypeRef> known = typeMemo.get(e);
    if (known == null) {
      known = computeTypeOf(e, scope, unit);
      typeMemo.put(e, known);
    }
    return known;
  }

  private Optional<TypeRef> computeTypeOf(Expression e, Scope scope, UnitBuilder unit) {
    if (e instanceof EnclosedExpr en) {
      return typeOf(en.getInner(), scope, unit);
    }
    if (e instanceof CastExpr c) {
      return Optional.of(names.resolve(c.getTypeAsString(), unit.chain));
    }
    if (e instanceof ObjectCreationExpr o) {
      return Optional.of(names.resolve(o.getType().getNameWithScope(), unit.chain));
    }
    if (e instanceof StringLiteralExpr) {
      return Optional.of(TypeRef.exact("java.lang.String"));
    }
    if (e instanceof ThisExpr) {
      return Optional.of(TypeRef.exact(unit.declaringType));
    }
    if (e instanceof ConditionalExpr c) {
      return typeOf(c.getThenExpr(), scope, unit);
    }
    if (e instanceof NameExpr n) {
      return variableType(n.getNameAsString(), scope, unit);
    }
    if (e instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr) {
      return fieldType(fa.getNameAsString(), unit)
          .map(t -> names.resolve(t, unit.chain))
          .or(() -> inheritedModelField(fa.getNameAsString(), unit));
    }
    if (e instanceof MethodCallExpr call) {
      return callResultType(call, scope, unit);
    }
    if (e instanceof ArrayAccessExpr a) {
      // Declared types are erased of their brackets, so the array's type is its element type.
      return typeOf(a.getName(), scope, unit);
    }
    return Optional.empty();
  }

  private Optional<TypeRef> variableType(String name, Scope scope, UnitBuilder unit) {
    Optional<Scope.Variable> local = scope.lookup(name);
    if (local.isPresent()) {
      String text = local.get().typeText();
      if (text.isEmpty() || text.equals("var")) {
        return local.get().initializer().flatMap(init -> typeOf(init, scope, unit));
      }
      return Optional.of(names.resolve(text, unit.chain));
    }
    Optional<TypeRef> field = fieldType(name, unit).map(t -> names.resolve(t, unit.chain));
    return field.isPresent() ? field : inheritedModelField(name, unit);
  }

  private Optional<TypeRef> callResultType(MethodCallExpr call, Scope scope, UnitBuilder unit) {
    String name = call.getNameAsString();
    Optional<TypeRef> receiver =
        call.getScope().isEmpty()
            ? Optional.of(TypeRef.exact(unit.declaringType))
            : (isTypeName(call.getScope().get(), scope, unit)
                ? Optional.of(names.resolve(call.getScope().get().toString(), unit.chain))
                : typeOf(call.getScope().get(), scope, unit));
    if (receiver.isPresent()) {
      // A method declared in this file: its declared return type.
      for (String candidate : receiver.get().candidates()) {
        for (MethodDeclaration m : methodsByType.getOrDefault(candidate, List.of())) {
          if (m.getNameAsString().equals(name)
              && m.getParameters().size() == call.getArguments().size()) {
            return Optional.of(names.resolve(m.getTypeAsString(), unit.chain));
          }
        }
      }
      Set<String> lib = libraryTypesOf(receiver.get());
      Optional<String> modelled = model.returnType(lib, name);
      if (modelled.isPresent()) {
        return Optional.of(TypeRef.exact(modelled.get()));
      }
      // A JDK method: its return type from the JDK itself (conn.createStatement() is a
      // Statement), so JDK call chains need no solver.
      for (String candidate : receiver.get().candidates()) {
        Optional<String> jdk = JdkTypes.returnType(candidate, name, call.getArguments().size());
        if (jdk.isPresent()) {
          return Optional.of(TypeRef.exact(jdk.get()));
        }
      }
    }
    if (solver.isPresent() && model.mentionsMethod(name)) {
      return solver.get().typeOf(call).map(ts -> TypeRef.exact(ts.iterator().next()));
    }
    return Optional.empty();
  }

  /** The class a variable was initialised with ({@code new X<>()}), when visible here. */
  private Optional<TypeRef> createdTypeOf(String name, Scope scope, UnitBuilder unit) {
    Optional<Scope.Variable> local = scope.lookup(name);
    Optional<Expression> init;
    if (local.isPresent()) {
      init = local.get().initializer();
    } else {
      init = Optional.empty();
      for (String t : unit.chain) {
        Expression e = fieldInitializers.getOrDefault(t, Map.of()).get(name);
        if (e != null) {
          init = Optional.of(e);
          break;
        }
      }
    }
    return init.filter(ObjectCreationExpr.class::isInstance)
        .map(e -> names.resolve(((ObjectCreationExpr) e).getType().getNameWithScope(), unit.chain));
  }

  /** A field declared in an enclosing type of this file. */
  private Optional<String> fieldType(String name, UnitBuilder unit) {
    for (String t : unit.chain) {
      String type = fieldsByType.getOrDefault(t, Map.of()).get(name);
      if (type != null) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** A field a library supertype declares ({@code AbstractVerticle.vertx}), from the model. */
  private Optional<TypeRef> inheritedModelField(String name, UnitBuilder unit) {
    for (String t : unit.chain) {
      for (TypeRef sup : supertypesByType.getOrDefault(t, List.of())) {
        Set<String> lib = libraryTypesOf(sup);
        Optional<String> f = model.fieldType(lib, name);
        if (f.isPresent()) {
          return Optional.of(TypeRef.exact(f.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** A name declared in the tree (a top-level type or one nested in it). */
  private boolean isProjectType(String fqn) {
    for (String t = fqn; ; t = t.substring(0, t.lastIndexOf('.'))) {
      if (projectTypes.contains(t)) {
        return true;
      }
      if (t.lastIndexOf('.') < 0) {
        return false;
      }
    }
  }

  /** Library types (with ancestors) a syntactic type may be: JDK via reflection, or the model. */
  private Set<String> libraryTypesOf(TypeRef ref) {
    var out = new LinkedHashSet<String>();
    for (String c : ref.candidates()) {
      Optional<Set<String>> jdk = JdkTypes.ancestors(c);
      if (jdk.isPresent()) {
        out.addAll(model.closeOver(jdk.get()));
      } else if (model.knowsType(c)) {
        out.addAll(model.withSupertypes(c));
      } else if (solver.isPresent() && !isProjectType(c)) {
        // The tree's own types get their library ancestors in the project phase, from their
        // declarations; asking the solver here would parse their files again per call.
        solver.get().ancestorsOf(c).ifPresent(a -> out.addAll(model.closeOver(a)));
      }
    }
    return out;
  }

  private List<FunctionArg> functionArgs(NodeList<Expression> args, UnitBuilder unit, Scope scope) {
    var out = new ArrayList<FunctionArg>();
    for (int i = 0; i < args.size(); i++) {
      functionArg(i, args.get(i), unit, scope, 0).ifPresent(out::add);
    }
    return out;
  }

  private Optional<FunctionArg> functionArg(
      int index, Expression arg, UnitBuilder unit, Scope scope, int depth) {
    if (arg instanceof EnclosedExpr en) {
      return functionArg(index, en.getInner(), unit, scope, depth);
    }
    if (arg instanceof CastExpr c) {
      return functionArg(index, c.getExpression(), unit, scope, depth);
    }
    List<String> ids = unitsOfNode.get(arg);
    if (ids != null) {
      return Optional.of(new FunctionArg(index, ids, Optional.empty(), Optional.empty()));
    }
    if (arg instanceof MethodReferenceExpr ref) {
      Expression q = ref.getScope();
      TypeRef owner;
      if (q instanceof ThisExpr || q instanceof SuperExpr) {
        owner = TypeRef.exact(unit.declaringType);
      } else if (q instanceof TypeExpr te) {
        owner = names.resolve(te.getTypeAsString(), unit.chain);
      } else if (isTypeName(q, scope, unit)) {
        owner = names.resolve(q.toString(), unit.chain);
      } else {
        owner = typeOf(q, scope, unit).orElse(unknown());
      }
      return Optional.of(
          new FunctionArg(
              index,
              List.of(),
              Optional.of(new FunctionArg.MethodRef(owner, ref.getIdentifier())),
              Optional.empty()));
    }
    if (arg instanceof ThisExpr) {
      return Optional.of(
          new FunctionArg(
              index, List.of(), Optional.empty(), Optional.of(TypeRef.exact(unit.declaringType))));
    }
    if (arg instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isEmpty()) {
      return Optional.of(
          new FunctionArg(
              index,
              List.of(),
              Optional.empty(),
              Optional.of(names.resolve(o.getType().getNameWithScope(), unit.chain))));
    }
    if (arg instanceof NameExpr n && depth == 0) {
      // A local that holds a lambda, method reference or handler object: follow it once.
      Optional<Scope.Variable> v = scope.lookup(n.getNameAsString());
      if (v.isPresent() && v.get().initializer().isPresent()) {
        return functionArg(index, v.get().initializer().get(), unit, scope, depth + 1);
      }
    }
    return Optional.empty();
  }

  /** Simple type names of the arguments where they are evident, for overload selection. */
  private List<String> argTypes(NodeList<Expression> args, Scope scope, UnitBuilder unit) {
    var out = new ArrayList<String>();
    for (Expression a : args) {
      String t;
      if (a instanceof StringLiteralExpr || a instanceof TextBlockLiteralExpr) {
        t = "String";
      } else if (a instanceof IntegerLiteralExpr) {
        t = "int";
      } else if (a instanceof LongLiteralExpr) {
        t = "long";
      } else if (a instanceof BooleanLiteralExpr) {
        t = "boolean";
      } else if (a instanceof DoubleLiteralExpr) {
        t = "double";
      } else if (a instanceof CharLiteralExpr) {
        t = "char";
      } else if (a instanceof NameExpr
          || a instanceof CastExpr
          || a instanceof ObjectCreationExpr) {
        t = typeOf(a, scope, unit).map(r -> simpleTypeName(r.text())).orElse("");
      } else {
        t = "";
      }
      out.add(t);
    }
    return out;
  }

  static String simpleTypeName(String text) {
    String erased = TypeNames.erase(text);
    return erased.substring(erased.lastIndexOf('.') + 1);
  }

  private static List<String> argTexts(NodeList<Expression> args) {
    var out = new ArrayList<String>();
    for (Expression a : args) {
      out.add(sourceText(a, ARG_TEXT_LIMIT));
    }
    return out;
  }

  /** A call whose value is thrown away is an expression statement of its own. */
  private static boolean isResultUsed(Expression call) {
    Optional<Node> parent = call.getParentNode();
    return parent.isPresent() && !(parent.get() instanceof ExpressionStmt);
  }

  // ---------------------------------------------------------------- locations

  private SourceLocation callLocation(MethodCallExpr call) {
    Range name = call.getName().getRange().orElseThrow();
    Range whole = call.getRange().orElseThrow();
    return new SourceLocation(
        path, name.begin.line, name.begin.column, whole.end.line, whole.end.column + 1);
  }

  SourceLocation location(Node node) {
    Range r = node.getRange().orElseThrow();
    return new SourceLocation(path, r.begin.line, r.begin.column, r.end.line, r.end.column + 1);
  }

  private static String snippet(Node node) {
    return sourceText(node, SNIPPET_LIMIT);
  }

  /**
   * A node's text as written, from its tokens: several times cheaper than pretty-printing it with
   * {@code toString()}, which the profile showed as a hot spot.
   */
  private static String sourceText(Node node, int limit) {
    var sb = new StringBuilder();
    var tokens = node.getTokenRange();
    if (tokens.isEmpty()) {
      String s = node.toString();
      return s.length() > limit ? s.substring(0, limit) : s;
    }
    for (var token : tokens.get()) {
      sb.append(token.getText());
      if (sb.length() >= limit) {
        return sb.substring(0, limit);
      }
    }
    return sb.toString();
  }

  private static List<String> annotationsOf(Node n) {
    if (n instanceof NodeWithAnnotations<?> a) {
      return a.getAnnotations().stream().map(x -> x.getNameAsString()).toList();
    }
    return List.of();
  }

  /** A type as chains show it: nested types by their path, anonymous ones by what they extend. */
  private String displayType(String fqn) {
    String anonymous = anonymousNames.get(fqn);
    return anonymous != null ? anonymous : simple(fqn);
  }

  private static String simple(String fqn) {
    // Keep nested names readable: com.x.Outer.Inner -> Outer.Inner
    String[] parts = fqn.split("\\.");
    int i = parts.length - 1;
    while (i > 0 && !parts[i - 1].isEmpty() && Character.isUpperCase(parts[i - 1].charAt(0))) {
      i--;
    }
    return String.join(".", java.util.Arrays.copyOfRange(parts, i, parts.length));
  }

  /** Collects one unit's calls while its body is walked. */
  private final class UnitBuilder {
    final String id;
    final CodeUnit.Kind kind;
    final String declaringType;
    final String name;
    final int paramCount;
    final String displayName;
    final String anchor;
    final SourceLocation location;
    final Optional<String> parent;
    final List<String> annotations;
    final boolean isStatic;
    final boolean isMain;
    final Optional<TypeRef> returnType;
    final List<String> chain;
    final List<CallFact> calls = new ArrayList<>();
    List<String> paramTypes = List.of();

    UnitBuilder(
        CodeUnit.Kind kind,
        String declaringType,
        String name,
        int paramCount,
        String displayName,
        String anchor,
        SourceLocation location,
        Optional<String> parent,
        List<String> annotations,
        boolean isStatic,
        boolean isMain,
        Optional<TypeRef> returnType,
        List<String> chain) {
      this.id =
          path
              + "#"
              + location.startLine()
              + ":"
              + location.startColumn()
              + (kind == CodeUnit.Kind.INITIALIZER ? ":init" : "");
      this.kind = kind;
      this.declaringType = declaringType;
      this.name = name;
      this.paramCount = paramCount;
      this.displayName = displayName;
      this.anchor = anchor;
      this.location = location;
      this.parent = parent;
      this.annotations = annotations;
      this.isStatic = isStatic;
      this.isMain = isMain;
      this.returnType = returnType;
      this.chain = chain;
    }

    CodeUnit build() {
      return new CodeUnit(
          id,
          kind,
          declaringType,
          name,
          paramCount,
          paramTypes,
          displayName,
          anchor,
          location,
          parent,
          annotations,
          isStatic,
          isMain,
          returnType,
          calls);
    }
  }
}

package dev.asynclint.core.java;

import dev.asynclint.core.model.ApiModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds {@link JavaProject} from per-file facts: a type index, supertype closure (project types
 * through their sources, library types through the JDK and the model), and call targets by
 * class-hierarchy analysis. Unresolved receivers are linked only when the method name is unique in
 * the tree and not a common library name, preferring a missed chain to a false one.
 */
final class ProjectLinker {
  /**
   * Method names so common in the JDK and libraries that an untyped call with this name says
   * nothing about which project method it reaches ({@code map.get}, {@code list.add} …).
   */
  private static final Set<String> TOO_COMMON_TO_GUESS =
      Set.of(
          "get",
          "put",
          "add",
          "remove",
          "contains",
          "size",
          "isEmpty",
          "run",
          "call",
          "accept",
          "apply",
          "handle",
          "test",
          "equals",
          "hashCode",
          "toString",
          "close",
          "next",
          "hasNext",
          "iterator",
          "stream",
          "forEach",
          "map",
          "filter",
          "of",
          "valueOf",
          "length",
          "append",
          "build",
          "start",
          "stop",
          "join",
          "sleep",
          "wait",
          "write",
          "read",
          "send",
          "execute",
          "submit",
          "complete",
          "compareTo",
          "set",
          "clear",
          "load",
          "save",
          "create",
          "init",
          "process",
          "update",
          "delete",
          "find",
          "open",
          "flush",
          "end",
          "onSuccess",
          "onFailure",
          "onComplete",
          "compose",
          "await",
          "block",
          "subscribe",
          "then",
          "name",
          "value",
          "type");

  /**
   * Method names of the functional interfaces callbacks are usually given as ({@code Handler},
   * {@code Runnable}, {@code Consumer}, {@code Function}, {@code Callable}, {@code Supplier}): when
   * an object is passed as a callback, these of its methods are what runs.
   */
  private static final Set<String> CALLBACK_METHOD_NAMES =
      Set.of("handle", "run", "accept", "apply", "call", "get");

  private final Map<String, TypeFacts> types = new HashMap<>();
  private final Map<String, List<CodeUnit>> methodsOfType = new HashMap<>();
  private final Map<String, List<String>> subtypes = new HashMap<>();
  private final Map<String, Set<String>> ancestors = new HashMap<>();
  private final Map<String, List<CodeUnit>> methodsByNameArity = new HashMap<>();
  private final Map<String, List<String>> typesBySimpleName = new HashMap<>();
  private final Map<String, CodeUnit> unitsById = new HashMap<>();
  private long linkResolved;
  private final ApiModel model;

  private ProjectLinker(ApiModel model) {
    this.model = model;
  }

  static JavaProject link(
      List<JavaFileFacts> files, ApiModel model, long prefiltered, long resolvedLibrary) {
    return new ProjectLinker(model).run(files, prefiltered, resolvedLibrary);
  }

  private JavaProject run(List<JavaFileFacts> files, long prefiltered, long resolvedLibrary) {
    var units = new ArrayList<CodeUnit>();
    for (JavaFileFacts f : files) {
      f.types().forEach(t -> types.putIfAbsent(t.fqn(), t));
      units.addAll(f.units());
    }
    units.sort(Comparator.comparing(CodeUnit::id));
    var byId = new HashMap<String, CodeUnit>();
    for (CodeUnit u : units) {
      byId.put(u.id(), u);
      if (u.kind() == CodeUnit.Kind.METHOD || u.kind() == CodeUnit.Kind.CONSTRUCTOR) {
        methodsOfType.computeIfAbsent(u.declaringType(), k -> new ArrayList<>()).add(u);
        methodsByNameArity
            .computeIfAbsent(u.name() + "/" + u.paramCount(), k -> new ArrayList<>())
            .add(u);
      }
    }
    for (TypeFacts t : types.values()) {
      for (TypeRef s : t.supertypes()) {
        projectType(s)
            .ifPresent(p -> subtypes.computeIfAbsent(p, k -> new ArrayList<>()).add(t.fqn()));
      }
    }
    subtypes.values().forEach(l -> l.sort(Comparator.naturalOrder()));
    for (TypeFacts t : types.values()) {
      typesBySimpleName.computeIfAbsent(t.simpleName(), k -> new ArrayList<>()).add(t.fqn());
    }
    for (String t : types.keySet()) {
      ancestors.put(t, computeAncestors(t));
    }

    unitsById.putAll(byId);
    units.replaceAll(this::completeTypes);
    byId.clear();
    units.forEach(u -> byId.put(u.id(), u));

    var targets = new HashMap<JavaProject.CallKey, List<String>>();
    var argUnits = new HashMap<JavaProject.CallKey, Map<Integer, List<String>>>();
    for (CodeUnit u : units) {
      for (int i = 0; i < u.calls().size(); i++) {
        CallFact call = u.calls().get(i);
        var key = new JavaProject.CallKey(u.id(), i);
        List<String> t = selectOverloads(targetsOf(call, u), call, byId);
        if (!t.isEmpty()) {
          targets.put(key, t);
        }
        var args = new TreeMap<Integer, List<String>>();
        for (FunctionArg a : call.functionArgs()) {
          List<String> ids = argTargets(a);
          if (!ids.isEmpty()) {
            args.put(a.index(), ids);
          }
        }
        if (!args.isEmpty()) {
          argUnits.put(key, args);
        }
      }
    }
    var counters = new TreeMap<String, Long>();
    counters.put("java.files", (long) files.size());
    counters.put("java.units", (long) units.size());
    counters.put("java.calls.prefiltered", prefiltered);
    counters.put("java.calls.resolved", resolvedLibrary + linkResolved);
    return new JavaProject(
        List.copyOf(units), byId, Map.copyOf(types), ancestors, targets, argUnits, counters);
  }

  /**
   * Completes the types of a unit's calls with what only the project phase knows, in call order so
   * that a chain is typed link by link: a receiver that is a call of the tree's own method takes
   * that method's declared return type ({@code executeBlockingInternal(..).onComplete(..)} is a
   * Future callback), and calls on the tree's own types get their library ancestors ({@code class
   * Worker extends Thread} calling {@code join()} is {@code Thread.join}).
   */
  private CodeUnit completeTypes(CodeUnit unit) {
    var calls = new ArrayList<>(unit.calls());
    boolean changed = false;
    for (int i = 0; i < calls.size(); i++) {
      CallFact c = calls.get(i);
      CallFact typed = c;
      if (!c.receiverType().isKnown() && c.libraryTypes().isEmpty() && c.receiverCall() >= 0) {
        Optional<TypeRef> returned = returnTypeOf(calls.get(c.receiverCall()), unit);
        if (returned.isPresent()) {
          typed = typed.withReceiverType(returned.get());
          if (model.mentionsMethod(c.name())) {
            linkResolved++;
          }
        }
      }
      if (typed.libraryTypes().isEmpty() && model.mentionsMethod(typed.name())) {
        Set<String> lib = libraryAncestors(typed.receiverType());
        if (!lib.isEmpty()) {
          typed = typed.withLibraryTypes(lib);
        }
      }
      if (typed != c) {
        calls.set(i, typed);
        changed = true;
      }
    }
    return changed ? unit.withCalls(calls) : unit;
  }

  /** What a call returns: its project target's declared type, or the model's for a library call. */
  private Optional<TypeRef> returnTypeOf(CallFact call, CodeUnit in) {
    Optional<String> modelled = model.returnType(call.libraryTypes(), call.name());
    if (modelled.isPresent()) {
      return modelled.map(TypeRef::exact);
    }
    for (String target : targetsOf(call, in)) {
      CodeUnit m = unitsById.get(target);
      if (m != null && m.returnType().isPresent() && m.returnType().get().isKnown()) {
        return m.returnType();
      }
    }
    return Optional.empty();
  }

  /** Library ancestors of a type: of the tree's own type through its declarations, else itself. */
  private Set<String> libraryAncestors(TypeRef ref) {
    var lib = new LinkedHashSet<String>();
    Optional<String> own = projectType(ref);
    if (own.isPresent()) {
      for (String a : ancestors.getOrDefault(own.get(), Set.of())) {
        // The model's types count even when the tree declares them: analysing Vert.x itself,
        // io.vertx.core.Future is both.
        if (!types.containsKey(a) || model.knowsType(a)) {
          lib.add(a);
        }
      }
      return lib;
    }
    for (String c : ref.candidates()) {
      Optional<Set<String>> jdk = JdkTypes.ancestors(c);
      if (jdk.isPresent()) {
        lib.addAll(model.closeOver(jdk.get()));
      } else if (model.knowsType(c)) {
        lib.addAll(model.withSupertypes(c));
      }
    }
    return lib;
  }

  /**
   * Among overloads with the same name and arity in one type, drops those whose parameter types
   * clearly do not fit the arguments ({@code describe("user", 42)} does not call {@code
   * describe(Path, long)}); keeps every candidate when the arguments say nothing.
   */
  private List<String> selectOverloads(
      List<String> targets, CallFact call, Map<String, CodeUnit> byId) {
    if (targets.size() < 2) {
      return targets;
    }
    var byType = new java.util.LinkedHashMap<String, List<String>>();
    for (String t : targets) {
      byType.computeIfAbsent(byId.get(t).declaringType(), k -> new ArrayList<>()).add(t);
    }
    var out = new ArrayList<String>();
    for (List<String> group : byType.values()) {
      List<String> fitting =
          group.stream().filter(id -> fits(call.argTypes(), byId.get(id).paramTypes())).toList();
      out.addAll(fitting.isEmpty() ? group : fitting);
    }
    return out;
  }

  private boolean fits(List<String> args, List<String> params) {
    if (args.size() != params.size()) {
      return true; // varargs or unknown: no opinion
    }
    for (int i = 0; i < args.size(); i++) {
      if (!OverloadTypes.compatible(args.get(i), params.get(i))
          || unrelatedProjectTypes(args.get(i), params.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Two different types of the tree, each the only one of its simple name, where the argument's
   * type does not extend the parameter's: that overload cannot be the one called.
   */
  private boolean unrelatedProjectTypes(String arg, String param) {
    if (arg.isEmpty() || arg.equals(param)) {
      return false;
    }
    List<String> a = typesBySimpleName.getOrDefault(arg, List.of());
    List<String> p = typesBySimpleName.getOrDefault(param, List.of());
    return a.size() == 1
        && p.size() == 1
        && !ancestors.getOrDefault(a.get(0), Set.of()).contains(p.get(0));
  }

  /** The first candidate of a type reference that is declared in the tree. */
  private Optional<String> projectType(TypeRef ref) {
    return ref.candidates().stream().filter(types::containsKey).findFirst();
  }

  private Set<String> computeAncestors(String type) {
    var out = new LinkedHashSet<String>();
    var work = new ArrayDeque<String>();
    work.add(type);
    while (!work.isEmpty()) {
      String t = work.poll();
      if (!out.add(t)) {
        continue;
      }
      TypeFacts facts = types.get(t);
      if (facts == null) {
        continue;
      }
      for (TypeRef s : facts.supertypes()) {
        Optional<String> p = projectType(s);
        if (p.isPresent()) {
          work.add(p.get());
        } else {
          for (String c : s.candidates()) {
            Optional<Set<String>> jdk = JdkTypes.ancestors(c);
            if (jdk.isPresent()) {
              out.addAll(model.closeOver(jdk.get()));
            } else if (model.knowsType(c)) {
              out.addAll(model.withSupertypes(c));
            }
          }
        }
      }
    }
    return Set.copyOf(out);
  }

  private List<String> targetsOf(CallFact call, CodeUnit in) {
    var out = new LinkedHashSet<String>();
    switch (call.receiver()) {
      case CONSTRUCTOR ->
          projectType(call.receiverType())
              .ifPresent(t -> methodsNamed(t, "<init>", call.argCount(), false, out));
      case IMPLICIT, THIS -> {
        Optional<String> owner = projectType(call.receiverType());
        String start = owner.orElse(in.declaringType());
        virtualTargets(start, call.name(), call.argCount(), out);
        if (out.isEmpty() && call.receiver() == CallFact.Receiver.IMPLICIT) {
          // An outer class's method, called from an inner, local or anonymous class.
          Optional<TypeFacts> t = Optional.ofNullable(types.get(in.declaringType()));
          while (out.isEmpty() && t.isPresent() && t.get().outer().isPresent()) {
            virtualTargets(t.get().outer().get(), call.name(), call.argCount(), out);
            t = Optional.ofNullable(types.get(t.get().outer().get()));
          }
        }
      }
      case SUPER ->
          projectType(call.receiverType())
              .ifPresent(t -> inherited(t, call.name(), call.argCount(), out));
      case TYPE ->
          projectType(call.receiverType())
              .ifPresent(t -> inherited(t, call.name(), call.argCount(), out));
      case EXPRESSION -> {
        Optional<String> t = projectType(call.receiverType());
        if (t.isPresent()) {
          virtualTargets(t.get(), call.name(), call.argCount(), out);
        } else if (call.libraryTypes().isEmpty() && !call.receiverType().isKnown()) {
          guessUnique(call, out);
        }
      }
    }
    return List.copyOf(out);
  }

  /** Declared in {@code type} or inherited, plus overrides in subtypes (dynamic dispatch). */
  private void virtualTargets(String type, String name, int arity, Set<String> out) {
    inherited(type, name, arity, out);
    var work = new ArrayDeque<>(subtypes.getOrDefault(type, List.of()));
    var seen = new java.util.HashSet<String>();
    while (!work.isEmpty()) {
      String sub = work.poll();
      if (seen.add(sub)) {
        methodsNamed(sub, name, arity, false, out);
        work.addAll(subtypes.getOrDefault(sub, List.of()));
      }
    }
  }

  /** The nearest declaration along the supertypes (project types only). */
  private void inherited(String type, String name, int arity, Set<String> out) {
    var work = new ArrayDeque<String>();
    work.add(type);
    var seen = new java.util.HashSet<String>();
    while (!work.isEmpty()) {
      String t = work.poll();
      if (!seen.add(t)) {
        continue;
      }
      int before = out.size();
      methodsNamed(t, name, arity, false, out);
      if (out.size() > before) {
        continue; // found here: a superclass's version is hidden by this one
      }
      TypeFacts facts = types.get(t);
      if (facts != null) {
        facts.supertypes().forEach(s -> projectType(s).ifPresent(work::add));
      }
    }
  }

  private void methodsNamed(
      String type, String name, int arity, boolean anyArity, Set<String> out) {
    for (CodeUnit m : methodsOfType.getOrDefault(type, List.of())) {
      if (m.name().equals(name) && (anyArity || m.paramCount() == arity)) {
        out.add(m.id());
      }
    }
  }

  private void guessUnique(CallFact call, Set<String> out) {
    if (TOO_COMMON_TO_GUESS.contains(call.name())) {
      return;
    }
    List<CodeUnit> all =
        methodsByNameArity.getOrDefault(call.name() + "/" + call.argCount(), List.of());
    if (all.size() == 1) {
      out.add(all.get(0).id());
    }
  }

  private List<String> argTargets(FunctionArg a) {
    if (!a.units().isEmpty()) {
      return a.units();
    }
    var out = new LinkedHashSet<String>();
    a.methodRef()
        .ifPresent(
            ref ->
                projectType(ref.owner())
                    .ifPresent(
                        t -> {
                          var named = new LinkedHashSet<String>();
                          var work = new ArrayDeque<String>();
                          work.add(t);
                          while (!work.isEmpty() && named.isEmpty()) {
                            String cur = work.poll();
                            methodsNamed(cur, ref.name(), 0, true, named);
                            TypeFacts f = types.get(cur);
                            if (f != null) {
                              f.supertypes().forEach(s -> projectType(s).ifPresent(work::add));
                            }
                          }
                          out.addAll(named);
                        }));
    a.handlerType()
        .flatMap(this::projectType)
        .ifPresent(
            t -> {
              for (String name : CALLBACK_METHOD_NAMES) {
                var found = new LinkedHashSet<String>();
                inheritedAnyArity(t, name, found);
                out.addAll(found);
              }
            });
    return out.stream().sorted().toList();
  }

  private void inheritedAnyArity(String type, String name, Set<String> out) {
    var work = new ArrayDeque<String>();
    work.add(type);
    var seen = new java.util.HashSet<String>();
    while (!work.isEmpty()) {
      String t = work.poll();
      if (!seen.add(t)) {
        continue;
      }
      for (CodeUnit m : methodsOfType.getOrDefault(t, List.of())) {
        if (m.name().equals(name) && !m.isStatic()) {
          out.add(m.id());
        }
      }
      TypeFacts facts = types.get(t);
      if (facts != null) {
        facts.supertypes().forEach(s -> projectType(s).ifPresent(work::add));
      }
    }
  }
}

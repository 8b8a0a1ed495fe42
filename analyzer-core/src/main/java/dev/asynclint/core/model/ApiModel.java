package dev.asynclint.core.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The merged library knowledge of all loaded model files (DESIGN 5). Rules and analyses ask this
 * class; none of them names a library type in code. Immutable and thread-safe.
 */
public final class ApiModel {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final List<String> libraries;
  private final Map<String, Set<String>> supertypes;
  private final List<ModelEntries.Blocking> blocking;
  private final List<ModelEntries.Callback> loopCallbacks;
  private final List<ModelEntries.Override> loopOverrides;
  private final Set<String> loopReturnTypes;
  private final List<ModelEntries.Callback> offloadCalls;
  private final Set<String> offloadAnnotations;
  private final List<ModelEntries.WorkerOption> workerOptions;
  private final List<ModelEntries.Deploy> deployments;
  private final List<ModelEntries.Write> writes;
  private final List<ModelEntries.Offer> offers;
  private final Set<String> unboundedQueues;
  private final List<ModelEntries.Reschedule> reschedules;
  private final List<ModelEntries.Returns> returns;
  private final List<ModelEntries.Field> fields;
  private final List<ModelEntries.PumpSource> pumpSources;
  private final List<ModelEntries.Offer> deferred;
  private final Set<String> loopThreadChecks;
  private final Set<String> methodNames;
  private final Set<String> knownTypes;
  private final Set<String> constructedTypeNames;

  private ApiModel(List<ModelEntries> files) {
    var libs = new ArrayList<String>();
    var sup = new HashMap<String, Set<String>>();
    var b = new ArrayList<ModelEntries.Blocking>();
    var cb = new ArrayList<ModelEntries.Callback>();
    var ov = new ArrayList<ModelEntries.Override>();
    var rt = new TreeSet<String>();
    var oc = new ArrayList<ModelEntries.Callback>();
    var oa = new TreeSet<String>();
    var wo = new ArrayList<ModelEntries.WorkerOption>();
    var dp = new ArrayList<ModelEntries.Deploy>();
    var w = new ArrayList<ModelEntries.Write>();
    var of = new ArrayList<ModelEntries.Offer>();
    var uq = new TreeSet<String>();
    var rs = new ArrayList<ModelEntries.Reschedule>();
    var rets = new ArrayList<ModelEntries.Returns>();
    var fl = new ArrayList<ModelEntries.Field>();
    var ps = new ArrayList<ModelEntries.PumpSource>();
    var df = new ArrayList<ModelEntries.Offer>();
    var ltc = new TreeSet<String>();
    for (ModelEntries f : files) {
      libs.add(f.library() == null ? "unnamed" : f.library());
      if (f.supertypes() != null) {
        f.supertypes()
            .forEach((k, v) -> sup.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
      }
      addAll(b, f.blocking());
      addAll(cb, f.loopCallbacks());
      addAll(ov, f.loopOverrides());
      addAll(rt, f.loopReturnTypes());
      if (f.offloads() != null) {
        addAll(oc, f.offloads().calls());
        addAll(oa, f.offloads().annotations());
        addAll(wo, f.offloads().workerOptions());
        addAll(dp, f.offloads().deployments());
      }
      addAll(w, f.writes());
      addAll(of, f.offers());
      addAll(uq, f.unboundedQueues());
      addAll(rs, f.reschedules());
      addAll(rets, f.returns());
      addAll(fl, f.fields());
      addAll(ps, f.pumpSources());
      addAll(df, f.deferred());
      addAll(ltc, f.loopThreadChecks());
    }
    this.libraries = List.copyOf(libs);
    var frozen = new HashMap<String, Set<String>>();
    sup.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    this.supertypes = Map.copyOf(frozen);
    this.blocking = List.copyOf(b);
    this.loopCallbacks = List.copyOf(cb);
    this.loopOverrides = List.copyOf(ov);
    this.loopReturnTypes = Set.copyOf(rt);
    this.offloadCalls = List.copyOf(oc);
    this.offloadAnnotations = Set.copyOf(oa);
    this.workerOptions = List.copyOf(wo);
    this.deployments = List.copyOf(dp);
    this.writes = List.copyOf(w);
    this.offers = List.copyOf(of);
    this.unboundedQueues = Set.copyOf(uq);
    this.reschedules = List.copyOf(rs);
    this.returns = List.copyOf(rets);
    this.fields = List.copyOf(fl);
    this.pumpSources = List.copyOf(ps);
    this.deferred = List.copyOf(df);
    this.loopThreadChecks = Set.copyOf(ltc);
    var names = new TreeSet<String>();
    b.forEach(e -> names.add(e.method()));
    cb.forEach(e -> names.add(e.method()));
    oc.forEach(e -> names.add(e.method()));
    wo.forEach(e -> names.add(e.method()));
    dp.forEach(e -> names.add(e.method()));
    w.forEach(
        e -> {
          names.add(e.method());
          addAll(names, e.checks());
          addAll(names, e.drainHooks());
          addAll(names, e.safe());
        });
    of.forEach(e -> names.add(e.method()));
    rs.forEach(e -> names.add(e.method()));
    ps.forEach(e -> names.add(e.method()));
    df.forEach(e -> names.add(e.method()));
    this.methodNames = Set.copyOf(names);
    var types = new TreeSet<String>();
    b.forEach(e -> types.add(e.type()));
    cb.forEach(e -> types.add(e.type()));
    ov.forEach(e -> types.add(e.type()));
    oc.forEach(e -> types.add(e.type()));
    wo.forEach(e -> types.add(e.type()));
    dp.forEach(e -> types.add(e.type()));
    w.forEach(e -> types.add(e.type()));
    of.forEach(e -> types.add(e.type()));
    rs.forEach(e -> types.add(e.type()));
    rets.forEach(
        e -> {
          types.add(e.type());
          types.add(e.returns());
        });
    fl.forEach(
        e -> {
          types.add(e.type());
          types.add(e.fieldType());
        });
    sup.forEach(
        (k, v) -> {
          types.add(k);
          types.addAll(v);
        });
    types.addAll(rt);
    types.addAll(uq);
    this.knownTypes = Set.copyOf(types);
    var ctors = new TreeSet<String>();
    b.stream()
        .filter(e -> e.method().equals("<init>"))
        .forEach(e -> ctors.add(simpleName(e.type())));
    oc.stream()
        .filter(e -> e.method().equals("<init>"))
        .forEach(e -> ctors.add(simpleName(e.type())));
    cb.stream()
        .filter(e -> e.method().equals("<init>"))
        .forEach(e -> ctors.add(simpleName(e.type())));
    this.constructedTypeNames = Set.copyOf(ctors);
  }

  private static <T> void addAll(Collection<T> into, Collection<? extends T> from) {
    if (from != null) {
      into.addAll(from);
    }
  }

  public static ApiModel of(List<ModelEntries> files) {
    return new ApiModel(files);
  }

  public static ApiModel empty() {
    return new ApiModel(List.of());
  }

  /** Reads one model file; the message of the exception names the problem for the user. */
  public static ModelEntries parse(InputStream in, String name) throws IOException {
    try {
      ModelEntries entries = JSON.readValue(in, ModelEntries.class);
      validate(entries, name);
      return entries;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException("invalid API model " + name + ": " + e.getOriginalMessage(), e);
    }
  }

  private static void validate(ModelEntries e, String name) throws IOException {
    if (e.blocking() != null) {
      for (var b : e.blocking()) {
        if (b.type() == null || b.method() == null || b.kind() == null) {
          throw new IOException(
              "invalid API model " + name + ": blocking entries need type, method and kind");
        }
      }
    }
  }

  /** The library names of the loaded files, in load order. */
  public List<String> libraries() {
    return libraries;
  }

  /**
   * Every method name the model mentions: the prefilter for type resolution (DESIGN 6). A call
   * whose name is not here can never match a model entry, so it is never sent to the solver.
   */
  public boolean mentionsMethod(String name) {
    return methodNames.contains(name);
  }

  /**
   * True when some callback or offload entry has this method name: such a call's function arguments
   * must not be taken for code that runs in place when its receiver is unresolved.
   */
  public boolean isCallbackOrOffloadName(String method) {
    return loopCallbacks.stream().anyMatch(c -> c.method().equals(method))
        || offloadCalls.stream().anyMatch(c -> c.method().equals(method))
        || reschedules.stream().anyMatch(r -> r.method().equals(method));
  }

  /** The type and all its known supertypes from the model's {@code supertypes} data. */
  public Set<String> withSupertypes(String type) {
    var seen = new LinkedHashSet<String>();
    var work = new ArrayDeque<String>();
    work.add(type);
    while (!work.isEmpty()) {
      String t = work.poll();
      if (seen.add(t)) {
        work.addAll(supertypes.getOrDefault(t, Set.of()));
      }
    }
    return seen;
  }

  /** Adds model supertypes to an already known set (e.g. ancestors from the solver). */
  public Set<String> closeOver(Collection<String> types) {
    var all = new LinkedHashSet<String>();
    for (String t : types) {
      all.addAll(withSupertypes(t));
    }
    return all;
  }

  public Optional<ModelEntries.Blocking> blockingSink(
      Set<String> receiverTypes, String method, int argCount) {
    return blocking.stream()
        .filter(e -> e.method().equals(method) && receiverTypes.contains(e.type()))
        .filter(e -> e.params() == null || e.params().contains(argCount))
        .findFirst();
  }

  /**
   * True when the function argument at {@code argIndex} of this call runs later on the loop. A
   * negative index in the model counts from the end ({@code -1} is the last argument).
   */
  public boolean isLoopCallbackArg(
      Set<String> receiverTypes, String method, int argIndex, int argCount) {
    return argMatches(loopCallbacks, receiverTypes, method, argIndex, argCount);
  }

  /** True when the function argument at {@code argIndex} of this call runs off the loop. */
  public boolean isOffloadArg(
      Set<String> receiverTypes, String method, int argIndex, int argCount) {
    return argMatches(offloadCalls, receiverTypes, method, argIndex, argCount);
  }

  /**
   * True when the function at {@code argIndex} of this call receives stream data; {@code
   * firstArgText} is the call's first argument as written (for event names).
   */
  public boolean isPumpSourceArg(
      Set<String> receiverTypes, String method, int argIndex, int argCount, String firstArgText) {
    for (ModelEntries.PumpSource p : pumpSources) {
      int wanted = p.arg() < 0 ? argCount + p.arg() : p.arg();
      if (p.method().equals(method)
          && wanted == argIndex
          && receiverTypes.contains(p.type())
          && (p.event() == null || firstArgText.equals("\"" + p.event() + "\""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for methods that ask whether the current thread is the loop's ({@code inEventLoop}): code
   * that asks before scheduling itself onto the loop is dispatching, not recursing.
   */
  public boolean isLoopThreadCheck(String method) {
    return loopThreadChecks.contains(method);
  }

  /** True when the call stores its function arguments for later instead of running them. */
  public boolean isDeferredCall(Set<String> receiverTypes, String method) {
    return match(
            deferred, receiverTypes, method, ModelEntries.Offer::type, ModelEntries.Offer::method)
        .isPresent();
  }

  /** Yielding schedulers declared on the same type as a high-priority one, for fix hints. */
  public List<String> yieldingAlternatives(String type) {
    return reschedules.stream()
        .filter(r -> r.type().equals(type) && r.priority().equals("yielding"))
        .map(ModelEntries.Reschedule::method)
        .toList();
  }

  /** The type a callback at this argument receives as its first parameter, if modelled. */
  public Optional<String> callbackParamType(
      Set<String> receiverTypes, String method, int argIndex, int argCount) {
    for (List<ModelEntries.Callback> entries : List.of(loopCallbacks, offloadCalls)) {
      for (ModelEntries.Callback c : entries) {
        int wanted = c.arg() < 0 ? argCount + c.arg() : c.arg();
        if (c.paramType() != null
            && c.method().equals(method)
            && wanted == argIndex
            && receiverTypes.contains(c.type())) {
          return Optional.of(c.paramType());
        }
      }
    }
    return Optional.empty();
  }

  /** The callback entry that matches, for naming the registration in messages. */
  public Optional<ModelEntries.Callback> loopCallback(Set<String> receiverTypes, String method) {
    return match(
        loopCallbacks,
        receiverTypes,
        method,
        ModelEntries.Callback::type,
        ModelEntries.Callback::method);
  }

  public boolean isOffloadCall(Set<String> receiverTypes, String method) {
    return match(
            offloadCalls,
            receiverTypes,
            method,
            ModelEntries.Callback::type,
            ModelEntries.Callback::method)
        .isPresent();
  }

  private static boolean argMatches(
      List<ModelEntries.Callback> entries,
      Set<String> receiverTypes,
      String method,
      int argIndex,
      int argCount) {
    for (ModelEntries.Callback c : entries) {
      int wanted = c.arg() < 0 ? argCount + c.arg() : c.arg();
      if (c.method().equals(method) && wanted == argIndex && receiverTypes.contains(c.type())) {
        return true;
      }
    }
    return false;
  }

  public Optional<ModelEntries.Deploy> deployment(Set<String> receiverTypes, String method) {
    return match(
        deployments, receiverTypes, method, ModelEntries.Deploy::type, ModelEntries.Deploy::method);
  }

  public Optional<ModelEntries.WorkerOption> workerOption(
      Set<String> receiverTypes, String method) {
    return match(
        workerOptions,
        receiverTypes,
        method,
        ModelEntries.WorkerOption::type,
        ModelEntries.WorkerOption::method);
  }

  public Optional<ModelEntries.Write> write(Set<String> receiverTypes, String method) {
    return match(
        writes, receiverTypes, method, ModelEntries.Write::type, ModelEntries.Write::method);
  }

  public Optional<ModelEntries.Offer> offer(Set<String> receiverTypes, String method) {
    return match(
        offers, receiverTypes, method, ModelEntries.Offer::type, ModelEntries.Offer::method);
  }

  public Optional<ModelEntries.Reschedule> reschedule(Set<String> receiverTypes, String method) {
    return match(
        reschedules,
        receiverTypes,
        method,
        ModelEntries.Reschedule::type,
        ModelEntries.Reschedule::method);
  }

  public boolean isLoopReturnType(String type) {
    return loopReturnTypes.contains(type);
  }

  /** True when one of the annotation names (simple or qualified) marks a method off the loop. */
  public boolean isOffloadAnnotation(String annotationName) {
    if (offloadAnnotations.contains(annotationName)) {
      return true;
    }
    return offloadAnnotations.stream()
        .anyMatch(a -> a.endsWith("." + annotationName) && !annotationName.contains("."));
  }

  /** The model's return type of a library method, for typing fluent call chains. */
  public Optional<String> returnType(Set<String> receiverTypes, String method) {
    return match(
            returns,
            receiverTypes,
            method,
            ModelEntries.Returns::type,
            ModelEntries.Returns::method)
        .map(ModelEntries.Returns::returns);
  }

  /** The type of a field inherited from a library supertype. */
  public Optional<String> fieldType(Set<String> ownerTypes, String name) {
    return fields.stream()
        .filter(f -> f.name().equals(name) && ownerTypes.contains(f.type()))
        .map(ModelEntries.Field::fieldType)
        .findFirst();
  }

  /**
   * Simple names of the types whose constructors a model entry names ({@code FileInputStream}): the
   * prefilter for constructor calls, which are otherwise too many to type.
   */
  public Set<String> constructedTypeNames() {
    return constructedTypeNames;
  }

  private static String simpleName(String fqn) {
    return fqn.substring(fqn.lastIndexOf('.') + 1);
  }

  /** True when the model says anything about this type (as owner of an entry or supertype). */
  public boolean knowsType(String type) {
    return knownTypes.contains(type);
  }

  public boolean isUnboundedQueue(String type) {
    return unboundedQueues.contains(type);
  }

  /** The loop-override entries matching a class's ancestors and a method name. */
  public Optional<ModelEntries.Override> loopOverride(Set<String> ancestors, String method) {
    return loopOverrides.stream()
        .filter(o -> o.method().equals(method) && ancestors.contains(o.type()))
        .findFirst();
  }

  /** Worker-option entries (for deployments given as a variable built elsewhere in the body). */
  public List<ModelEntries.WorkerOption> workerOptions() {
    return workerOptions;
  }

  private static <T> Optional<T> match(
      List<T> entries,
      Set<String> receiverTypes,
      String method,
      Function<T, String> type,
      Function<T, String> name) {
    for (T e : entries) {
      if (name.apply(e).equals(method) && receiverTypes.contains(type.apply(e))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}

package dev.asynclint.core.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of one API-model file (DESIGN 5). Every list may be absent. Type names are fully
 * qualified; {@code method} is a simple name; {@code arg} is a 0-based argument index; {@code
 * params}, when given, restricts a method entry to those parameter counts.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ModelEntries(
    String library,
    String description,
    Map<String, List<String>> supertypes,
    List<Blocking> blocking,
    List<Callback> loopCallbacks,
    List<Override> loopOverrides,
    List<String> loopReturnTypes,
    Offloads offloads,
    List<Write> writes,
    List<Offer> offers,
    List<String> unboundedQueues,
    List<Reschedule> reschedules,
    List<Returns> returns,
    List<Field> fields,
    List<PumpSource> pumpSources,
    List<Offer> deferred,
    List<String> loopThreadChecks) {

  /**
   * The type a library method returns, so that fluent chains ({@code
   * vertx.createHttpServer().requestHandler(..)}) are typed without the library on the classpath.
   */
  public record Returns(String type, String method, String returns) {}

  /**
   * A call whose function argument at {@code arg} receives data read from a stream ({@code
   * ReadStream.handler}, {@code readable.on("data", …)}); {@code event}, when given, must be the
   * call's first argument. Writes in such a callback form a read-side pump.
   */
  public record PumpSource(String type, String method, int arg, String event) {}

  /** A field a library supertype gives its subclasses ({@code AbstractVerticle.vertx}). */
  public record Field(String type, String name, String fieldType) {}

  /** A call that blocks the calling thread; {@code kind} names why (jdbc, dns, sleep …). */
  public record Blocking(String type, String method, List<Integer> params, String kind) {}

  /**
   * A call whose function argument at {@code arg} (negative: from the end) runs later on the event
   * loop, or off it for offloads; {@code paramType}, when given, is the type of the callback's
   * first parameter.
   */
  public record Callback(String type, String method, int arg, String paramType) {
    /** A callback whose first parameter's type is not modelled. */
    public Callback(String type, String method, int arg) {
      this(type, method, arg, null);
    }
  }

  /** A supertype method whose overrides the framework runs on the event loop. */
  public record Override(String type, String method) {}

  /** Ways to move work off the loop. */
  public record Offloads(
      List<Callback> calls,
      List<String> annotations,
      List<WorkerOption> workerOptions,
      List<Deploy> deployments) {}

  /**
   * A deployment option call that makes a deployed verticle run on a worker thread, e.g. {@code
   * DeploymentOptions.setWorker(true)}; {@code argText} is the argument's source text ({@code
   * true}, {@code WORKER}: qualified forms match on their last segment).
   */
  public record WorkerOption(String type, String method, List<String> argText) {}

  /**
   * A call that deploys the component given at {@code componentArg} (negative: from the end) with
   * options at {@code optionsArg}. The component runs off the loop when the options set a worker
   * option, or, when {@code optionsTypes} is given, when the options argument is of one of those
   * types (Netty's {@code pipeline.addLast(group, handler)} with an {@code EventExecutorGroup}).
   */
  public record Deploy(
      String type, String method, int componentArg, int optionsArg, List<String> optionsTypes) {}

  /**
   * A stream write whose backpressure signal can be dropped: {@code signal} is {@code return} (the
   * boolean result), or {@code check} (a separate method such as {@code writeQueueFull}), with
   * {@code drainHooks} that register the resume callback and {@code safe} alternatives.
   */
  public record Write(
      String type,
      String method,
      String signal,
      List<String> checks,
      List<String> drainHooks,
      List<String> safe) {}

  /**
   * A call by type and method: in {@code offers}, its result says the element was rejected; in
   * {@code deferred}, it stores its function argument for later (a collection's {@code add}, a
   * map's {@code put}) rather than running it, so its lambdas are not part of the caller's context.
   */
  public record Offer(String type, String method) {}

  /**
   * A scheduler whose argument at {@code arg} runs on the same loop; {@code priority} is {@code
   * high} (runs before I/O and timers: nextTick, microtasks, runOnContext) or {@code yielding}.
   */
  public record Reschedule(String type, String method, int arg, String priority) {}
}

package app;

import io.smallrye.common.annotation.Blocking;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Code that looks like the bug but is not: nothing here may be reported. */
public class Offloaded extends AbstractVerticle {
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  @Override
  public void start() {
    Router router = Router.router(vertx);
    // Offloaded: executeBlocking and blockingHandler run on worker threads.
    router.get("/a").handler(ctx -> vertx.executeBlocking(() -> slow()).onSuccess(ctx::json));
    router.get("/b").blockingHandler(ctx -> slow());
    router.get("/c").handler(ctx -> ctx.vertx().executeBlocking(Offloaded::slow));
    // Annotated off the loop.
    router.get("/d").handler(ctx -> annotated());
    // Look-alikes: Map.get, Optional.get, user methods called sleep and join, in-memory streams.
    router
        .get("/e")
        .handler(
            ctx -> {
              String v = cache.get("k");
              String w = Optional.of("x").get();
              sleep(1);
              join("a", "b");
              try {
                new ByteArrayInputStream(new byte[1]).read();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
              ctx.json(v + w);
            });
    // Async composition without waiting.
    router.get("/f").handler(ctx -> CompletableFuture.supplyAsync(() -> slow()).thenAccept(ctx::json));
  }

  @Blocking
  String annotated() {
    return slow();
  }

  static String slow() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "slow";
  }

  void sleep(int millis) {
    cache.put("sleep", "" + millis);
  }

  String join(String a, String b) {
    return a + b;
  }

  /** Not reachable from any loop callback. */
  void unreachable() {
    slow();
  }

  public static void main(String[] args) throws Exception {
    // Blocking in main, before any event loop runs, is fine.
    Thread.sleep(10);
    Vertx vertx = Vertx.vertx();
    vertx.deployVerticle(new WorkerA(), new DeploymentOptions().setWorker(true));
    DeploymentOptions opts = new DeploymentOptions();
    opts.setThreadingModel(ThreadingModel.WORKER);
    vertx.deployVerticle(WorkerB.class, opts);
    vertx.deployVerticle(
        "app.WorkerC", new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD));
  }
}

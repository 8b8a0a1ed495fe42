package app;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.NetServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Every way a Vert.x callback reaches the loop, each blocking directly. */
public class Callbacks extends AbstractVerticle {
  private final Vertx vx;

  public Callbacks(Vertx vx) {
    this.vx = vx;
  }

  void server() {
    vx.createHttpServer()
        .requestHandler(
            req -> {
              pause(); // expect: BlockingCallOnEventLoop "via requestHandler → Callbacks.pause"
              req.response().end();
            })
        .listen(8080);
  }

  void timers() {
    vx.setTimer(10, id -> sleepy()); // expect: BlockingCallOnEventLoop "Thread.sleep"
    vx.setPeriodic(5, 10, id -> sleepy()); // expect: BlockingCallOnEventLoop "setPeriodic"
    vx.setPeriodic(10, id -> vx.setTimer(1, inner -> sleepy())); // expect: BlockingCallOnEventLoop
  }

  void routes(Router router) {
    router.get("/a").handler(this::slowHandler);
    router.route("/b").failureHandler(ctx -> sleepy()); // expect: BlockingCallOnEventLoop
    Handler<RoutingContext> stored = ctx -> sleepy(); // expect: BlockingCallOnEventLoop
    router.post("/c").handler(stored);
    router.put("/d").handler(new SlowHandler());
    router.delete("/e")
        .handler(
            new Handler<RoutingContext>() {
              @Override
              public void handle(RoutingContext ctx) {
                sleepy(); // expect: BlockingCallOnEventLoop
              }
            });
  }

  void futures() {
    vx.executeBlocking(() -> 42)
        .onSuccess(v -> sleepy()) // expect: BlockingCallOnEventLoop "Future.onSuccess"
        .map(v -> v + 1)
        .onComplete(ar -> sleepy()); // expect: BlockingCallOnEventLoop
  }

  void eventBus() {
    vx.eventBus().consumer("addr", msg -> sleepy()); // expect: BlockingCallOnEventLoop
  }

  void net(NetServer server) {
    server.connectHandler(
        socket -> socket.handler(buf -> sleepy())); // expect: BlockingCallOnEventLoop "ReadStream.handler"
  }

  void slowHandler(RoutingContext ctx) {
    sleepy(); // expect: BlockingCallOnEventLoop
  }

  void awaiting(HttpServerRequest req) {
    vx.setTimer(1, id -> req.body().await()); // expect: BlockingCallOnEventLoop "future wait"
  }

  static void sleepy() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void pause() {
    sleepy();
  }

  static final class SlowHandler implements Handler<RoutingContext> {
    @Override
    public void handle(RoutingContext ctx) {
      sleepy(); // expect: BlockingCallOnEventLoop
    }
  }
}

package dev.asynclint.samples.vertx;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An HTTP service with the blocking mistakes asynclint finds, each beside its corrected twin.
 * Run {@code ./asynclint check samples} to see the findings with their chains.
 */
public class UserVerticle extends AbstractVerticle {
  private final UserService users = new UserService(new UserDao("jdbc:h2:mem:users"));
  private volatile String banner = "";

  @Override
  public void start(Promise<Void> started) {
    Router router = Router.router(vertx);

    // Bad: the JDBC query runs on the event loop through UserService → UserDao.
    router
        .get("/users/:id")
        .handler(
            ctx -> {
              String json = users.describe(ctx.pathParam("id")); // expect: BlockingCallOnEventLoop
              ctx.response().end(json);
            });

    // Good: the same call offloaded to a worker thread.
    router
        .get("/users/:id/offloaded")
        .handler(
            ctx ->
                vertx
                    .executeBlocking(() -> users.describe(ctx.pathParam("id")))
                    .onSuccess(json -> ctx.response().end(json))
                    .onFailure(ctx::fail));

    // Good: blockingHandler runs its handler on a worker thread.
    router.get("/report").blockingHandler(ctx -> ctx.response().end(users.report()));

    // Bad: a method reference handler that sleeps.
    router.get("/slow").handler(this::slow);

    // Not blocking: look-alike names (Map.get, Optional.get, a user method named sleep/join).
    router
        .get("/cached/:id")
        .handler(
            ctx -> {
              users.sleep(5);
              ctx.response().end(users.join(users.cached(ctx.pathParam("id")), banner));
            });

    // Bad: a timer callback that reads a file synchronously.
    vertx.setTimer(1000, id -> refreshBanner()); // expect: BlockingCallOnEventLoop

    // Bad: an event-bus consumer that resolves a host name (DNS) on the loop.
    vertx
        .eventBus()
        .consumer(
            "lookup",
            msg -> {
              try {
                msg.reply(InetAddress.getByName((String) msg.body()).getHostAddress()); // expect: BlockingCallOnEventLoop
              } catch (UnknownHostException e) {
                msg.fail(404, e.getMessage());
              }
            });

    vertx
        .createHttpServer()
        .requestHandler(router)
        .listen(8080)
        .onSuccess(server -> started.complete())
        .onFailure(started::fail);
  }

  private void slow(RoutingContext ctx) {
    try {
      Thread.sleep(20); // expect: BlockingCallOnEventLoop
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ctx.response().end("done");
  }

  private void refreshBanner() {
    try {
      banner = Files.readString(Path.of("banner.txt"));
    } catch (IOException e) {
      banner = "";
    }
  }
}

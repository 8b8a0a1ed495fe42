package dev.asynclint.samples.gate;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.sql.SQLException;

/**
 * An order service that fails the asynclint gate: two handlers block the event loop. Each bad
 * handler sits beside the fix the gate accepts.
 */
public class OrderVerticle extends AbstractVerticle {
  private final OrderRepository orders = new OrderRepository("jdbc:h2:mem:orders");

  @Override
  public void start(Promise<Void> started) {
    Router router = Router.router(vertx);

    // Bad: the JDBC query runs on the event loop, through OrderVerticle.count → OrderRepository.
    router.get("/orders/open").handler(this::count);

    // Good: the same query on a worker thread.
    router
        .get("/orders/open/offloaded")
        .handler(
            ctx ->
                vertx
                    .executeBlocking(orders::countOpen)
                    .onSuccess(n -> ctx.response().end(String.valueOf(n)))
                    .onFailure(ctx::fail));

    // Bad: a retry pause that sleeps on the event loop.
    vertx
        .eventBus()
        .consumer(
            "orders.retry",
            msg -> {
              try {
                Thread.sleep(500); // expect: BlockingCallOnEventLoop
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              msg.reply("retried");
            });

    // Good: the pause as a timer, which frees the loop meanwhile.
    vertx
        .eventBus()
        .consumer("orders.retry.timer", msg -> vertx.setTimer(500, id -> msg.reply("retried")));

    vertx
        .createHttpServer()
        .requestHandler(router)
        .listen(8080)
        .onSuccess(server -> started.complete())
        .onFailure(started::fail);
  }

  private void count(RoutingContext ctx) {
    try {
      ctx.response().end(String.valueOf(orders.countOpen())); // expect: BlockingCallOnEventLoop
    } catch (SQLException e) {
      ctx.fail(e);
    }
  }
}

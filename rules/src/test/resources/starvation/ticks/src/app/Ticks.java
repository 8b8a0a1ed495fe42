package app;

import dev.asynclint.runtime.EventLoop;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** Self-rescheduling callbacks on high-priority queues. */
public class Ticks {
  private final EventLoop loop;
  private final Vertx vertx;
  private int remaining = 10;

  public Ticks(EventLoop loop, Vertx vertx) {
    this.loop = loop;
    this.vertx = vertx;
  }

  void spin() {
    loop.nextTick(this::spin); // expect: RecursiveTickStarvation "setImmediate"
  }

  void spinViaLambda() {
    work();
    loop.queueMicrotask(() -> spinViaLambda()); // expect: RecursiveTickStarvation
  }

  void spinOnContext(Context ctx) {
    ctx.runOnContext(v -> spinOnContext(ctx)); // expect: RecursiveTickStarvation
  }

  void spinAnonymous() {
    loop.nextTick(
        new Runnable() {
          @Override
          public void run() {
            loop.nextTick(this); // expect: RecursiveTickStarvation
          }
        });
  }

  // Negatives: yielding schedulers, scheduling something else; a visible base case is a note.
  void yielding() {
    work();
    loop.setImmediate(this::yielding);
    vertx.setTimer(1, id -> yielding());
  }

  void bounded() {
    if (remaining-- > 0) {
      loop.nextTick(this::bounded); // expect: RecursiveTickStarvation "until its condition"
    }
  }

  void once() {
    loop.nextTick(this::work);
  }

  void work() {
    remaining++;
  }

  // Negatives: the dispatch idiom, "run me on my context", schedules once from another thread.
  void onContext(Context ctx) {
    if (ctx != Vertx.currentContext()) {
      ctx.runOnContext(v -> onContext(ctx));
      return;
    }
    work();
  }

  void onLoop(io.netty.util.concurrent.EventExecutor executor) {
    if (!executor.inEventLoop()) {
      executor.execute(() -> onLoop(executor));
    } else {
      work();
    }
  }
}

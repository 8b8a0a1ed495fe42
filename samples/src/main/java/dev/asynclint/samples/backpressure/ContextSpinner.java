package dev.asynclint.samples.backpressure;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;

/**
 * Background work split into steps on the verticle's context. runOnContext queues the next step
 * before any I/O or timer of the loop, so a step that always re-queues itself starves them.
 */
public class ContextSpinner extends AbstractVerticle {
  private long steps;

  /** Bad: never yields to the loop's I/O. */
  void spin(Context ctx) {
    steps++;
    ctx.runOnContext(v -> spin(ctx)); // expect: RecursiveTickStarvation
  }

  /** Good: a timer lets I/O run between steps, and the work stops. */
  void step() {
    steps++;
    if (steps < 1_000_000) {
      vertx.setTimer(1, id -> step());
    }
  }
}

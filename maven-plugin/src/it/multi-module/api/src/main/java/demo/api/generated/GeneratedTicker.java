package demo.api.generated;

import io.vertx.core.AbstractVerticle;

/** Stands for generated code; the root asynclint.json excludes it. */
public class GeneratedTicker extends AbstractVerticle {
  @Override
  public void start() {
    vertx.setPeriodic(1000, id -> tick());
  }

  private void tick() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

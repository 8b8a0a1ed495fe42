package demo.api;

import io.vertx.core.AbstractVerticle;

public class Ticker extends AbstractVerticle {
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

package demo;

import io.vertx.core.AbstractVerticle;

public class LegacyServer extends AbstractVerticle {
  @Override
  public void start() {
    // Old code, accepted by the baseline until someone fixes it.
    vertx.setTimer(1000, id -> pause());
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

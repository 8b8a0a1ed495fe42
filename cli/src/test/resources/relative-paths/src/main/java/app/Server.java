package app;

import io.vertx.core.Vertx;

/** Fixture of CheckCommandTest: analysed through a path relative to the working directory. */
public class Server {
  Vertx vertx;

  void start() {
    vertx.setTimer(10, id -> nap());
  }

  static void nap() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

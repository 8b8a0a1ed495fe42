package demo;

import io.vertx.core.AbstractVerticle;

public class FileServer extends AbstractVerticle {
  private volatile String settings = "";

  @Override
  public void start() {
    // readFile's Future is typed from the vertx-core jar; onSuccess runs on the event loop.
    vertx.fileSystem().readFile("settings.json").onSuccess(buffer -> apply(buffer.toString()));
  }

  private void apply(String text) {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    settings = text;
  }

  String settings() {
    return settings;
  }
}

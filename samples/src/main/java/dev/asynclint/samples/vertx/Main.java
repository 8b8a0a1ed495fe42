package dev.asynclint.samples.vertx;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts the sample: blocking in {@code main}, before any loop runs, is fine. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    String config = Files.exists(Path.of("app.conf")) ? Files.readString(Path.of("app.conf")) : "";
    Thread.sleep(config.isEmpty() ? 0 : 10);
    Vertx vertx = Vertx.vertx();
    vertx.deployVerticle(new UserVerticle());
    vertx.deployVerticle(
        new ReportVerticle(), new DeploymentOptions().setThreadingModel(ThreadingModel.WORKER));
  }
}

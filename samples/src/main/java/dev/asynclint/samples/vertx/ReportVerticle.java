package dev.asynclint.samples.vertx;

import java.nio.file.Files;
import java.nio.file.Path;

import io.vertx.core.AbstractVerticle;

/**
 * A worker verticle: {@link Main} deploys it with {@code ThreadingModel.WORKER}, so blocking in
 * its handlers is fine and asynclint does not report it.
 */
public class ReportVerticle extends AbstractVerticle {
  private final UserService users = new UserService(new UserDao("jdbc:h2:mem:users"));

  @Override
  public void start() throws Exception {
    Files.createDirectories(Path.of("reports"));
    vertx.eventBus().consumer("report", msg -> msg.reply(users.report()));
  }
}

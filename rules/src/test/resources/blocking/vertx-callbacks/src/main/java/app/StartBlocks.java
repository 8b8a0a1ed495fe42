package app;

import io.vertx.core.AbstractVerticle;
import java.nio.file.Files;
import java.nio.file.Path;

/** AbstractVerticle.start runs on the verticle's event loop. */
public class StartBlocks extends AbstractVerticle {
  @Override
  public void start() throws Exception {
    String config = Files.readString(Path.of("config.json")); // expect: BlockingCallOnEventLoop
    vertx.setTimer(10, id -> System.out.println(config));
  }

  @Override
  public void stop() throws Exception {
    Files.delete(Path.of("lock")); // expect: BlockingCallOnEventLoop
  }
}

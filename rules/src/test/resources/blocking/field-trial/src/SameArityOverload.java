package fp;

import io.vertx.core.AbstractVerticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * FP pattern D (vertx-core VerticleManager:216 createDeployment): calls are linked to every
 * overload with the same name and arity, whatever the argument types.
 */
public class SameArityOverload extends AbstractVerticle {
  @Override
  public void start() {
    vertx.setTimer(10, id -> describe("user", 42)); // FP: links describe(Path, long) too
  }

  private String describe(String name, int id) {
    return name + id;
  }

  private String describe(Path file, long size) throws IOException {
    return Files.readString(file) + size;
  }
}

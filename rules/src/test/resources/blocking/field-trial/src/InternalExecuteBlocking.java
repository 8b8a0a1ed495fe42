package fp;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.internal.ContextInternal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * FP pattern E (vertx-core VertxImpl:772 deleteCacheDirAndShutdown): the Vert.x internal offload
 * APIs VertxInternal/ContextInternal.executeBlockingInternal are not offloads in the model, so
 * the lambda they run on a worker is taken as running on the caller's loop.
 */
public class InternalExecuteBlocking extends AbstractVerticle {
  @Override
  public void start() {
    ContextInternal ctx = (ContextInternal) context;
    vertx.setTimer(
        10, id -> ctx.executeBlockingInternal(() -> Files.readString(Path.of("x")))); // FP
  }
}

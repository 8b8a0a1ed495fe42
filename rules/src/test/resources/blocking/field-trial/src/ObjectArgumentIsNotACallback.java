package fp;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * FP pattern A (vertx-core Http1xServerRequest:485): an object passed as a plain value is taken
 * for a callback, and its accept()/get()/run()/handle()/apply()/call() methods (any arity) are
 * linked as if the call ran them synchronously. Promise.complete(value) runs none of them.
 */
public class ObjectArgumentIsNotACallback extends AbstractVerticle {
  static final class Handshake {
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    /** Only ever called from a worker; never by Promise.complete. */
    Object accept() throws Exception {
      return done.get(10, TimeUnit.SECONDS);
    }
  }

  @Override
  public void start() {
    Promise<Handshake> promise = Promise.promise();
    vertx.setTimer(10, id -> promise.complete(new Handshake())); // FP: "future wait (Future.get)"
  }
}

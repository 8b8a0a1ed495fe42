package fp;

import io.vertx.core.AbstractVerticle;
import java.util.ArrayList;
import java.util.List;

/**
 * FP pattern C (vertx-core HAManager:429 addToHADeployList): a lambda added to a collection is
 * linked as if add() ran it. It runs later, wherever the list is drained.
 */
public class StoredLambdaDoesNotRunNow extends AbstractVerticle {
  private final List<Runnable> onQuorum = new ArrayList<>();

  @Override
  public void start() {
    vertx.setTimer(10, id -> onQuorum.add(() -> sleepABit())); // FP: "sleep (Thread.sleep)"
  }

  private static void sleepABit() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

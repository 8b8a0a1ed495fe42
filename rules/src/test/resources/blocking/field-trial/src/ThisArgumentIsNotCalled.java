package fp;

import io.vertx.core.AbstractVerticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * FP pattern B (vertx-core HttpServerFileUploadImpl:189, FileSystemImpl.BlockingAction.run):
 * `this` handed to a method that only stores (or offloads) it is linked as a synchronous call of
 * its call()/run()/... method, and through CHA to every override of what that calls.
 */
public class ThisArgumentIsNotCalled extends AbstractVerticle {
  static final List<Callable<?>> queue = new ArrayList<>();

  abstract static class Action implements Callable<Object> {
    void enqueue() {
      register(this); // stores it; a worker drains the queue
    }

    static void register(Callable<?> c) {
      queue.add(c);
    }

    @Override
    public Object call() throws Exception {
      return perform();
    }

    abstract Object perform() throws Exception;
  }

  @Override
  public void start() {
    vertx.setTimer(
        10,
        id ->
            new Action() {
              @Override
              Object perform() throws Exception {
                return Files.readString(Path.of("x")); // runs on the worker that drains the queue
              }
            }.enqueue()); // FP: "file I/O (Files.readString)"
  }
}

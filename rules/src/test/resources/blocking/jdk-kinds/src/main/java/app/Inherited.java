package app;

import io.vertx.core.Vertx;

/** Library behaviour inherited by the tree's own types is found in the project phase. */
public class Inherited {
  static final class Worker extends Thread {
    @Override
    public void run() {}
  }

  void stop(Vertx vertx, Worker worker) {
    vertx.setTimer(1, id -> { try { worker.join(); } catch (InterruptedException e) { } }); // expect: BlockingCallOnEventLoop "Thread.join"
  }
}

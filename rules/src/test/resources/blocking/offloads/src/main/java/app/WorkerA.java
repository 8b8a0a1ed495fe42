package app;

import io.vertx.core.AbstractVerticle;

/** Deployed as a worker (see Offloaded.main): its start and its handlers may block. */
public class WorkerA extends AbstractVerticle {
  @Override
  public void start() throws Exception {
    Thread.sleep(10);
    vertx.setTimer(10, id -> Offloaded.slow());
  }
}

package app;

import java.util.concurrent.CompletableFuture;

final class Helpers {
  private Helpers() {}

  static String slowStatic() {
    return CompletableFuture.supplyAsync(() -> "x").join();
  }
}

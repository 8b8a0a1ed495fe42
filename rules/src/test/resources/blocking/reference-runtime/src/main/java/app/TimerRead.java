package app;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.fs.Fs;

/** The reference runtime: a timer callback that reads a file synchronously. */
public final class TimerRead {
  private TimerRead() {}

  public static void main(String[] args) {
    EventLoop loop = EventLoop.create();
    Fs fs = new Fs(loop);
    loop.run(
        () -> {
          // Node-style main script: blocking before the loop starts is fine.
          byte[] config = fs.readFileSync("config.json");
          loop.setTimeout(() -> fs.readFileSync("data.bin"), 10); // expect: BlockingCallOnEventLoop "Fs.readFileSync"
          loop.setImmediate(() -> fs.readFile("data.bin", (err, data) -> {}));
          loop.queueWork("read", () -> fs.readFileSync("big.bin"), (err, data) -> {});
          System.out.println(config.length);
        });
  }
}

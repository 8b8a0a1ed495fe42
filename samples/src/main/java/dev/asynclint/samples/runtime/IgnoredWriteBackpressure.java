package dev.asynclint.samples.runtime;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.net.Socket;

/**
 * Misuse: 32 MiB written to a slow loopback peer in a loop that ignores {@code write()}'s false.
 * The socket keeps accepting, so nearly everything piles up in its buffer. Fixed twin: {@link
 * IgnoredWriteBackpressureFixed}.
 */
public final class IgnoredWriteBackpressure {
  private static final int CHUNKS = 2048;

  public static void main(String[] args) {
    SampleRun run = SampleRun.create();
    EventLoop loop = run.loop;
    byte[] chunk = new byte[16 * 1024];
    SlowPeer[] peer = new SlowPeer[1];
    run.run(
        20_000,
        () ->
            peer[0] =
                new SlowPeer(
                    loop,
                    () -> {
                      Socket[] socket = new Socket[1];
                      socket[0] =
                          SlowPeer.connect(
                              loop,
                              peer[0],
                              () -> {
                                for (int i = 0; i < CHUNKS; i++) {
                                  socket[0].write(chunk); // expect: WriteIgnoresBackpressure
                                }
                                socket[0].end();
                              });
                    }));
    run.report(
        "write() results ignored against a slow peer",
        "sent "
            + ((long) CHUNKS * chunk.length >> 20)
            + " MiB, peer received "
            + (peer[0].received >> 20)
            + " MiB; the socket buffered most of it at once");
  }
}

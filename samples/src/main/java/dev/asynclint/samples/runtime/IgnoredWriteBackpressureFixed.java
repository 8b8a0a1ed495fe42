package dev.asynclint.samples.runtime;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.net.Socket;

/**
 * Twin of {@link IgnoredWriteBackpressure}: stop writing when {@code write()} returns false and
 * continue on 'drain'. The socket buffer stays near its highWaterMark.
 */
public final class IgnoredWriteBackpressureFixed {
  private static final int CHUNKS = 2048;
  private static int written;

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
                          SlowPeer.connect(loop, peer[0], () -> writeSome(socket[0], chunk));
                    }));
    run.report(
        "write() until false, then wait for 'drain'",
        "sent "
            + ((long) CHUNKS * chunk.length >> 20)
            + " MiB, peer received "
            + (peer[0].received >> 20)
            + " MiB");
  }

  private static void writeSome(Socket socket, byte[] chunk) {
    while (written < CHUNKS) {
      written++;
      if (!socket.write(chunk)) {
        socket.once("drain", () -> writeSome(socket, chunk));
        return;
      }
    }
    socket.end();
  }
}

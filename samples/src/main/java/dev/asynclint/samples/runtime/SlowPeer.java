package dev.asynclint.samples.runtime;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.net.Net;
import dev.asynclint.runtime.net.Server;
import dev.asynclint.runtime.net.Socket;

/**
 * A loopback server that reads slowly: after every 256 KiB it pauses for 5 ms (about 50 MB/s), so a
 * fast writer outruns it and the writer's buffers show whether backpressure is honoured.
 */
final class SlowPeer {
  private static final int BURST = 256 * 1024;
  private final Server server;
  long received;

  SlowPeer(EventLoop loop, Runnable onListening) {
    server =
        Net.createServer(
            loop,
            socket -> {
              long[] sinceBreak = {0};
              socket.on(
                  "data",
                  chunk -> {
                    int n = ((byte[]) chunk).length;
                    received += n;
                    sinceBreak[0] += n;
                    if (sinceBreak[0] >= BURST) {
                      sinceBreak[0] = 0;
                      socket.pause();
                      loop.setTimeout(socket::resume, 5);
                    }
                  });
              socket.on("end", () -> closeServer());
            });
    server.listen(0, "127.0.0.1", onListening);
  }

  private void closeServer() {
    server.close(null);
  }

  int port() {
    return server.address().getPort();
  }

  static Socket connect(EventLoop loop, SlowPeer peer, Runnable onConnect) {
    return Net.connect(loop, peer.port(), "127.0.0.1", onConnect);
  }
}

package dev.asynclint.runtime.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asynclint.runtime.Calls;
import dev.asynclint.runtime.EventLoop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Backpressure against a real peer on loopback that reads only when told to. */
class SocketBackpressureTest {
  @RegisterExtension final Calls calls = new Calls();
  private final byte[] chunk = new byte[16 * 1024];
  private long sent;
  private long received;
  private long bufferedAtFalse;

  @Test
  void writeReturnsFalseWhileThePeerDoesNotReadAndDrainFollowsWhenItDoes() {
    EventLoop loop = EventLoop.create();
    Socket[] peer = new Socket[1];
    Socket[] client = new Socket[1];
    int[] ready = {0};
    loop.run(
        () -> {
          Server server = Net.createServer(loop, null);
          Runnable start =
              () -> {
                if (++ready[0] == 2) { // both the client's 'connect' and the server's 'connection'
                  writeUntilFalse(client[0], peer[0], server);
                }
              };
          server.on(
              "connection",
              s -> {
                peer[0] = (Socket) s; // reads one highWaterMark, then kernel buffers fill up
                start.run();
              });
          server.listen(
              0,
              "127.0.0.1",
              () -> client[0] = Net.connect(loop, server.address().getPort(), "127.0.0.1", start));
        });
    assertTrue(sent < (256L << 20), "write() returned false before the cap");
    assertTrue(bufferedAtFalse >= 64 * 1024, "false means a highWaterMark is buffered");
    assertEquals(sent, received, "every buffered byte arrived after 'drain'");
  }

  private void writeUntilFalse(Socket c, Socket peer, Server server) {
    // Stop at the first false (the cap only guards against a kernel that buffers everything).
    while (sent < (256L << 20)) {
      sent += chunk.length;
      if (!c.write(chunk)) {
        break;
      }
    }
    bufferedAtFalse = c.writableLength();
    c.once(
        "drain",
        calls.mustCall(
            () -> {
              assertEquals(0, c.writableLength());
              c.end();
            }));
    // Only now does the peer consume.
    peer.on("data", d -> received += ((byte[]) d).length);
    peer.on("end", calls.mustCall(() -> server.close(null)));
  }
}

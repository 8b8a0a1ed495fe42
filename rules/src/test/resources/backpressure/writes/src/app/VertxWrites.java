package app;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import io.vertx.core.streams.WriteStream;
import java.util.List;

/** Vert.x writes: writeQueueFull/drainHandler is the signal. */
public class VertxWrites {
  void broadcast(List<NetSocket> clients, Buffer frame) {
    for (NetSocket client : clients) {
      client.write(frame); // expect: WriteIgnoresBackpressure "writeQueueFull"
    }
  }

  void proxy(NetSocket in, NetSocket out) {
    in.handler(buf -> out.write(buf)); // expect: WriteIgnoresBackpressure "pump"
  }

  // Negatives: guarded by writeQueueFull and drainHandler, pipeTo, a single write.
  void proxyWithBackpressure(NetSocket in, NetSocket out) {
    in.handler(
        buf -> {
          out.write(buf);
          if (out.writeQueueFull()) {
            in.pause();
            out.drainHandler(v -> in.resume());
          }
        });
  }

  void piped(NetSocket in, NetSocket out) {
    in.pipeTo(out);
  }

  void greet(WriteStream<Buffer> out) {
    out.write(Buffer.buffer("hello"));
  }

  void guardedLoop(WriteStream<Buffer> out, List<Buffer> frames) {
    for (Buffer f : frames) {
      if (out.writeQueueFull()) {
        break;
      }
      out.write(f);
    }
  }

  // Negatives: the items of an in-memory list to one stream; a forwarding write.
  void sendParts(NetSocket out, List<Buffer> parts) {
    for (Buffer part : parts) {
      out.write(part);
    }
    for (int i = 0; i < parts.size(); i++) {
      out.write(parts.get(i));
    }
  }

  static final class Counting {
    private final WriteStream<Buffer> delegate;
    private long bytes;

    Counting(WriteStream<Buffer> delegate) {
      this.delegate = delegate;
    }

    void write(List<Buffer> chunks) {
      for (int i = 0; i < chunks.size(); i++) {
        bytes += chunks.get(i).length();
        delegate.write(chunks.get(i));
      }
    }
  }
}

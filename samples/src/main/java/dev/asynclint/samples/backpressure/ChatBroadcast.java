package dev.asynclint.samples.backpressure;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP chat: every line is broadcast to every client. The first broadcast ignores Vert.x's
 * write-queue signal, so one slow client makes the server buffer everything for it; the second
 * pauses the sender while any receiver's queue is full.
 */
public class ChatBroadcast extends AbstractVerticle {
  private final List<NetSocket> clients = new ArrayList<>();

  @Override
  public void start() {
    vertx
        .createNetServer()
        .connectHandler(
            socket -> {
              clients.add(socket);
              socket.closeHandler(v -> clients.remove(socket));
              socket.handler(line -> broadcastCarefully(socket, line));
            })
        .listen(7000);
  }

  /** Bad: a slow client's write queue grows without bound. */
  void broadcast(Buffer line) {
    for (NetSocket client : clients) {
      client.write(line); // expect: WriteIgnoresBackpressure
    }
  }

  /** Good: stop reading from the sender until every full receiver has drained. */
  void broadcastCarefully(NetSocket sender, Buffer line) {
    for (NetSocket client : clients) {
      client.write(line);
      if (client.writeQueueFull()) {
        sender.pause();
        client.drainHandler(v -> sender.resume());
      }
    }
  }
}

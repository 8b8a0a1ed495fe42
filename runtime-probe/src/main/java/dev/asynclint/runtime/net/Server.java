package dev.asynclint.runtime.net;

import static dev.asynclint.runtime.EventEmitter.CLOSE;
import static dev.asynclint.runtime.EventEmitter.CONNECTION;
import static dev.asynclint.runtime.EventEmitter.ERROR;
import static dev.asynclint.runtime.EventEmitter.LISTENING;

import dev.asynclint.runtime.EventEmitter;
import dev.asynclint.runtime.EventLoop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.function.Consumer;

/** Node's {@code net.Server}: accepts connections and emits them as {@link Socket}s. */
public final class Server extends EventEmitter {
  private final EventLoop loop;
  private ServerSocketChannel channel;
  private SelectionKey key;

  Server(EventLoop loop, Consumer<Socket> onConnection) {
    this.loop = loop;
    if (onConnection != null) {
      on("connection", s -> onConnection.accept((Socket) s));
    }
  }

  /** Binds and listens; {@code onListening} runs on 'listening' (next tick). */
  public Server listen(int port, String host, Runnable onListening) {
    try {
      channel = ServerSocketChannel.open();
      channel.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    key = loop.handles().register(channel, SelectionKey.OP_ACCEPT, k -> acceptAll());
    loop.handles().ref();
    if (onListening != null) {
      once("listening", onListening);
    }
    loop.nextTick(() -> emit(LISTENING, null));
    return this;
  }

  /** The bound address (Node's {@code server.address()}). */
  public InetSocketAddress address() {
    try {
      return (InetSocketAddress) channel.getLocalAddress();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stops accepting; 'close' follows in the close phase. Unlike Node, open connections do not delay
   * 'close' (each socket keeps the loop alive on its own).
   */
  public void close(Runnable onClose) {
    if (key == null || !key.isValid()) {
      return;
    }
    key.cancel();
    try {
      channel.close();
    } catch (IOException e) {
      // The listening descriptor is unusable either way.
    }
    loop.handles().unref();
    if (onClose != null) {
      once("close", onClose);
    }
    loop.handles().deferClose(() -> emit(CLOSE, null));
  }

  private void acceptAll() {
    while (key.isValid()) {
      SocketChannel ch;
      try {
        ch = channel.accept();
      } catch (IOException e) {
        emit(ERROR, e);
        return;
      }
      if (ch == null) {
        return;
      }
      Socket socket = new Socket(loop, ch, false);
      emit(CONNECTION, socket);
      socket.read(0); // Node starts reading accepted sockets at once
    }
  }
}

package dev.asynclint.runtime.net;

import static dev.asynclint.runtime.EventEmitter.CONNECT;

import dev.asynclint.runtime.EventLoop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.function.Consumer;

/** Node's {@code net} module: TCP servers and clients on the loop's selector. */
public final class Net {
  private Net() {}

  /** {@code net.createServer(onConnection)}. */
  public static Server createServer(EventLoop loop, Consumer<Socket> onConnection) {
    return new Server(loop, onConnection);
  }

  /** {@code net.connect(port, host, onConnect)}: {@code onConnect} runs on 'connect' (poll). */
  public static Socket connect(EventLoop loop, int port, String host, Runnable onConnect) {
    SocketChannel ch;
    boolean connected;
    try {
      ch = SocketChannel.open();
      ch.configureBlocking(false);
      connected = ch.connect(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Socket s = new Socket(loop, ch, !connected);
    if (onConnect != null) {
      s.once("connect", onConnect);
    }
    if (connected) {
      loop.nextTick(
          () -> {
            s.emit(CONNECT, null);
            s.read(0);
          });
    }
    return s;
  }
}

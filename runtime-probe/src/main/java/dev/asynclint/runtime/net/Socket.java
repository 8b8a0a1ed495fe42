package dev.asynclint.runtime.net;

import static dev.asynclint.runtime.EventEmitter.CONNECT;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.stream.Done;
import dev.asynclint.runtime.stream.Duplex;
import dev.asynclint.runtime.stream.StreamOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * Node's {@code net.Socket}: a TCP connection as a {@link Duplex} over a non-blocking NIO channel.
 * Reads stop while the readable buffer is at its highWaterMark; a write the kernel does not take at
 * once stays buffered (counted in {@link #writableLength()}) until the socket is writable again, so
 * a slow peer makes write() return false. Like Node, the writable side ends when the peer ends
 * (allowHalfOpen false).
 */
public final class Socket extends Duplex {
  private static final int READ_SIZE = 64 * 1024;

  private final SocketChannel channel;
  private final SelectionKey key;
  private boolean connecting;
  private boolean wantRead;
  private ByteBuffer pendingWrite;
  private Done pendingCallback;
  private boolean released;

  Socket(EventLoop loop, SocketChannel channel, boolean connecting) {
    super(loop, StreamOptions.options().allowHalfOpen(false));
    this.channel = channel;
    this.connecting = connecting;
    this.key = loop.handles().register(channel, 0, k -> onReady());
    loop.handles().ref();
    updateInterest();
  }

  /** The peer's address, or null when not connected. */
  public InetSocketAddress remoteAddress() {
    try {
      return (InetSocketAddress) channel.getRemoteAddress();
    } catch (IOException e) {
      return null;
    }
  }

  /** Bytes and objects waiting to be written (Node's {@code socket.bufferSize}). */
  public long bufferSize() {
    return writableLength();
  }

  @Override
  protected void doRead(int size) {
    wantRead = true;
    updateInterest();
  }

  @Override
  protected void doWrite(Object chunk, Done callback) {
    ByteBuffer buf = ByteBuffer.wrap((byte[]) chunk);
    try {
      if (!connecting) {
        channel.write(buf);
      }
    } catch (IOException e) {
      callback.done(e);
      return;
    }
    if (!buf.hasRemaining()) {
      callback.ok();
    } else {
      pendingWrite = buf;
      pendingCallback = callback;
      updateInterest();
    }
  }

  @Override
  protected boolean hasFinal() {
    return true;
  }

  @Override
  protected void doFinal(Done callback) {
    try {
      if (channel.isConnected()) {
        channel.shutdownOutput();
      }
      callback.ok();
    } catch (IOException e) {
      callback.done(e);
    }
  }

  @Override
  protected void doDestroy(Throwable error, Done callback) {
    release();
    // uv_close: the close callback runs in the close phase of this iteration.
    loop().handles().deferClose(() -> callback.done(error));
  }

  private void release() {
    if (released) {
      return;
    }
    released = true;
    key.cancel();
    try {
      channel.close();
    } catch (IOException e) {
      // The descriptor is gone either way; nothing to report after destroy().
    }
    loop().handles().unref();
  }

  private void onReady() {
    if (!key.isValid()) {
      return;
    }
    if (connecting && key.isConnectable()) {
      finishConnect();
      return;
    }
    if (key.isValid() && key.isWritable() && pendingWrite != null) {
      flushPending();
    }
    if (key.isValid() && key.isReadable() && wantRead) {
      readOnce();
    }
  }

  private void finishConnect() {
    try {
      channel.finishConnect();
    } catch (IOException e) {
      connecting = false;
      destroy(e);
      return;
    }
    connecting = false;
    updateInterest();
    emit(CONNECT, null);
    if (pendingWrite != null) {
      flushPending();
    }
    read(0);
  }

  private void flushPending() {
    try {
      channel.write(pendingWrite);
    } catch (IOException e) {
      Done cb = pendingCallback;
      pendingWrite = null;
      pendingCallback = null;
      cb.done(e);
      return;
    }
    if (!pendingWrite.hasRemaining()) {
      Done cb = pendingCallback;
      pendingWrite = null;
      pendingCallback = null;
      updateInterest();
      cb.ok();
    }
  }

  private void readOnce() {
    ByteBuffer buf = ByteBuffer.allocate(READ_SIZE);
    int n;
    try {
      n = channel.read(buf);
    } catch (IOException e) {
      destroy(e);
      return;
    }
    if (n < 0) {
      wantRead = false;
      updateInterest();
      push(null);
      read(0); // net's onStreamRead: end the stream even without a consumer
    } else if (n > 0) {
      if (!push(Arrays.copyOf(buf.array(), n))) {
        wantRead = false;
        updateInterest();
      }
    }
  }

  private void updateInterest() {
    if (!key.isValid()) {
      return;
    }
    int ops;
    if (connecting) {
      ops = SelectionKey.OP_CONNECT;
    } else {
      ops =
          (wantRead ? SelectionKey.OP_READ : 0)
              | (pendingWrite != null ? SelectionKey.OP_WRITE : 0);
    }
    key.interestOps(ops);
  }
}

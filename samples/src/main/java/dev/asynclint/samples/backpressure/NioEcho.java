package dev.asynclint.samples.backpressure;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/** Echoing on a non-blocking channel: one write may send only part of the buffer. */
public final class NioEcho {
  private NioEcho() {}

  /** Bad: whatever the kernel did not take is lost. */
  static void echo(SocketChannel channel, ByteBuffer data) throws IOException {
    channel.write(data); // expect: PartialWriteIgnored
  }

  /** Good: keep writing; when the socket is full, wait for OP_WRITE. */
  static boolean echoFully(SocketChannel channel, ByteBuffer data, SelectionKey key)
      throws IOException {
    while (data.hasRemaining()) {
      if (channel.write(data) == 0) {
        key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
        return false;
      }
    }
    return true;
  }
}

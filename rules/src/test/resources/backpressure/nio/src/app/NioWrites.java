package app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.SocketChannel;

/** NIO channel writes that may be partial. */
public class NioWrites {
  void send(SocketChannel ch, ByteBuffer buf) throws IOException {
    ch.write(buf); // expect: PartialWriteIgnored
  }

  void sendAll(GatheringByteChannel ch, ByteBuffer[] bufs) throws IOException {
    ch.write(bufs); // expect: PartialWriteIgnored
  }

  // Negatives: looped on hasRemaining, count used.
  void sendFully(SocketChannel ch, ByteBuffer buf) throws IOException {
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
  }

  int sendCounted(SocketChannel ch, ByteBuffer buf) throws IOException {
    int n = ch.write(buf);
    return n;
  }

  boolean sendOnce(SocketChannel ch, ByteBuffer buf) throws IOException {
    return ch.write(buf) == buf.limit();
  }
}

package app;

import dev.asynclint.runtime.EventLoop;
import dev.asynclint.runtime.net.Socket;
import dev.asynclint.runtime.stream.Readable;
import dev.asynclint.runtime.stream.Writable;

/** Reference-runtime writes: loops and pumps with and without the write() signal. */
public class RuntimeWrites {
  private final EventLoop loop;
  private int sent;

  public RuntimeWrites(EventLoop loop) {
    this.loop = loop;
  }

  void flood(Socket socket, byte[] chunk) {
    for (int i = 0; i < 1000; i++) {
      socket.write(chunk); // expect: WriteIgnoresBackpressure "boolean result"
    }
  }

  void pump(Readable source, Writable sink) {
    source.on("data", chunk -> sink.write(chunk)); // expect: WriteIgnoresBackpressure "pump"
  }

  // Negatives: the result is consulted, a single write, pipe.
  void respectful(Socket socket, byte[] chunk) {
    while (sent < 1000) {
      sent++;
      if (!socket.write(chunk)) {
        socket.once("drain", () -> respectful(socket, chunk));
        return;
      }
    }
  }

  void single(Writable sink, byte[] chunk) {
    sink.write(chunk);
    sink.end();
  }

  void piped(Readable source, Writable sink) {
    source.pipe(sink);
    source.on("end", () -> sink.write("bye"));
  }
}

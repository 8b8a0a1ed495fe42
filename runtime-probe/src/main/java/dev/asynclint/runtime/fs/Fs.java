package dev.asynclint.runtime.fs;

import dev.asynclint.runtime.Callback;
import dev.asynclint.runtime.EventLoop;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Node's {@code fs}: the callback functions run the blocking call on the loop's thread pool and
 * call back in the poll phase; the {@code *Sync} functions block the caller — on the loop thread,
 * every other callback waits for them.
 */
public final class Fs {
  private final EventLoop loop;

  /** File functions whose pool work and callbacks belong to {@code loop}. */
  public Fs(EventLoop loop) {
    this.loop = loop;
  }

  // ---------------------------------------------------------------- blocking (*Sync)

  /** Reads a whole file, blocking the calling thread. */
  public byte[] readFileSync(String path) {
    return call("open", path, () -> Files.readAllBytes(Path.of(path)));
  }

  /** Replaces a file's content, blocking the calling thread. */
  public void writeFileSync(String path, byte[] data) {
    call("open", path, () -> Files.write(Path.of(path), data));
  }

  /** File metadata, blocking the calling thread. */
  public FileStat statSync(String path) {
    return call("stat", path, () -> stat(Path.of(path)));
  }

  /** Opens a file: flags "r" (read), "w" (truncate or create), "a" (append or create). */
  public FileHandle openSync(String path, String flags) {
    return call(
        "open", path, () -> new FileHandle(FileChannel.open(Path.of(path), options(flags)), path));
  }

  /** Closes a handle. */
  public void closeSync(FileHandle handle) {
    call(
        "close",
        handle.path,
        () -> {
          handle.channel.close();
          return null;
        });
  }

  /** Reads up to {@code length} bytes at the handle's position; returns the bytes read. */
  public byte[] readSync(FileHandle handle, int length) {
    return call("read", handle.path, () -> read(handle, length));
  }

  // ---------------------------------------------------------------- thread pool

  /** Reads a whole file on the thread pool. */
  public void readFile(String path, Callback<byte[]> callback) {
    queue("fs.readFile", "open", path, () -> Files.readAllBytes(Path.of(path)), callback);
  }

  /** Replaces a file's content on the thread pool. */
  public void writeFile(String path, byte[] data, Callback<Void> callback) {
    queue(
        "fs.writeFile",
        "open",
        path,
        () -> {
          Files.write(Path.of(path), data);
          return null;
        },
        callback);
  }

  /** File metadata on the thread pool. */
  public void stat(String path, Callback<FileStat> callback) {
    queue("fs.stat", "stat", path, () -> stat(Path.of(path)), callback);
  }

  /** Opens a file on the thread pool (see {@link #openSync} for flags). */
  public void open(String path, String flags, Callback<FileHandle> callback) {
    queue(
        "fs.open",
        "open",
        path,
        () -> new FileHandle(FileChannel.open(Path.of(path), options(flags)), path),
        callback);
  }

  /** Reads up to {@code length} bytes on the thread pool. */
  public void read(FileHandle handle, int length, Callback<byte[]> callback) {
    queue("fs.read", "read", handle.path, () -> read(handle, length), callback);
  }

  /** Closes a handle on the thread pool. */
  public void close(FileHandle handle, Callback<Void> callback) {
    queue(
        "fs.close",
        "close",
        handle.path,
        () -> {
          handle.channel.close();
          return null;
        },
        callback);
  }

  // ---------------------------------------------------------------- internals

  private interface IoCall<T> {
    T run() throws IOException;
  }

  private static <T> T call(String syscall, String path, IoCall<T> io) {
    try {
      return io.run();
    } catch (IOException e) {
      throw FsError.of(e, syscall, path);
    }
  }

  private <T> void queue(
      String name, String syscall, String path, IoCall<T> io, Callback<T> callback) {
    Callable<T> work = () -> call(syscall, path, io);
    loop.queueWork(name, work, callback);
  }

  private static FileStat stat(Path p) throws IOException {
    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, new LinkOption[0]);
    return new FileStat(
        a.size(), a.isRegularFile(), a.isDirectory(), a.lastModifiedTime().toMillis());
  }

  private static byte[] read(FileHandle handle, int length) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(length);
    int n = handle.channel.read(buf);
    return n <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf.array(), n);
  }

  private static Set<OpenOption> options(String flags) {
    return switch (flags) {
      case "r" -> Set.of(StandardOpenOption.READ);
      case "w" ->
          Set.of(
              StandardOpenOption.WRITE,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING);
      case "a" ->
          Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      default -> throw new IllegalArgumentException("unsupported flags: " + flags);
    };
  }
}

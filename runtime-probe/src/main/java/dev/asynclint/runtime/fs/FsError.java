package dev.asynclint.runtime.fs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A file-system error with Node's {@code code} (ENOENT, EACCES, ...), syscall and path. */
public final class FsError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final String syscall;
  private final String path;

  FsError(String code, String syscall, String path, Throwable cause) {
    super(code + ": " + syscall + " '" + path + "'", cause);
    this.code = code;
    this.syscall = syscall;
    this.path = path;
  }

  static FsError of(IOException e, String syscall, String path) {
    String code;
    if (e instanceof NoSuchFileException) {
      code = "ENOENT";
    } else if (e instanceof AccessDeniedException) {
      code = "EACCES";
    } else if (e instanceof FileAlreadyExistsException) {
      code = "EEXIST";
    } else if (e instanceof DirectoryNotEmptyException) {
      code = "ENOTEMPTY";
    } else if (e instanceof NotDirectoryException) {
      code = "ENOTDIR";
    } else {
      code = "EIO";
    }
    return new FsError(code, syscall, path, e);
  }

  /** Node's {@code err.code}, e.g. ENOENT. */
  public String code() {
    return code;
  }

  /** The failing system call, e.g. open. */
  public String syscall() {
    return syscall;
  }

  /** The path the call was about. */
  public String path() {
    return path;
  }
}

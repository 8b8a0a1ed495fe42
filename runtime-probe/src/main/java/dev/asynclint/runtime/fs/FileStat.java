package dev.asynclint.runtime.fs;

/**
 * The part of Node's {@code fs.Stats} programs use most.
 *
 * @param size size in bytes
 * @param isFile a regular file
 * @param isDirectory a directory
 * @param mtimeMs last modification, epoch milliseconds
 */
public record FileStat(long size, boolean isFile, boolean isDirectory, long mtimeMs) {}

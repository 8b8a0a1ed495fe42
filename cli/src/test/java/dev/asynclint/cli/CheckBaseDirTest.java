package dev.asynclint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --base-dir}: report paths, the default asynclint.json and output checks. */
class CheckBaseDirTest {
  private static final String SERVER =
      """
      package app;

      import io.vertx.core.Vertx;

      public class Server {
        Vertx vertx;

        void start() {
          vertx.setTimer(10, id -> Server.nap());
        }

        static void nap() {
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
      """;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static Path tree(Path root) throws Exception {
    Path file = root.resolve("src/app/Server.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, SERVER);
    return root;
  }

  @Test
  void reportPathsAreRelativeToTheBaseDir(@TempDir Path dir) throws Exception {
    Path root = tree(dir);
    CliRun r = run("check", "-q", "--base-dir", root.toString(), root.resolve("src").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().startsWith("src/app/Server.java:9:"), r.out());
  }

  @Test
  void theBaseDirsConfigurationIsTheDefault(@TempDir Path dir) throws Exception {
    Path root = tree(dir);
    Files.writeString(
        root.resolve("asynclint.json"), "{\"rules\": {\"BlockingCallOnEventLoop\": \"off\"}}");
    CliRun r = run("check", "-q", "--base-dir", root.toString(), root.toString());
    assertEquals(0, r.exit(), r.out() + r.err());
  }

  @Test
  void missingBaseDirIsAUsageError(@TempDir Path dir) {
    CliRun r = run("check", "--base-dir", dir.resolve("nope").toString(), dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("is not a folder"), r.err());
  }

  @Test
  void outputToAFolderIsAUsageError(@TempDir Path dir) throws Exception {
    Path root = tree(dir);
    CliRun r = run("check", "-q", "--output", root.toString(), root.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("is a folder"), r.err());
  }

  @Test
  void classpathFromTheConfigurationIsRelativeToIt(@TempDir Path dir) throws Exception {
    Path root = tree(dir);
    Files.createDirectories(root.resolve("conf"));
    Files.writeString(
        root.resolve("conf/asynclint.json"), "{\"classpath\": [\"../lib/missing.jar\"]}");
    CliRun r =
        run(
            "check",
            "-q",
            "--base-dir",
            root.toString(),
            "--config",
            "conf/asynclint.json",
            root.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.out().contains("classpath entry " + root.resolve("lib/missing.jar") + " skipped"),
        r.out());
  }
}

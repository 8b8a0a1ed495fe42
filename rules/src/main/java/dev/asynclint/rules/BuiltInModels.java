package dev.asynclint.rules;

import dev.asynclint.core.model.ApiModel;
import dev.asynclint.core.model.ModelEntries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The API models asynclint ships (DESIGN 5), plus the user's own files. */
public final class BuiltInModels {
  /** Model files on the classpath under {@code dev/asynclint/models/}, in load order. */
  public static final List<String> NAMES =
      List.of("jdk", "vertx", "netty", "reactor", "asynclint-runtime");

  private BuiltInModels() {}

  public static List<ModelEntries> builtIn() {
    var entries = new ArrayList<ModelEntries>();
    for (String name : NAMES) {
      String resource = "/dev/asynclint/models/" + name + ".json";
      try (InputStream in = BuiltInModels.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("built-in model " + resource + " is missing");
        }
        entries.add(ApiModel.parse(in, resource));
      } catch (IOException e) {
        throw new UncheckedIOException("built-in model " + resource + " is broken", e);
      }
    }
    return entries;
  }

  /** Built-in models plus user files; a broken user file is an {@link IOException} naming it. */
  public static ApiModel load(List<Path> userModels) throws IOException {
    var entries = new ArrayList<>(builtIn());
    for (Path p : userModels) {
      try (InputStream in = Files.newInputStream(p)) {
        entries.add(ApiModel.parse(in, p.toString()));
      }
    }
    return ApiModel.of(entries);
  }
}

package app;

import java.util.List;

public class Service {
  private final Repository repo;

  public Service(Repository repo) {
    this.repo = repo;
  }

  public String describe(String id) {
    return format(repo.load(id));
  }

  public void describeAll(List<String> ids) {
    ids.forEach(id -> describe(id));
  }

  /** Recursion: the fixpoint must terminate and still find the chain. */
  public int depth(int n) {
    return n <= 0 ? repo.load("x").length() : depth(n - 1);
  }

  private static String format(String s) {
    return "[" + s + "]";
  }
}

package app;

/** Implementations are found by class-hierarchy analysis. */
public interface Repository {
  String load(String id);
}

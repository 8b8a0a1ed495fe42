package app;

import java.util.HashMap;
import java.util.Map;

public class MemoryRepository implements Repository {
  private final Map<String, String> data = new HashMap<>();

  @Override
  public String load(String id) {
    return data.get(id);
  }
}

package dev.asynclint.samples.vertx;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Business logic over {@link UserDao}; {@code describe} blocks through the DAO. */
public class UserService {
  private final UserDao dao;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  public UserService(UserDao dao) {
    this.dao = dao;
  }

  public String describe(String id) {
    try {
      return "{\"name\":\"" + dao.load(id) + "\"}";
    } catch (SQLException e) {
      return "{\"error\":\"" + e.getMessage() + "\"}";
    }
  }

  public String report() {
    try {
      return "{\"users\":" + dao.count() + "}";
    } catch (SQLException e) {
      return "{\"error\":\"" + e.getMessage() + "\"}";
    }
  }

  /** Look-alikes of blocking calls: a map lookup and an Optional, both instant. */
  public String cached(String id) {
    String hit = cache.get(id);
    return Optional.ofNullable(hit).map(h -> h).orElseGet(() -> Optional.of("miss").get());
  }

  /** A project method that happens to be called sleep: it does not block. */
  public void sleep(int millis) {
    cache.put("sleep", Integer.toString(millis));
  }

  /** A project method that happens to be called join: it does not block. */
  public String join(String a, String b) {
    return a + b;
  }
}

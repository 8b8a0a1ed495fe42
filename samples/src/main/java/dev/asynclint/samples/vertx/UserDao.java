package dev.asynclint.samples.vertx;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC data access: every method blocks its thread until the database answers. */
public class UserDao {
  private final String url;

  public UserDao(String url) {
    this.url = url;
  }

  public String load(String id) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      ResultSet rs = st.executeQuery("select name from users where id = '" + id + "'");
      return rs.next() ? rs.getString(1) : "unknown";
    }
  }

  public int count() throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      ResultSet rs = st.executeQuery("select count(*) from users");
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}

package dev.asynclint.samples.gate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC: each call holds its thread until the database answers. */
public class OrderRepository {
  private final String url;

  public OrderRepository(String url) {
    this.url = url;
  }

  public int countOpen() throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      ResultSet rs = st.executeQuery("select count(*) from orders where open");
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}

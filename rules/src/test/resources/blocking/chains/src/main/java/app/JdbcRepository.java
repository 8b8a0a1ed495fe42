package app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

public class JdbcRepository implements Repository {
  private final DataSource ds;

  public JdbcRepository(DataSource ds) {
    this.ds = ds;
  }

  @Override
  public String load(String id) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("select 1")) {
      ps.setString(1, id);
      return ps.executeQuery().toString();
    } catch (SQLException e) {
      return "";
    }
  }
}

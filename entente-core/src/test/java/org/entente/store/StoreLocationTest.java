package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreLocationTest {

  @Test
  void turnsAPostgresqlUrlIntoJdbcWithCredentials() {
    StoreLocation.Server server = new StoreLocation.Server("postgresql://ent:s%40cret@db.local:5433/entente?sslmode=disable");
    assertThat(server.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.local:5433/entente?user=ent&password=s@cret&sslmode=disable");
    assertThat(server.describe()).doesNotContain("s@cret");
  }

  @Test
  void passesJdbcUrlsThrough() {
    assertThat(new StoreLocation.Server("jdbc:postgresql://localhost/e").jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost/e");
  }

  @Test
  void refusesWhatIsNotADatabaseUrl() {
    assertThatThrownBy(() -> new StoreLocation.Server("mysql://x"))
        .hasMessageContaining("expected a database URL");
    assertThatThrownBy(() -> new StoreLocation.Server("postgresql://hostonly").jdbcUrl())
        .hasMessageContaining("postgresql://user:password@host:port/database");
  }
}

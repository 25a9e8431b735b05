package vn.edu2030.common;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.duckdb.DuckDBConnection;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema migrations apply to an empty DuckDB file and are idempotent. */
class FlywayMigrationTests {

	@Test
	void migratingTwiceChangesNothingTheSecondTime(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("w.duckdb");
		try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file)) {
			MigrateResult first = Warehouse.migrate(c);
			assertThat(first.success).isTrue();
			assertThat(first.migrationsExecuted).isGreaterThan(0);
			String warehouseId = single(c, "select warehouse_id from etl_warehouse");

			MigrateResult second = Warehouse.migrate(c);
			assertThat(second.success).isTrue();
			assertThat(second.migrationsExecuted).isZero();
			assertThat(single(c, "select count(*) from etl_warehouse")).isEqualTo("1");
			assertThat(single(c, "select warehouse_id from etl_warehouse")).isEqualTo(warehouseId);
			assertThat(single(c, "select count(*) from flyway_schema_history where not success")).isEqualTo("0");
		}
		// Reopening the file (a later process) also finds nothing to do.
		try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file)) {
			assertThat(Warehouse.migrate(c).migrationsExecuted).isZero();
			assertThat(single(c, "select count(*) from dim_school_year")).isEqualTo("51");
			assertThat(single(c, "select count(*) from information_schema.tables where table_name = 'v_target_issue'"))
				.isEqualTo("1");
		}
	}

	private static String single(DuckDBConnection c, String sql) throws Exception {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}

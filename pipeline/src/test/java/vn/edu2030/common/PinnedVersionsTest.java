package vn.edu2030.common;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

import org.flywaydb.core.internal.license.VersionPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.SpringBatchVersion;
import org.springframework.boot.SpringBootVersion;

import static org.assertj.core.api.Assertions.assertThat;

/** The versions pinned in the pom are the ones on the classpath at run time. */
class PinnedVersionsTest {

	static Properties pinned = new Properties();

	@BeforeAll
	static void load() throws Exception {
		try (InputStream in = PinnedVersionsTest.class.getResourceAsStream("/pinned-versions.properties")) {
			pinned.load(in);
		}
	}

	@Test
	void springBootAndBatch() {
		assertThat(SpringBootVersion.getVersion()).isEqualTo(pinned.getProperty("spring-boot")).isEqualTo("4.0.7");
		assertThat(SpringBatchVersion.getVersion()).isEqualTo(pinned.getProperty("spring-batch")).isEqualTo("6.0.4");
	}

	@Test
	void duckdbDriver(@TempDir Path dir) throws Exception {
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("v.duckdb"));
				var rs = c.createStatement().executeQuery("select library_version from pragma_version()")) {
			rs.next();
			// duckdb_jdbc 2.0.0.1 carries the DuckDB 2.0.0 engine.
			assertThat("v" + pinned.getProperty("duckdb")).startsWith(rs.getString(1));
		}
		assertThat(jarOf(org.duckdb.DuckDBDriver.class)).contains("duckdb_jdbc-" + pinned.getProperty("duckdb"));
	}

	@Test
	void flywayAndItsDuckdbSupport() {
		assertThat(VersionPrinter.getVersion()).isEqualTo(pinned.getProperty("flyway"));
		// The DuckDB support jar has no version in its manifest: read it from the jar's
		// name.
		assertThat(jarOf(org.flywaydb.community.database.duckdb.DuckDBDatabaseType.class))
			.contains("flyway-database-duckdb-" + pinned.getProperty("flyway-duckdb"));
	}

	@Test
	void h2JobRepository() throws Exception {
		try (Connection c = DriverManager.getConnection("jdbc:h2:mem:pinned")) {
			assertThat(c.getMetaData().getDriverVersion()).startsWith(pinned.getProperty("h2"));
		}
	}

	private static String jarOf(Class<?> type) {
		return type.getProtectionDomain().getCodeSource().getLocation().toString();
	}

}

package vn.edu2030.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DuckDB warehouse file. DuckDB allows one writing process, so this process opens the
 * file once, lazily, migrates it with Flyway (schema from {@code sql/migration}) and
 * hands out duplicates of that connection. {@link #publish()} checkpoints, copies the
 * file next to the published copy and renames it into place, so analysts never see a
 * half-written file.
 */
public class Warehouse implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Warehouse.class);

	public static final String MIGRATIONS = "classpath:sql/migration";

	private final Edu2030Properties properties;

	private DuckDBConnection root;

	private MigrateResult lastMigration;

	private boolean schemaChanged;

	private boolean reopening;

	public Warehouse(Edu2030Properties properties) {
		this.properties = properties;
	}

	public Path file() {
		return properties.warehouseFile();
	}

	/** A new connection to the warehouse (auto-commit on); close it after use. */
	public synchronized Connection connect() throws SQLException {
		if (root == null) {
			open();
		}
		return root.duplicate();
	}

	private void open() throws SQLException {
		Path file = file();
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new SQLException("cannot create warehouse folder for " + file + ": " + ex.getMessage(), ex);
		}
		try {
			root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
		}
		catch (SQLException ex) {
			throw new SQLException("cannot open warehouse " + file + " for writing (is another nightly run"
					+ " or a tool holding it open? analysts should read published/edu2030.duckdb): " + ex.getMessage(),
					ex);
		}
		if (reopening) {
			// reopen(): the file was held by this process all along, nothing to migrate
			reopening = false;
			return;
		}
		lastMigration = migrate(root);
		schemaChanged |= lastMigration.migrationsExecuted > 0;
	}

	/**
	 * Applies pending migrations and the changed repeatable views on this connection's
	 * database.
	 */
	public static MigrateResult migrate(DuckDBConnection connection) throws SQLException {
		var dataSource = new DuplicatingDataSource(connection);
		MigrateResult result = Flyway.configure()
			.dataSource(dataSource)
			.locations(MIGRATIONS)
			.validateMigrationNaming(true)
			.load()
			.migrate();
		if (result.migrationsExecuted > 0) {
			log.info("warehouse schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
					result.migrationsExecuted);
		}
		return result;
	}

	/**
	 * True when migrations ran in this process since the last {@link #publish()}: the
	 * analysts' copy lacks them.
	 */
	public synchronized boolean schemaChangedSincePublish() {
		return schemaChanged;
	}

	public MigrateResult lastMigration() {
		return lastMigration;
	}

	/**
	 * Checkpoints and closes the database, to be opened again by the next
	 * {@link #connect()}. After a large load DuckDB reads the new data much faster from
	 * its compressed storage than from what the load left in memory (a projection query
	 * took 11 s instead of 3 s at national scale). Connections still open keep the old
	 * instance alive, so this is only done when none is.
	 */
	public synchronized void reopen() throws SQLException {
		if (root == null) {
			return;
		}
		try (Statement s = root.createStatement()) {
			s.execute("CHECKPOINT");
		}
		root.close();
		root = null;
		reopening = true;
	}

	/**
	 * Writes the analyst copy: checkpoint, copy to a temporary file in the published
	 * folder, then an atomic rename over the previous copy. Readers holding the old copy
	 * open keep reading it.
	 */
	public synchronized Path publish() throws SQLException, IOException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("CHECKPOINT");
		}
		Path target = properties.publishedFile();
		Files.createDirectories(target.getParent());
		Path temp = target.resolveSibling(".edu2030.duckdb.publishing");
		Files.deleteIfExists(temp);
		// After the checkpoint the file holds every committed change and nothing is
		// writing to it:
		// a plain copy is a consistent snapshot.
		Files.copy(file(), temp);
		Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		schemaChanged = false;
		log.info("published {}", target);
		return target;
	}

	/**
	 * Opens a DuckDB file read-only: writes through this connection are refused by
	 * DuckDB.
	 */
	public static Connection openReadOnly(Path file) throws SQLException {
		if (!Files.exists(file)) {
			throw new SQLException("no warehouse at " + file + " (run 'edu2030 nightly' first)");
		}
		Properties props = new Properties();
		props.setProperty("duckdb.read_only", "true");
		return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
	}

	@Override
	public synchronized void close() {
		if (root != null) {
			try (Statement s = root.createStatement()) {
				s.execute("CHECKPOINT");
			}
			catch (SQLException ex) {
				log.warn("checkpoint on close failed: {}", ex.getMessage());
			}
			try {
				root.close();
			}
			catch (SQLException ex) {
				log.warn("closing warehouse failed: {}", ex.getMessage());
			}
			root = null;
		}
	}

}

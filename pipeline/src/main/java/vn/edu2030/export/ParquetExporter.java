package vn.edu2030.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the star schema of the warehouse as zstd Parquet into a release folder, one
 * folder per table or view, with DuckDB's {@code COPY … TO}. What is exported is found in
 * {@code information_schema}, so a new table or view is exported without a code change:
 * every {@code dim_*}, {@code bridge_*}, {@code fct_*} and {@code v_*} table or view, and
 * the audit tables analysts need ({@code etl_*} except {@link #EXCLUDED}). A table or
 * view with a {@code school_year} column is partitioned by it, Hive-style
 * ({@code school_year=2024/}); any other is one file, and so is a dimension: it is small,
 * and {@code dim_school_year}'s key must stay a column of its file for the BI tools that
 * join on it without reading folder names (Power BI).
 */
public final class ParquetExporter {

	/** Names that are exported (then minus {@link #EXCLUDED}). */
	static final Pattern EXPORTED = Pattern.compile("(dim|bridge|fct|v|etl)_[a-z0-9_]+");

	/**
	 * Audit tables that stay in the warehouse: its identity, the run log and the check
	 * results (in the job repository and {@code edu2030 status}), the data-quality flags
	 * (recomputed every ingest). {@code etl_file} and {@code etl_rejected_row} are
	 * exported.
	 */
	static final Set<String> EXCLUDED = Set.of("etl_warehouse", "etl_load", "etl_check_result", "etl_dq_flag");

	static final String PARTITION_COLUMN = "school_year";

	/**
	 * The name of the one file of an unpartitioned table, as DuckDB names partition
	 * files.
	 */
	static final String SINGLE_FILE = "data_0.parquet";

	/** A table or view to export. */
	record Source(String name, String kind) {

	}

	/**
	 * Exports every table and view into {@code folder} (which exists and is empty) and
	 * writes {@code manifest.json} last. Run it in one transaction: every table is then
	 * read from the same state of the warehouse.
	 */
	public Manifest export(Connection c, Path folder, String runId, Instant createdAt, long loadId)
			throws SQLException, IOException {
		List<Manifest.Table> tables = new ArrayList<>();
		for (Source source : sources(c)) {
			tables.add(export(c, folder, source));
		}
		Manifest manifest = new Manifest(1, runId, createdAt.toString(), loadId, warehouseId(c), schemaVersion(c),
				sourceFiles(c), tables);
		ManifestJson.write(manifest, folder.resolve(ManifestJson.FILE_NAME));
		return manifest;
	}

	/** The tables and views to export, by name. */
	static List<Source> sources(Connection c) throws SQLException {
		List<Source> sources = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select table_name, table_type from information_schema.tables
				where table_catalog = current_database() and table_schema = current_schema()
				order by table_name""")) {
			while (rs.next()) {
				String name = rs.getString(1);
				if (EXPORTED.matcher(name).matches() && !EXCLUDED.contains(name)) {
					sources.add(new Source(name, rs.getString(2).equals("VIEW") ? "view" : "table"));
				}
			}
		}
		return sources;
	}

	private Manifest.Table export(Connection c, Path folder, Source source) throws SQLException, IOException {
		List<Manifest.Column> columns = columns(c, source.name());
		boolean partitioned = !source.name().startsWith("dim_")
				&& columns.stream().anyMatch(col -> col.name().equals(PARTITION_COLUMN));
		Path target = folder.resolve(source.name());
		long rows;
		List<String> partitionBy = List.of();
		if (partitioned) {
			rows = copy(c, source.name(), target, "PARTITION_BY (" + PARTITION_COLUMN + ")");
			partitionBy = List.of(PARTITION_COLUMN);
			if (rows == 0) {
				// A partitioned COPY of no rows writes no file; one empty file keeps the
				// schema readable.
				partitionBy = List.of();
				rows = copy(c, source.name(), target.resolve(SINGLE_FILE), null);
			}
		}
		else {
			Files.createDirectories(target);
			rows = copy(c, source.name(), target.resolve(SINGLE_FILE), null);
		}
		List<Manifest.DataFile> files = dataFiles(c, folder, target);
		long fileRows = files.stream().mapToLong(Manifest.DataFile::rows).sum();
		if (fileRows != rows) {
			throw new IllegalStateException(
					source.name() + ": " + rows + " rows copied but the Parquet files hold " + fileRows);
		}
		return new Manifest.Table(source.name(), source.kind(), rows, partitionBy, columns, files);
	}

	private static long copy(Connection c, String table, Path target, String partitionBy) throws SQLException {
		String sql = "COPY (SELECT * FROM " + identifier(table) + ") TO " + literal(target.toAbsolutePath().toString())
				+ " (FORMAT parquet, COMPRESSION zstd" + (partitionBy == null ? "" : ", " + partitionBy) + ")";
		try (Statement s = c.createStatement()) {
			s.execute(sql);
			return s.getUpdateCount();
		}
	}

	static List<Manifest.Column> columns(Connection c, String table) throws SQLException {
		List<Manifest.Column> columns = new ArrayList<>();
		try (PreparedStatement p = c.prepareStatement("""
				select column_name, data_type from information_schema.columns
				where table_catalog = current_database() and table_schema = current_schema() and table_name = ?
				order by ordinal_position""")) {
			p.setString(1, table);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					columns.add(new Manifest.Column(rs.getString(1), rs.getString(2)));
				}
			}
		}
		return columns;
	}

	/** The Parquet files under a table's folder, with their rows (from their footers). */
	private static List<Manifest.DataFile> dataFiles(Connection c, Path release, Path tableFolder)
			throws SQLException, IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(tableFolder)) {
			paths = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".parquet"))
				.sorted()
				.toList();
		}
		Map<String, Long> rows = new HashMap<>();
		String list = paths.stream()
			.map(p -> literal(p.toAbsolutePath().toString()))
			.collect(Collectors.joining(", ", "[", "]"));
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select file_name, num_rows from parquet_file_metadata(" + list + ")")) {
			while (rs.next()) {
				rows.put(rs.getString(1), rs.getLong(2));
			}
		}
		List<Manifest.DataFile> files = new ArrayList<>();
		for (Path p : paths) {
			Long n = rows.get(p.toAbsolutePath().toString());
			if (n == null) {
				throw new IllegalStateException("no Parquet footer read for " + p);
			}
			String relative = release.relativize(p).toString().replace('\\', '/');
			files.add(new Manifest.DataFile(relative, n, Files.size(p)));
		}
		return files;
	}

	private static String warehouseId(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select warehouse_id from etl_warehouse")) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	/** Flyway's current version: the last versioned migration applied. */
	static String schemaVersion(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select version from flyway_schema_history
				where success and version is not null
				order by installed_rank desc limit 1""")) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	private static List<Manifest.SourceFile> sourceFiles(Connection c) throws SQLException {
		List<Manifest.SourceFile> files = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select file_name, feed, file_sha256, status from etl_file order by feed, file_name, file_id")) {
			while (rs.next()) {
				files.add(new Manifest.SourceFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
			}
		}
		return files;
	}

	static String identifier(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}

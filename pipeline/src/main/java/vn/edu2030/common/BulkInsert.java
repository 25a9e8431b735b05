package vn.edu2030.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk insert into one warehouse table: rows are streamed to a temporary CSV file, then
 * loaded with DuckDB's {@code read_csv} in the caller's transaction. As fast as the
 * Appender for our volumes and without its traps (errors hidden by close, auto-commit
 * inside a manual transaction, and values corrupted under memory pressure that we saw
 * with duckdb_jdbc 2.0.0.1: a restarted run failed a CHECK constraint with valid rows).
 */
public final class BulkInsert implements AutoCloseable {

	private final Connection connection;

	private final String table;

	private final Path file;

	private final BufferedWriter out;

	private final List<String> columns = new ArrayList<>();

	private final List<String> types = new ArrayList<>();

	private int column;

	private long rows;

	public BulkInsert(Connection connection, String table, Path folder) throws SQLException {
		this.connection = connection;
		this.table = table;
		try (PreparedStatement p = connection.prepareStatement("select column_name, data_type from "
				+ "information_schema.columns where table_name = ? order by ordinal_position")) {
			p.setString(1, table);
			try (ResultSet rs = p.executeQuery()) {
				while (rs.next()) {
					columns.add(rs.getString(1));
					types.add(rs.getString(2));
				}
			}
		}
		try {
			Files.createDirectories(folder);
			this.file = Files.createTempFile(folder, table + "-", ".csv");
			this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public BulkInsert beginRow() {
		column = 0;
		return this;
	}

	public BulkInsert append(String value) {
		return cell(value == null ? "" : quote(value));
	}

	public BulkInsert append(long value) {
		return cell(Long.toString(value));
	}

	public BulkInsert append(double value) {
		return cell(Double.isFinite(value) ? Double.toString(value) : "");
	}

	public BulkInsert appendNull() {
		return cell("");
	}

	public BulkInsert endRow() {
		if (column != columns.size()) {
			throw new IllegalStateException(
					table + ": row " + (rows + 1) + " has " + column + " values for " + columns.size() + " columns");
		}
		write("\n");
		rows++;
		return this;
	}

	/** Loads the rows written so far; returns how many the table received. */
	public long load() throws SQLException {
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		StringBuilder spec = new StringBuilder();
		for (int i = 0; i < columns.size(); i++) {
			spec.append(i == 0 ? "" : ", ")
				.append('\'')
				.append(columns.get(i))
				.append("': '")
				.append(types.get(i))
				.append('\'');
		}
		try (Statement s = connection.createStatement()) {
			return s.executeUpdate("insert into " + table + " select * from read_csv('"
					+ file.toAbsolutePath().toString().replace("'", "''")
					+ "', header = false, delim = ',', quote = '\"', escape = '\"', nullstr = '', columns = {" + spec
					+ "})");
		}
	}

	private BulkInsert cell(String text) {
		write(column == 0 ? text : "," + text);
		column++;
		return this;
	}

	private void write(String text) {
		try {
			out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String quote(String text) {
		// Empty strings must stay distinct from NULL: quote them, and anything with a
		// separator.
		if (!text.isEmpty() && text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0
				&& text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	@Override
	public void close() throws IOException {
		try {
			out.close();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}

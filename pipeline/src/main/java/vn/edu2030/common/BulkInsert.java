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

	private Rows current;

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
		this.current = newRows();
	}

	public BulkInsert beginRow() {
		current.beginRow();
		return this;
	}

	public BulkInsert append(String value) {
		current.append(value);
		return this;
	}

	public BulkInsert append(long value) {
		current.append(value);
		return this;
	}

	public BulkInsert append(double value) {
		current.append(value);
		return this;
	}

	public BulkInsert appendNull() {
		current.appendNull();
		return this;
	}

	public BulkInsert endRow() {
		current.endRow();
		if (current.text.length() >= 1 << 16) {
			add(current);
			current = newRows();
		}
		return this;
	}

	/**
	 * An empty buffer of rows for this table, to fill on another thread and
	 * {@link #add(Rows) add} here.
	 */
	public Rows newRows() {
		return new Rows(table, columns.size());
	}

	/** Writes the complete rows of a buffer (in the order added). */
	public BulkInsert add(Rows buffer) {
		try {
			out.append(buffer.text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		rows += buffer.count;
		buffer.text.setLength(0);
		buffer.count = 0;
		return this;
	}

	/** Loads the rows written so far; returns how many the table received. */
	public long load() throws SQLException {
		add(current);
		current = newRows();
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (rows == 0) {
			// read_csv cannot tell the shape of an empty file
			return 0;
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
					+ "', header = false, delim = ',', quote = '\"', escape = '\"', nullstr = '', allow_quoted_nulls = false, columns = {"
					+ spec + "})");
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

	/**
	 * Rows of one table formatted as CSV in memory: not thread-safe, but each thread can
	 * fill its own.
	 */
	public static final class Rows {

		private final String table;

		private final int width;

		private final StringBuilder text = new StringBuilder(1 << 12);

		private int column;

		private long count;

		Rows(String table, int width) {
			this.table = table;
			this.width = width;
		}

		public Rows beginRow() {
			column = 0;
			return this;
		}

		public Rows append(String value) {
			return cell(value == null ? "" : quote(value));
		}

		public Rows append(long value) {
			return cell(Long.toString(value));
		}

		public Rows append(double value) {
			return cell(Double.isFinite(value) ? Double.toString(value) : "");
		}

		public Rows appendNull() {
			return cell("");
		}

		public Rows endRow() {
			if (column != width) {
				throw new IllegalStateException(
						table + ": row " + (count + 1) + " has " + column + " values for " + width + " columns");
			}
			text.append('\n');
			count++;
			return this;
		}

		public long count() {
			return count;
		}

		private Rows cell(String value) {
			if (column > 0) {
				text.append(',');
			}
			text.append(value);
			column++;
			return this;
		}

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

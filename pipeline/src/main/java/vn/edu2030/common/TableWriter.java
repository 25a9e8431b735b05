package vn.edu2030.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;

/**
 * Writes rows into one warehouse table with a batched insert. Used for the small
 * reference tables; bulk fact loads use DuckDB's Appender or read_csv instead.
 */
public final class TableWriter implements AutoCloseable {

	private final PreparedStatement insert;

	private final int width;

	private final String table;

	private long rows;

	private TableWriter(Connection connection, String table, String... columns) throws SQLException {
		this.table = table;
		this.width = columns.length;
		String placeholders = String.join(", ", Collections.nCopies(columns.length, "?"));
		this.insert = connection.prepareStatement(
				"insert into " + table + " (" + String.join(", ", columns) + ") values (" + placeholders + ")");
	}

	/**
	 * Empties the table, then returns a writer for it (call inside the caller's
	 * transaction).
	 */
	public static TableWriter replacing(Connection connection, String table, String... columns) throws SQLException {
		return replacingWhere(connection, table, "true", columns);
	}

	/** Deletes the rows matching the condition, then returns a writer for the table. */
	public static TableWriter replacingWhere(Connection connection, String table, String condition, String... columns)
			throws SQLException {
		try (Statement s = connection.createStatement()) {
			s.execute("delete from " + table + " where " + condition);
		}
		return new TableWriter(connection, table, columns);
	}

	public void row(Object... values) throws SQLException {
		if (values.length != width) {
			throw new IllegalArgumentException(table + ": " + values.length + " values for " + width + " columns");
		}
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v instanceof java.time.LocalDate date) {
				insert.setObject(i + 1, java.sql.Date.valueOf(date));
			}
			else {
				insert.setObject(i + 1, v);
			}
		}
		insert.addBatch();
		rows++;
		if (rows % 1000 == 0) {
			insert.executeBatch();
		}
	}

	public long rows() {
		return rows;
	}

	@Override
	public void close() throws SQLException {
		try {
			insert.executeBatch();
		}
		finally {
			insert.close();
		}
	}

}

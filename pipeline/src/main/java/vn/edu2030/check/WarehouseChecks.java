package vn.edu2030.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The warehouse's data tests: every {@code sql/tests/assert_*.sql} is a query that
 * returns no rows when its rule holds (unique keys, relationships, weights summing to 1,
 * …). Run by the pipeline after each load and by the test suite.
 */
public final class WarehouseChecks {

	/** Outcome of one check: its name, how many rows broke it and the first of them. */
	public record CheckResult(String name, long violations, String sample) {

		public boolean passed() {
			return violations == 0;
		}

	}

	private static final int SAMPLE_ROWS = 5;

	public static List<Resource> checks() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:sql/tests/assert_*.sql");
		return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
	}

	public static List<CheckResult> runAll(Connection connection) throws IOException, SQLException {
		List<CheckResult> results = new ArrayList<>();
		for (Resource check : checks()) {
			results.add(run(connection, check));
		}
		return results;
	}

	static CheckResult run(Connection connection, Resource check) throws IOException, SQLException {
		String name = check.getFilename().replaceFirst("\\.sql$", "");
		String sql = check.getContentAsString(StandardCharsets.UTF_8).strip().replaceFirst(";\\s*$", "");
		long count = 0;
		StringBuilder sample = new StringBuilder();
		try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				if (count < SAMPLE_ROWS) {
					sample.append(count == 0 ? "" : " | ");
					for (int i = 1; i <= columns; i++) {
						sample.append(i == 1 ? "" : ", ")
							.append(rs.getMetaData().getColumnLabel(i))
							.append('=')
							.append(rs.getString(i));
					}
				}
				count++;
			}
		}
		catch (SQLException ex) {
			throw new SQLException("check " + name + " could not run: " + ex.getMessage(), ex);
		}
		return new CheckResult(name, count, sample.isEmpty() ? null : sample.toString());
	}

	/** Stores the results of one run in {@code etl_check_result}. */
	public static void record(Connection connection, long loadId, List<CheckResult> results) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"insert or replace into etl_check_result (load_id, check_name, violations, sample, checked_at) "
						+ "values (?, ?, ?, ?, current_timestamp)")) {
			for (CheckResult r : results) {
				insert.setLong(1, loadId);
				insert.setString(2, r.name());
				insert.setLong(3, r.violations());
				insert.setString(4, r.sample());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}

package vn.edu2030.generate.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes a Parquet copy of a merged-feed CSV with DuckDB (already the warehouse engine),
 * streaming: DuckDB reads the CSV and writes row groups without loading the file.
 */
public final class ParquetCopy {

	private ParquetCopy() {
	}

	public static void copy(Path csv, Path parquet, Path tempDir) throws SQLException {
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
			s.execute("set threads = 2");
			s.execute("set memory_limit = '256MB'");
			s.execute("set preserve_insertion_order = true");
			s.execute("set temp_directory = " + literal(tempDir.toAbsolutePath().toString()));
			s.execute("copy (select * from read_csv(" + literal(csv.toAbsolutePath().toString())
					+ ", header = true, delim = ',', quote = '\"', columns = {'school_year': 'VARCHAR',"
					+ " 'commune_code': 'VARCHAR', 'school_code': 'VARCHAR', 'school_name': 'VARCHAR',"
					+ " 'school_level': 'VARCHAR', 'ownership': 'VARCHAR', 'indicator_code': 'VARCHAR',"
					+ " 'disaggregation': 'VARCHAR', 'component': 'VARCHAR', 'amount': 'BIGINT'})) to "
					+ literal(parquet.toAbsolutePath().toString()) + " (format parquet, compression zstd)");
		}
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}

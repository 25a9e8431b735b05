package vn.edu2030.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.edu2030.common.CsvReader;
import vn.edu2030.common.SchoolYear;
import vn.edu2030.ingest.Delivery;
import vn.edu2030.ingest.FeedReader;

/**
 * Feed 3, the merged province from SY 2025-2026: one row per school × indicator component
 * (commune rows for population denominators), CSV or Parquet. A Parquet delivery is first
 * turned into CSV by DuckDB so that both formats go through the same checks; its rows are
 * numbered from 1.
 */
public final class MergedProvinceReader implements FeedReader {

	static final List<String> COLUMNS = List.of("school_year", "commune_code", "school_code", "school_name",
			"school_level", "ownership", "indicator_code", "disaggregation", "component", "amount");

	static final Set<String> COMPONENTS = Set.of("numerator", "denominator", "value");

	static final Set<String> LEVELS = Set.of("preschool", "primary", "lower_secondary", "primary_lower_secondary",
			"upper_secondary", "multi_level");

	@Override
	public void read(Delivery delivery, ReferenceLookups lookups, Staging staging) throws IOException {
		Path csvFile = delivery.path();
		boolean parquet = delivery.extension().equals("parquet");
		if (parquet) {
			csvFile = staging.file("delivery-from-parquet.csv");
			parquetToCsv(delivery.path(), csvFile, delivery.fileName());
		}
		else {
			CsvFeedSupport.requireCompleteLastLine(csvFile);
		}
		try (InputStream in = Files.newInputStream(csvFile);
				CsvReader csv = new CsvReader(in, ',', delivery.fileName())) {
			Map<String, Integer> col = CsvFeedSupport.columns(csv.next(), COLUMNS, delivery.fileName());
			int width = col.size();
			SchoolYearCheck schoolYears = new SchoolYearCheck(delivery.schoolYear());
			CsvReader.Row row;
			while ((row = csv.next()) != null) {
				long line = parquet ? row.line() - 1 : row.line();
				long record = staging.record(line, (parquet ? "row " : "line ") + line, row.raw());
				if (row.size() != width) {
					staging.reject(record, line, null, "wrong_shape", row.size() + " fields, the header has " + width);
					continue;
				}
				String indicator = lookups.indicator(row.get(col.get("indicator_code")));
				if (indicator == null) {
					staging.reject(record, line, null, "unknown_indicator",
							ReferenceLookups.unknownIndicator(row.get(col.get("indicator_code"))));
					continue;
				}
				if (!schoolYears.accepts(row.get(col.get("school_year")), staging, record, line, indicator)) {
					continue;
				}
				SchoolYear year = delivery.schoolYear();
				ReferenceLookups.Match commune = lookups.newCommuneByCode(row.get(col.get("commune_code")));
				if (commune.unitKey() == null) {
					staging.reject(record, line, indicator, "unknown_unit", commune.problem());
					continue;
				}
				String unitKey = commune.unitKey();
				String schoolCode = row.get(col.get("school_code")).strip();
				if (!schoolCode.isEmpty()) {
					String level = row.get(col.get("school_level")).strip();
					String ownership = row.get(col.get("ownership")).strip();
					if (!LEVELS.contains(level) || !(ownership.equals("public") || ownership.equals("private"))) {
						staging.reject(record, line, indicator, "unknown_school_type",
								"school level '" + level + "' / ownership '" + ownership + "' not recognised");
						continue;
					}
					unitKey = "school-" + schoolCode;
					staging.school(record, schoolCode, row.get(col.get("school_name")), commune.unitKey(), level,
							ownership);
				}
				String disaggregation = lookups.disaggregation(row.get(col.get("disaggregation")));
				if (disaggregation == null) {
					staging.reject(record, line, indicator, "unknown_disaggregation",
							ReferenceLookups.unknownDisaggregation(row.get(col.get("disaggregation"))));
					continue;
				}
				String component = row.get(col.get("component")).strip();
				if (!COMPONENTS.contains(component)) {
					staging.reject(record, line, indicator, "unknown_component",
							"component '" + component + "' is not numerator, denominator or value");
					continue;
				}
				try {
					double amount = NumberParser.plain(row.get(col.get("amount")));
					staging.component(record, line, unitKey, year.startYear(), indicator, disaggregation, component,
							amount);
				}
				catch (NumberParser.BadNumber ex) {
					staging.reject(record, line, indicator, "unparseable_number", "amount: " + ex.getMessage());
				}
			}
		}
		catch (CsvReader.CsvFormatException ex) {
			throw new DeliveryRefusedException(ex.getMessage(), ex);
		}
	}

	private static void parquetToCsv(Path parquet, Path csv, String fileName) throws IOException {
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
			s.execute("SET memory_limit = '256MB'");
			s.execute("COPY (SELECT * FROM read_parquet('" + parquet.toAbsolutePath().toString().replace("'", "''")
					+ "')) TO '" + csv.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT csv, HEADER true)");
		}
		catch (SQLException ex) {
			throw new DeliveryRefusedException(fileName + ": not a readable Parquet file: " + ex.getMessage(), ex);
		}
	}

}

package vn.edu2030.ingest;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.edu2030.common.Warehouse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-on-year flags ({@code sql/refresh/30_quality_flags.sql}) on a migrated
 * warehouse with hand-made series: a jump far outside the unit's history is flagged; a
 * new commune's own delivered row (its population denominator, say) is part of its value
 * of that year, not a second point of its series. (Read as a second point, it tied with
 * the commune's value in the same year: which one came "before" the other depended on
 * DuckDB's order, and identical runs flagged 141,076 to 141,083 values at national
 * scale.)
 */
class QualityFlagTests {

	@Test
	void flagsJumpsOnlyAgainstTheUnitsOwnEarlierYears(@TempDir Path dir) throws Exception {
		try (DuckDBConnection c = (DuckDBConnection) DriverManager
			.getConnection("jdbc:duckdb:" + dir.resolve("w.duckdb")); Statement s = c.createStatement()) {
			Warehouse.migrate(c);
			s.execute(
					"""
							insert into dim_indicator (indicator_code, name_vi, name_en, level, kind, unit, aggregation, direction)
							values ('TEST_RATE', 'Tỷ lệ thử', 'Test rate', 'preschool', 'ratio', 'percent', 'sum_ratio',
							        'higher_is_better')""");
			s.execute("""
					insert into dim_unit (unit_key, unit_type, unit_code, name_vi, short_name_vi, name_folded, source)
					values ('commune-99999', 'commune', '99999', 'Xã Thử', 'Thử', 'thu', 'test'),
					       ('former-commune-88888', 'former_commune', '88888', 'Xã Cũ', 'Cũ', 'cu', 'test')""");
			// a new commune improving steadily, and its own delivered row of 2025
			// (another figure of the same year)
			s.execute("""
					insert into fct_indicator_value_commune
					select 'commune-99999', y, 'TEST_RATE', 'all', null, null, 50 + 0.5 * (y - 2019), 'native', 1, 1
					from range(2019, 2026) t(y)""");
			s.execute(
					"""
							insert into fct_indicator_value
							values ('commune-99999', 2025, 'TEST_RATE', 'all', 90, 100, 90, 'native', 'quang-ngai', 1, 2, 1)""");
			// a former commune improving steadily, then jumping
			s.execute("""
					insert into fct_indicator_value
					select 'former-commune-88888', y, 'TEST_RATE', 'all', null, null,
					       case when y = 2023 then 80 else 50 + 0.5 * (y - 2019) end,
					       'native', 'former-quang-ngai', 1, 3, 1
					from range(2019, 2024) t(y)""");
			IngestJobConfiguration.runRefresh(c, 1, "30_quality_flags.sql");

			List<String> flags = new ArrayList<>();
			try (ResultSet rs = s.executeQuery("""
					select flag_code, unit_key, school_year, value, previous_value, typical_change
					from etl_dq_flag order by all""")) {
				while (rs.next()) {
					flags.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getDouble(4)
							+ " after " + rs.getDouble(5) + " typically " + rs.getDouble(6));
				}
			}
			assertThat(flags).containsExactly("yoy_jump former-commune-88888 2023 80.0 after 51.5 typically 0.5");
		}
	}

}

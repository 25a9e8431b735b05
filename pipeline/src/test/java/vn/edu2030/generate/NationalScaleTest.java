package vn.edu2030.generate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.edu2030.TestHomes;
import vn.edu2030.reference.ReferenceFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * National scale at a reduced size: a synthetic reference set in the formats of
 * data/reference, the three feeds over it, and a Parquet copy DuckDB can read.
 */
class NationalScaleTest {

	@Test
	void aSmallCountryHangsTogether() throws Exception {
		Path out = TestHomes.create("generate-national");
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		SampleGenerator.generate(new GenerateOptions(out, GenerateOptions.Scale.NATIONAL, 11, 400),
				new ReferenceFiles(null), new PrintStream(log, true, StandardCharsets.UTF_8));
		String printed = log.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("former-quang-ngai (CSV shape): 10 files", "former-kon-tum (XLSX shape)",
				"quang-ngai (merged) 2025-2026", "Parquet copy");

		Path reference = out.resolve("reference");
		for (String name : ReferenceFiles.FILES) {
			assertThat(reference.resolve(name)).exists();
		}
		List<Map<String, String>> map = SampleFiles.csv(reference.resolve("qn_old_to_new_commune_map.csv"), ',');
		List<Map<String, String>> units = SampleFiles.csv(reference.resolve("qn_new_commune_units_2025.csv"), ',');
		Set<String> olds = new HashSet<>();
		Set<String> provinces = new HashSet<>();
		map.forEach(r -> {
			olds.add(r.get("old_code"));
			provinces.add(r.get("old_province_name"));
			assertThat(r.get("old_code")).matches("\\d{5}");
			assertThat(r.get("old_full_name")).matches("(Xã|Phường|Thị trấn) Tổng Hợp \\d{5}");
		});
		assertThat(olds).hasSize(400);
		assertThat(provinces).hasSize(63).contains("Tỉnh Tổng Hợp 07");
		assertThat(units.size()).isBetween(100, 200);
		// The reference loader's split weights: every partial row has its weight.
		Set<String> weights = new HashSet<>();
		SampleFiles.csv(reference.resolve("crosswalk_split_weights.csv"), ',')
			.forEach(r -> weights.add(r.get("old_code") + ">" + r.get("new_code")));
		map.stream()
			.filter(r -> r.get("partial_split").equals("yes"))
			.forEach(r -> assertThat(weights).contains(r.get("old_code") + ">" + r.get("new_code")));

		Path merged = out.resolve("incoming/quang-ngai/qng_2025-2026_20251015.csv");
		long lines = SampleFiles.csv(merged, ',').size();
		Path parquet = out.resolve("incoming-parquet/quang-ngai/qng_2025-2026_20251015.parquet");
		assertThat(parquet).exists();
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*), count(distinct school_code) from read_parquet('"
						+ parquet.toAbsolutePath() + "')")) {
			rs.next();
			assertThat(rs.getLong(1)).isEqualTo(lines);
			assertThat(rs.getLong(2)).isBetween(1_200L, 2_500L);
		}
		assertThat(SampleFiles.files(out.resolve("incoming/former-kon-tum"), "*.xlsx")).hasSize(10);
		assertThat(Files.size(out.resolve("incoming/former-quang-ngai/qn_2015-2016_20151020.csv"))).isPositive();
	}

}

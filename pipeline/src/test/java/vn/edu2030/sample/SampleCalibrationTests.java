package vn.edu2030.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.edu2030.TestHomes;
import vn.edu2030.common.CsvReader;
import vn.edu2030.common.Warehouse;
import vn.edu2030.nightly.NightlyRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled (synthetic) sample, loaded by the real nightly run, reproduces every real
 * published figure it covers (data/incoming/calibration.csv, from
 * data/reference/edu_*.csv) through the warehouse's own roll-ups, and rejects exactly the
 * faults it was given (data/incoming/faults.csv).
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleCalibrationTests {

	static final Path HOME = TestHomes.create("sample");

	static final Path INCOMING = Path.of("..", "data", "incoming").toAbsolutePath().normalize();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("edu2030.home", HOME::toString);
		registry.add("edu2030.incoming-dir", INCOMING::toString);
	}

	@Autowired
	NightlyRunner nightly;

	@Autowired
	Warehouse warehouse;

	NightlyRunner.Outcome outcome;

	@BeforeAll
	void load() throws Exception {
		outcome = nightly.run(List.of(), false);
	}

	@Test
	void theSampleLoads() {
		assertThat(outcome.success()).as(outcome.line()).isTrue();
		assertThat(outcome.line()).contains("22 deliveries loaded", "0 refused");
	}

	@Test
	void everyCoveredPublishedFigureIsReproducedByTheWarehouse() throws Exception {
		List<String> failures = new ArrayList<>();
		int checked = 0;
		try (var in = Files.newInputStream(INCOMING.resolve("calibration.csv"));
				CsvReader csv = new CsvReader(in, ',', "calibration.csv");
				Connection c = warehouse.connect()) {
			CsvReader.Row header = csv.next();
			List<String> columns = List.of(header.fields());
			CsvReader.Row r;
			while ((r = csv.next()) != null) {
				if (!r.get(columns.indexOf("covered")).equals("yes")) {
					continue;
				}
				String scope = r.get(columns.indexOf("scope"));
				int year = Integer.parseInt(r.get(columns.indexOf("school_year")));
				String disaggregation = r.get(columns.indexOf("disaggregation_code"));
				disaggregation = disaggregation.isBlank() ? "all" : disaggregation;
				String measure = r.get(columns.indexOf("measure"));
				double expected = Double.parseDouble(r.get(columns.indexOf("expected")));
				String rule = r.get(columns.indexOf("tolerance_rule"));
				double actual = measure(c, scope, year, r.get(columns.indexOf("indicator_code")).split("\\+"),
						disaggregation, measure);
				checked++;
				if (!holds(rule, actual, expected)) {
					failures.add("line " + r.line() + " " + r.get(columns.indexOf("source_row")) + ": " + scope + " "
							+ year + " " + measure + " = " + actual + ", expected " + rule + " " + expected);
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(checked).isGreaterThanOrEqualTo(100);
	}

	@Test
	void exactlyTheInjectedImpossibleRowsAreRejected() throws Exception {
		// faults.csv lists every deliberate fault; those marked rejected must be, and
		// nothing else.
		List<String[]> injected = new ArrayList<>();
		try (var in = Files.newInputStream(INCOMING.resolve("faults.csv"));
				CsvReader csv = new CsvReader(in, ',', "faults.csv")) {
			List<String> columns = List.of(csv.next().fields());
			CsvReader.Row r;
			while ((r = csv.next()) != null) {
				if (r.get(columns.indexOf("rejected")).equals("yes")) {
					injected.add(new String[] { Path.of(r.get(columns.indexOf("file"))).getFileName().toString(),
							r.get(columns.indexOf("line")) });
				}
			}
		}
		List<String> rejected = new ArrayList<>();
		try (Connection c = warehouse.connect();
				var s = c.createStatement();
				ResultSet rs = s.executeQuery("select f.file_name, r.line, r.message from etl_rejected_row r "
						+ "join etl_file f using (file_id) where f.feed = 'former-quang-ngai' order by 1")) {
			while (rs.next()) {
				rejected.add(rs.getString(1) + ":" + rs.getLong(2) + ":" + rs.getString(3));
			}
		}
		assertThat(rejected).hasSameSizeAs(injected);
		for (String[] fault : injected) {
			// a duplicate is reported once, at its first line, naming every line it
			// stands on
			assertThat(rejected).as("fault %s line %s", fault[0], fault[1])
				.anyMatch(r -> r.startsWith(fault[0] + ":" + fault[1] + ":")
						|| (r.startsWith(fault[0] + ":") && r.matches(".*lines .*\\b" + fault[1] + "\\b.*")));
		}
	}

	private static double measure(Connection c, String scope, int year, String[] indicators, String disaggregation,
			String measure) throws Exception {
		String in = String.join(",", java.util.Collections.nCopies(indicators.length, "?"));
		try (PreparedStatement p = c.prepareStatement("select sum(numerator), sum(denominator), sum(value) "
				+ "from v_indicator_value where unit_key = ? and school_year = ? and disaggregation_code = ? "
				+ "and indicator_code in (" + in + ")")) {
			p.setString(1, scope);
			p.setInt(2, year);
			p.setString(3, disaggregation);
			for (int i = 0; i < indicators.length; i++) {
				p.setString(4 + i, indicators[i]);
			}
			try (ResultSet rs = p.executeQuery()) {
				rs.next();
				return switch (measure) {
					case "numerator" -> rs.getDouble(1);
					case "denominator" -> rs.getDouble(2);
					case "rate" -> 100 * rs.getDouble(1) / rs.getDouble(2);
					default -> rs.getDouble(3);
				};
			}
		}
	}

	static boolean holds(String rule, double actual, double expected) {
		if (rule.startsWith("rounded_to_")) {
			int decimals = Integer.parseInt(rule.replaceAll("\\D", ""));
			double scale = Math.pow(10, decimals);
			return Math.abs(Math.round(actual * scale) / scale - expected) < 1e-9;
		}
		return switch (rule) {
			case "more_than" -> actual > expected;
			case "nearly" -> actual < expected && actual >= expected * 0.995;
			default -> Math.abs(actual - expected) < 1e-6;
		};
	}

}

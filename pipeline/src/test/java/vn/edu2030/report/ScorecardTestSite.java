package vn.edu2030.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.edu2030.Edu2030Application;
import vn.edu2030.TestHomes;

/**
 * A scorecard built once per test JVM through the CLI, as an operator builds it: the
 * {@link ScorecardFixtures} deliveries (declared synthetic by a README, like the bundled
 * sample), {@code nightly}, then {@code report --out DIR --lang en}. The "hostile" build
 * also renames two indicators in its copy of the reference data to text that must be
 * escaped.
 */
final class ScorecardTestSite {

	/** Indicator names that only survive in a page if they are escaped. */
	static final String HOSTILE_VI = "Tỷ lệ trường mầm non dân lập, tư thục <script>alert(\"x\")</script> & 'q'";

	static final String HOSTILE_EN = "Share of preschools <b>private</b> & \"people-founded\"";

	record Run(int exit, String out, String err) {

	}

	record Site(Path home, Path incoming, Path out, Run nightly, Run report) {

	}

	private static Site hostile;

	private ScorecardTestSite() {
	}

	/** The site the functional and browser tests share. */
	static synchronized Site hostile() {
		if (hostile == null) {
			hostile = build("scorecard", true);
		}
		return hostile;
	}

	static Site build(String purpose, boolean hostileNames) {
		try {
			Path home = TestHomes.create(purpose);
			Path incoming = TestHomes.create(purpose + "-incoming");
			ScorecardFixtures.write(incoming);
			Files.writeString(incoming.resolve("README.md"),
					"The files in this folder are SYNTHETIC test deliveries (ScorecardFixtures).\n");
			List<String> common = new ArrayList<>(
					List.of("--home", home.toString(), "--edu2030.incoming-dir=" + incoming));
			if (hostileNames) {
				Path reference = TestHomes.referenceCopy(purpose + "-reference");
				Path indicators = reference.resolve("indicators.csv");
				String csv = Files.readString(indicators, StandardCharsets.UTF_8);
				String renamed = csv
					.replace("PRE_PRIVATE_SCHOOL_SHARE,\"Tỷ lệ trường mầm non dân lập, tư thục\",",
							"PRE_PRIVATE_SCHOOL_SHARE,\"" + HOSTILE_VI.replace("\"", "\"\"") + "\",")
					.replace(",Share of preschools that are people-founded or private,",
							",\"" + HOSTILE_EN.replace("\"", "\"\"") + "\",");
				if (renamed.equals(csv)) {
					throw new IllegalStateException("indicators.csv changed: the hostile names were not set");
				}
				Files.writeString(indicators, renamed, StandardCharsets.UTF_8);
				common.add("--edu2030.reference-dir=" + reference);
			}
			Run nightly = cli(common, "nightly");
			if (nightly.exit() != 0) {
				throw new IllegalStateException("nightly failed: " + nightly.err());
			}
			Path out = home.resolve("site");
			Run report = cli(common, "report", "--out", out.toString(), "--lang", "en");
			return new Site(home, incoming, out, nightly, report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Run cli(List<String> common, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(common);
		int exit = Edu2030Application.run(all.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}

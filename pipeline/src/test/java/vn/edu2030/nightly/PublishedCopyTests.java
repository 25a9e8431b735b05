package vn.edu2030.nightly;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.edu2030.Edu2030Application;
import vn.edu2030.TestHomes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes: an analyst holding the published copy open read-only never blocks the
 * nightly run, and sees one consistent state the whole time; the next analyst sees the
 * new one.
 */
class PublishedCopyTests {

	static final Path HOME = TestHomes.create("published");

	static final Path INCOMING = TestHomes.create("published-incoming");

	static int cli(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--home", HOME.toString(), "--edu2030.incoming-dir=" + INCOMING));
		return Edu2030Application.run(all.toArray(String[]::new), System.out, System.err);
	}

	@Test
	void anAnalystReadingThePublishedCopyNeverBlocksNightlyNorSeesHalfALoad() throws Exception {
		assertThat(cli("nightly")).isZero();
		Path published = HOME.resolve("published").resolve("edu2030.duckdb");

		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process analyst = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				AnalystReader.class.getName(), published.toString(), "8000")
			.redirectErrorStream(true)
			.start();
		BufferedReader lines = new BufferedReader(
				new InputStreamReader(analyst.getInputStream(), StandardCharsets.UTF_8));
		assertThat(lines.readLine()).isEqualTo("open");

		// While the analyst holds the copy open: a forced reload, the checks and a new
		// publish.
		long start = System.nanoTime();
		assertThat(cli("reference", "--force")).isZero();
		assertThat((System.nanoTime() - start) / 1e9).as("seconds the reload took").isLessThan(60);

		List<String> seen = new ArrayList<>();
		String line;
		while ((line = lines.readLine()) != null) {
			seen.add(line);
		}
		assertThat(analyst.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(analyst.exitValue()).as(String.join("\n", seen)).isZero();
		List<String> states = seen.stream().filter(l -> l.startsWith("seen ")).distinct().toList();
		// one state only: the copy it opened, complete, never a mixture
		assertThat(states).singleElement().satisfies(state -> assertThat(state).startsWith("seen 394 55 "));

		// A new analyst opens the new copy and sees the forced reload's loads.
		Process next = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				AnalystReader.class.getName(), published.toString(), "100")
			.redirectErrorStream(true)
			.start();
		String output = new String(next.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(next.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(output).contains("seen 394 55 ").doesNotContain(states.get(0) + "\n");
	}

}

package vn.edu2030.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.edu2030.Edu2030Application;
import vn.edu2030.TestHomes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same seed writes the same bytes (through the API and through the CLI), and the
 * committed sample is what the generator writes today.
 */
class SampleDeterminismTest {

	static final Path SAMPLE = SampleFiles.provinceSample();

	@Test
	void theCliWithTheSameSeedWritesTheSameBytes() throws IOException {
		Path home = TestHomes.create("generate-cli");
		Path out = home.resolve("incoming");
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int exit = Edu2030Application.run(
				new String[] { "generate", "--out", out.toString(), "--seed", "20300101", "--home", home.toString() },
				new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8));
		assertThat(exit).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("923 schools", "done in");
		assertSameFiles(SAMPLE, out);
	}

	@Test
	void theCommittedSampleIsWhatTheGeneratorWrites() throws IOException {
		Path committed = Path.of("..", "data", "incoming");
		assertThat(committed.resolve("calibration.csv")).as("run 'edu2030 generate' and commit data/incoming").exists();
		assertSameFiles(SAMPLE, committed);
	}

	static void assertSameFiles(Path expected, Path actual) throws IOException {
		List<Path> files = files(expected);
		assertThat(files(actual)).containsAll(files);
		for (Path f : files) {
			assertThat(Files.readAllBytes(actual.resolve(f))).as(f.toString())
				.isEqualTo(Files.readAllBytes(expected.resolve(f)));
		}
	}

	/** The generated files, relative; README.md (the contract) is not generated. */
	static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile)
				.map(dir::relativize)
				.filter(p -> !p.getFileName().toString().equals("README.md"))
				.sorted()
				.toList();
		}
	}

}

package vn.edu2030.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.edu2030.TestCli;
import vn.edu2030.TestHomes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} for real: the nightly run on a cron schedule every second, stopped by an
 * interrupt in this JVM and by SIGTERM in a JVM of its own.
 */
class ServeFunctionalTests {

	static final Path INCOMING = TestHomes.create("serve-incoming");

	static final Pattern SUMMARY = Pattern
		.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}) edu2030 nightly: (.*)$", Pattern.MULTILINE);

	static final Pattern TOOK = Pattern.compile("^(?:OK|FAILED) in (\\d+\\.\\d) s");

	static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	record Summary(LocalDateTime printedAt, String line) {

		/** When the run started: printed at the end, minus how long it took. */
		LocalDateTime startedAt() {
			Matcher took = TOOK.matcher(line);
			assertThat(took.find()).as(line).isTrue();
			return printedAt.minus(Duration.ofMillis(Math.round(Double.parseDouble(took.group(1)) * 1000)));
		}

	}

	@Test
	void everySecondUntilInterruptedRunsNeverOverlapAndOnlyTheFirstHasSomethingNew() throws Exception {
		Path home = TestHomes.create("serve");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		AtomicInteger exit = new AtomicInteger(-1);
		Thread serve = new Thread(
				() -> exit.set(TestCli.run(home, INCOMING, errStream, errStream, "serve", "--cron", "* * * * * *")),
				"serve-under-test");
		long start = System.nanoTime();
		serve.start();
		waitFor(() -> summaries(err).size() >= 2 && System.nanoTime() - start > TimeUnit.SECONDS.toNanos(3),
				Duration.ofMinutes(3));
		serve.interrupt();
		serve.join(TimeUnit.MINUTES.toMillis(3));
		String printed = err.toString(StandardCharsets.UTF_8);

		assertThat(serve.isAlive()).as(printed).isFalse();
		assertThat(exit.get()).as(printed).isZero();
		assertThat(printed).contains("edu2030 serve: schedule \"* * * * * *\"", "edu2030 serve: stopped");
		List<Summary> runs = summaries(err);
		assertThat(runs).as(printed).hasSizeGreaterThanOrEqualTo(2);
		assertThat(runs.get(0).line()).startsWith("OK")
			.contains("referenceLoad COMPLETED", "statisticsIngest COMPLETED", "warehouseCheck COMPLETED")
			.endsWith("; published");
		assertThat(runs.subList(1, runs.size())).allSatisfy(run -> assertThat(run.line()).startsWith("OK")
			.contains("referenceLoad UNCHANGED", "statisticsIngest UNCHANGED", "warehouseCheck SKIPPED")
			.endsWith("; not published"));
		// A run overlapping another one would have found the lock held and been skipped;
		// and each run started after the previous one had ended (0.1 s: the rounding of
		// "in 1.2 s").
		for (int i = 1; i < runs.size(); i++) {
			assertThat(runs.get(i).startedAt()).as(printed)
				.isAfterOrEqualTo(runs.get(i - 1).printedAt().minus(Duration.ofMillis(100)));
		}
	}

	@Test
	void aBadOrMissingCronExpressionIsAUsageError() {
		Path home = TestHomes.create("serve-usage");
		TestCli.Run bad = TestCli.run(home, INCOMING, "serve", "--cron", "61 * * * *");
		assertThat(bad.exit()).as(bad.err()).isEqualTo(2);
		assertThat(bad.err()).contains("edu2030 serve: --cron:", "Usage: edu2030 serve");
		TestCli.Run missing = TestCli.run(home, INCOMING, "serve");
		assertThat(missing.exit()).isEqualTo(2);
		assertThat(missing.err()).contains("--cron is required");
	}

	@Test
	void sigtermLetsTheCurrentRunFinishThenExitsZero() throws Exception {
		Path home = TestHomes.create("serve-sigterm");
		// runs at start, then not before next New Year
		Process serve = TestCli.start(home, INCOMING, "serve", "serve", "--cron", "0 0 0 1 1 *", "--run-now");
		try {
			// the lock file appears as the run starts (seconds long on an empty home)
			waitFor(() -> Files.exists(home.resolve("nightly.lock")) || !serve.isAlive(), Duration.ofMinutes(3));
			serve.destroy(); // SIGTERM
			assertThat(serve.waitFor(3, TimeUnit.MINUTES)).as("serve ends").isTrue();
			String err = Files.readString(home.resolve("serve.err"), StandardCharsets.UTF_8);
			assertThat(serve.exitValue()).as(err).isZero();
			assertThat(err).contains("edu2030 serve: stopping after the current run", "edu2030 serve: stopped");
			assertThat(SUMMARY.matcher(err).results().map(m -> m.group(2)).toList()).as(err)
				.singleElement()
				.satisfies(run -> assertThat(run).startsWith("OK").endsWith("; published"));
			assertThat(home.resolve("published/edu2030.duckdb")).exists();
		}
		finally {
			serve.destroyForcibly();
		}
	}

	static List<Summary> summaries(ByteArrayOutputStream err) {
		return SUMMARY.matcher(err.toString(StandardCharsets.UTF_8))
			.results()
			.map(m -> new Summary(LocalDateTime.parse(m.group(1), STAMP), m.group(2)))
			.toList();
	}

	static void waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

}

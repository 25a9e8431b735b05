package vn.edu2030.nightly;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Progress goes to the log always, and to one rewritten line on a terminal only. */
class ProgressReporterTest {

	static final NightlyRunner.JobOutcome INGESTED = new NightlyRunner.JobOutcome("statisticsIngest", "COMPLETED",
			"3 deliveries loaded");

	@Test
	void withoutATerminalNothingIsPrintedAndTheLogHasALinePerJob() {
		assumeThat(System.console()).as("tests run without a terminal").isNull();
		Logger logger = (Logger) LoggerFactory.getLogger(ProgressReporter.class);
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		logger.addAppender(log);
		// to the list only, not to the console of a test without logging setup
		logger.setAdditive(false);
		PrintStream stdout = System.out;
		PrintStream stderr = System.err;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
			try (ProgressReporter progress = ProgressReporter.forConsole()) {
				progress.jobStarted(2, 4, "statisticsIngest");
				assertThat(progress.jobEnded(INGESTED)).isSameAs(INGESTED);
			}
		}
		finally {
			System.setOut(stdout);
			System.setErr(stderr);
			logger.detachAppender(log);
			logger.setAdditive(true);
		}
		assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("[2/4] statisticsIngest started",
					"[2/4] statisticsIngest COMPLETED in 0 s (3 deliveries loaded)");
	}

	@Test
	void onATerminalOneStatusLineIsRewrittenThenCleared() {
		StringWriter terminal = new StringWriter();
		try (ProgressReporter progress = new ProgressReporter(new PrintWriter(terminal))) {
			progress.jobStarted(1, 4, "referenceLoad");
			progress.jobEnded(new NightlyRunner.JobOutcome("referenceLoad", "UNCHANGED", "already loaded"));
			progress.jobStarted(2, 4, "statisticsIngest");
			progress.jobEnded(INGESTED);
		}
		String drawn = terminal.toString();
		assertThat(drawn).startsWith("\r[1/4] referenceLoad … 0 s")
			.contains("\r[2/4] statisticsIngest … 0 s")
			.doesNotContain("\n")
			// cleared at the end: the summary line that follows starts on a clean line
			.endsWith("\r" + " ".repeat("[2/4] statisticsIngest … 0 s".length()) + "\r");
	}

}

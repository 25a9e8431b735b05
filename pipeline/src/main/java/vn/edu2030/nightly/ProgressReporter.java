package vn.edu2030.nightly;

import java.io.Console;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a run through its jobs. The log file always gets a line per job; on a
 * terminal one status line ({@code [2/4] statisticsIngest … 12 s}) is also rewritten
 * every second and cleared at the end, so that cron mails and redirected output hold only
 * the summary.
 */
public final class ProgressReporter implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);

	private final PrintWriter terminal;

	private final ScheduledExecutorService ticker;

	private String status;

	private long startedAt;

	private int width;

	/**
	 * @param terminal where to draw the status line; null for none
	 */
	ProgressReporter(PrintWriter terminal) {
		this.terminal = terminal;
		this.ticker = terminal == null ? null : Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "nightly-progress");
			thread.setDaemon(true);
			return thread;
		});
		if (ticker != null) {
			ticker.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
		}
	}

	/**
	 * A status line on the terminal when there is one (Java 17: System.console() is null
	 * unless both stdin and stdout are a terminal), log lines only otherwise.
	 */
	public static ProgressReporter forConsole() {
		Console console = System.console();
		return new ProgressReporter(console == null ? null : console.writer());
	}

	/** Job {@code index} (1-based) of {@code total} starts. */
	public synchronized void jobStarted(int index, int total, String job) {
		status = "[" + index + "/" + total + "] " + job;
		startedAt = System.nanoTime();
		log.info("{} started", status);
		draw();
	}

	/** The current job ended so; returns the outcome. */
	public synchronized NightlyRunner.JobOutcome jobEnded(NightlyRunner.JobOutcome outcome) {
		log.info("{} {} in {} s{}", status, outcome.status(), (System.nanoTime() - startedAt) / 1_000_000_000L,
				outcome.summary() == null || outcome.summary().isBlank() ? "" : " (" + outcome.summary() + ")");
		return outcome;
	}

	private synchronized void draw() {
		if (terminal == null || status == null) {
			return;
		}
		String line = status + " … " + (System.nanoTime() - startedAt) / 1_000_000_000L + " s";
		// Pad over the previous, possibly longer, line.
		terminal.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
		terminal.flush();
		width = line.length();
	}

	/** Clears the status line. */
	@Override
	public synchronized void close() {
		if (ticker != null) {
			ticker.shutdownNow();
		}
		if (terminal != null && width > 0) {
			terminal.print("\r" + " ".repeat(width) + "\r");
			terminal.flush();
			width = 0;
		}
		status = null;
	}

}

package vn.edu2030.nightly;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the nightly run on a cron schedule until stopped. Runs happen one at a time on one
 * scheduler thread, and the next one is due at the first tick after the previous run
 * ended: ticks that pass during a run are dropped, never queued. A run that finds the
 * nightly lock held by another process is skipped until the next tick.
 */
public final class NightlySchedule {

	private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

	/** What a tick reports when another run holds the lock. */
	public static final String SKIPPED = "skipped: another run holds the lock";

	private final String cron;

	private final NightlyRunner runner;

	private final Consumer<String> report;

	private final CountDownLatch stopRequested = new CountDownLatch(1);

	/**
	 * @param cron a cron expression, see {@link #parse(String)}
	 * @param runner runs every nightly job
	 * @param report receives the one-line summary of every run
	 */
	public NightlySchedule(String cron, NightlyRunner runner, Consumer<String> report) {
		this.cron = parse(cron);
		this.runner = runner;
		this.report = report;
	}

	/**
	 * Checks a cron expression and returns it in Spring's 6-field form: second minute
	 * hour day-of-month month day-of-week ({@code 0 30 2 * * *}). The 5-field crontab
	 * form ({@code 30 2 * * *}) gets second 0; macros such as {@code @daily} pass as they
	 * are.
	 * @throws IllegalArgumentException when it is not a valid expression
	 */
	public static String parse(String expression) {
		String trimmed = expression == null ? "" : expression.trim();
		int fields = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
		String sixFields = switch (fields) {
			case 5 -> "0 " + trimmed;
			case 6 -> trimmed;
			case 1 -> {
				if (!trimmed.startsWith("@")) {
					throw new IllegalArgumentException(fieldCountMessage(expression, fields));
				}
				yield trimmed;
			}
			default -> throw new IllegalArgumentException(fieldCountMessage(expression, fields));
		};
		CronExpression.parse(sixFields);
		return sixFields;
	}

	private static String fieldCountMessage(String expression, int fields) {
		return "'" + expression + "' has " + fields + " fields; a cron expression has 6 (second minute hour"
				+ " day-of-month month day-of-week) or 5 (crontab: minute hour day-of-month month day-of-week)";
	}

	/** The first time the schedule fires after {@code time}. */
	public LocalDateTime nextAfter(LocalDateTime time) {
		return CronExpression.parse(cron).next(time);
	}

	public String cron() {
		return cron;
	}

	/**
	 * Runs on schedule (and once right away if {@code runNow}) until {@link #stop()} is
	 * called or the calling thread is interrupted, then waits for the current run to end.
	 */
	public void runUntilStopped(boolean runNow) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("nightly-schedule-");
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationMillis(Long.MAX_VALUE);
		scheduler.initialize();
		// Lenient: the next run is the first tick after the previous one ended.
		CronTrigger cronTrigger = CronTrigger.forLenientExecution(cron);
		ScheduledFuture<?> ticks = scheduler.schedule(this::tick, context -> runNow && context.lastCompletion() == null
				? context.getClock().instant() : cronTrigger.nextExecution(context));
		try {
			stopRequested.await();
		}
		catch (InterruptedException ex) {
			// interrupted = asked to stop; the flag is cleared so that shutdown can wait
		}
		log.info("stopping the schedule; waiting for the current run to end");
		ticks.cancel(false);
		scheduler.shutdown();
	}

	/**
	 * Asks {@link #runUntilStopped} to return once the current run, if any, has ended.
	 */
	public void stop() {
		stopRequested.countDown();
	}

	private void tick() {
		String line;
		try {
			line = runner.run(List.of(), false).line();
		}
		catch (NightlyLock.HeldException ex) {
			line = SKIPPED;
		}
		catch (Exception ex) {
			log.error("nightly run failed", ex);
			String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			line = "FAILED — " + message.lines().findFirst().orElse(message);
		}
		log.info("nightly run: {}", line);
		report.accept(line);
	}

}

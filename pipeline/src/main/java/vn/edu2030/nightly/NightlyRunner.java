package vn.edu2030.nightly;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import vn.edu2030.batch.NightlyJob;
import vn.edu2030.common.Edu2030Properties;
import vn.edu2030.common.Warehouse;

/**
 * {@code nightly}: every nightly job in order, each only if it has something new to do,
 * then the data checks and the atomic publish of the analyst copy. Holds the nightly lock
 * for the whole run, and the warehouse file only while it holds the lock; runs left
 * "started" by a process that died are marked failed first, so that they restart.
 */
@Component
public class NightlyRunner {

	private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);

	private final List<NightlyJob> jobs;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Warehouse warehouse;

	private final Edu2030Properties properties;

	public NightlyRunner(List<NightlyJob> jobs, JobOperator jobOperator, JobRepository jobRepository,
			Warehouse warehouse, Edu2030Properties properties) {
		this.jobs = jobs.stream().sorted(Comparator.comparingInt(NightlyJob::order)).toList();
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.warehouse = warehouse;
		this.properties = properties;
	}

	/** What one job did in this run. */
	public record JobOutcome(String job, String status, String summary) {

	}

	/**
	 * What the whole run did: success, the per-job outcomes, and the one-line summary.
	 */
	public record Outcome(boolean success, List<JobOutcome> jobs, boolean published, Duration took) {

		public String line() {
			return jobsLine() + (published ? "; published" : "; not published");
		}

		/** The summary line without whether the analyst copy was published. */
		public String jobsLine() {
			StringBuilder out = new StringBuilder(success ? "OK" : "FAILED");
			out.append(" in ").append(String.format("%.1f s", took.toMillis() / 1000.0)).append(" — ");
			List<String> parts = new ArrayList<>();
			for (JobOutcome j : jobs) {
				parts.add(j.job + " " + j.status
						+ (j.summary == null || j.summary.isBlank() ? "" : " (" + j.summary + ")"));
			}
			out.append(String.join("; ", parts));
			return out.toString();
		}

	}

	/**
	 * Runs the jobs named (all nightly jobs when empty).
	 * @param force run even the jobs whose input did not change
	 * @throws NightlyLock.HeldException when another run holds the lock
	 */
	public Outcome run(List<String> only, boolean force) throws Exception {
		return run(only, force, true);
	}

	/**
	 * Runs one nightly job now, with new parameters, under the nightly lock, and does not
	 * publish the analyst copy ({@code edu2030 export}).
	 */
	public Outcome runNow(String jobName) throws Exception {
		if (jobs.stream().noneMatch(j -> j.job().getName().equals(jobName))) {
			throw new IllegalArgumentException("no nightly job " + jobName);
		}
		return run(List.of(jobName), true, false);
	}

	private Outcome run(List<String> only, boolean force, boolean publish) throws Exception {
		long start = System.nanoTime();
		try (NightlyLock lock = NightlyLock.tryAcquire(properties.home())) {
			if (lock == null) {
				throw new NightlyLock.HeldException(properties.home());
			}
			try (ProgressReporter progress = ProgressReporter.forConsole()) {
				return runLocked(only, force, publish, progress, start);
			}
			finally {
				// The lock guards the warehouse file: close it before the lock goes, so
				// that the next run, in this process (serve) or another, can open it.
				warehouse.close();
			}
		}
	}

	private Outcome runLocked(List<String> only, boolean force, boolean publish, ProgressReporter progress, long start)
			throws Exception {
		markOrphanLoadsFailed();
		List<NightlyJob> selected = jobs.stream()
			.filter(j -> only.isEmpty() || only.contains(j.job().getName()))
			.toList();
		List<JobOutcome> outcomes = new ArrayList<>();
		boolean anythingRan = false;
		// Only the jobs that load data make the jobs after them (checks, export)
		// necessary.
		boolean dataChanged = false;
		boolean success = true;
		for (NightlyJob nightlyJob : selected) {
			String name = nightlyJob.job().getName();
			progress.jobStarted(outcomes.size() + 1, selected.size(), name);
			markOrphansFailed(name);
			if (!force && !nightlyJob.skipWhenAlreadyComplete() && !dataChanged && !lastRunFailed(name)
					&& (!nightlyJob.runsWhenUnpublished() || Files.exists(properties.publishedFile()))) {
				outcomes.add(progress.jobEnded(new JobOutcome(name, "SKIPPED", "nothing new")));
				continue;
			}
			JobParameters parameters = nightlyJob.parameters();
			if (force) {
				parameters = new JobParametersBuilder(parameters).addLong("forced.at", System.currentTimeMillis())
					.toJobParameters();
			}
			removeInstanceWithoutExecution(name, parameters);
			JobExecution execution;
			try {
				execution = jobOperator.start(nightlyJob.job(), parameters);
			}
			catch (JobInstanceAlreadyCompleteException ex) {
				outcomes.add(progress.jobEnded(new JobOutcome(name, "UNCHANGED", "already loaded")));
				continue;
			}
			anythingRan = true;
			dataChanged |= nightlyJob.skipWhenAlreadyComplete();
			JobOutcome outcome = outcomeOf(execution);
			outcomes.add(progress.jobEnded(outcome));
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				success = false;
				break;
			}
		}
		// a new or changed migration (a view, say) reaches analysts without new data
		boolean schemaChanged = warehouse.schemaChangedSincePublish();
		boolean published = false;
		if (publish && success && (anythingRan || schemaChanged || !Files.exists(properties.publishedFile()))) {
			warehouse.publish();
			published = true;
		}
		return new Outcome(success, outcomes, published, Duration.ofNanos(System.nanoTime() - start));
	}

	private JobOutcome outcomeOf(JobExecution execution) {
		List<String> summaries = new ArrayList<>();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getExecutionContext().containsKey("summary")) {
				summaries.add(step.getExecutionContext().getString("summary"));
			}
		}
		String summary = String.join(", ", summaries);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String reason = execution.getAllFailureExceptions()
				.stream()
				.map(Throwable::getMessage)
				.findFirst()
				.orElse(execution.getExitStatus().getExitDescription());
			summary = reason == null ? summary : firstLine(reason);
		}
		return new JobOutcome(execution.getJobInstance().getJobName(), execution.getStatus().name(), summary);
	}

	private boolean lastRunFailed(String jobName) {
		var instance = jobRepository.getLastJobInstance(jobName);
		if (instance == null) {
			return true;
		}
		JobExecution last = jobRepository.getLastJobExecution(instance);
		return last == null || last.getStatus() != BatchStatus.COMPLETED;
	}

	/**
	 * We hold the nightly lock, so any execution still marked running belongs to a
	 * process that died: mark it and its unfinished steps failed, so that starting it
	 * again restarts it.
	 */
	private void markOrphansFailed(String jobName) {
		for (JobExecution orphan : jobRepository.findRunningJobExecutions(jobName)) {
			log.warn("job execution {} of {} was left {} by a process that stopped; marking it failed to restart it",
					orphan.getId(), jobName, orphan.getStatus());
			LocalDateTime now = LocalDateTime.now();
			for (StepExecution step : orphan.getStepExecutions()) {
				if (step.getStatus().isRunning()) {
					step.setStatus(BatchStatus.FAILED);
					step.setExitStatus(ExitStatus.FAILED.addExitDescription("process stopped during the step"));
					step.setEndTime(now);
					jobRepository.update(step);
				}
			}
			orphan.setStatus(BatchStatus.FAILED);
			orphan.setExitStatus(ExitStatus.FAILED.addExitDescription("process stopped during the run"));
			orphan.setEndTime(now);
			jobRepository.update(orphan);
		}
	}

	/**
	 * A process killed between creating a job instance and its first execution leaves an
	 * instance that Spring Batch can neither start again nor restart ("Cannot find any
	 * job execution for job instance"). We hold the nightly lock, so such an instance is
	 * that dead process's: remove it, and the job starts afresh.
	 */
	private void removeInstanceWithoutExecution(String jobName, JobParameters parameters) {
		var instance = jobRepository.getJobInstance(jobName, parameters);
		if (instance != null && jobRepository.getJobExecutions(instance).isEmpty()) {
			log.warn("job instance {} of {} has no execution (a process stopped while starting it); removing it",
					instance.getInstanceId(), jobName);
			jobRepository.deleteJobInstance(instance);
		}
	}

	private void markOrphanLoadsFailed() throws java.sql.SQLException {
		try (var c = warehouse.connect(); var s = c.createStatement()) {
			int orphans = s.executeUpdate("update etl_load set status = 'failed', finished_at = current_timestamp, "
					+ "summary = coalesce(summary || '; ', '') || 'process stopped during the run' where status = 'running'");
			if (orphans > 0) {
				log.warn("{} load(s) were left running by a process that stopped; marked failed", orphans);
			}
		}
	}

	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return newline < 0 ? text : text.substring(0, newline);
	}

}

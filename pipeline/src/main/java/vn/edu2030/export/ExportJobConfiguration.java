package vn.edu2030.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.edu2030.batch.EtlLoadListener;
import vn.edu2030.batch.NightlyJob;
import vn.edu2030.batch.WarehouseWork;
import vn.edu2030.common.Edu2030Properties;
import vn.edu2030.common.Folders;
import vn.edu2030.common.Warehouse;

/**
 * The {@code parquetExport} job: writes the star schema as a Parquet release for BI tools
 * ({@code <home>/releases/<run id>/}, see {@link ParquetExporter}), makes it the
 * {@code latest} atomically, then deletes the releases beyond the number kept. In nightly
 * it runs only after an earlier job of the same run changed something (or when its own
 * last run did not complete); {@code edu2030 export} runs it at once.
 */
@Configuration(proxyBeanMethods = false)
public class ExportJobConfiguration {

	public static final String JOB_NAME = "parquetExport";

	/**
	 * Last: after ingest (20), projections (40) and the data checks (90), so a release
	 * always passed them.
	 */
	public static final int ORDER = 95;

	private static final Logger log = LoggerFactory.getLogger(ExportJobConfiguration.class);

	@Bean
	public Job parquetExport(JobRepository jobRepository, EtlLoadListener loadListener, Step releaseWrite,
			Step releasePrune) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(loadListener)
			.start(releaseWrite)
			.next(releasePrune)
			.build();
	}

	/**
	 * Writes the release in one read transaction (every table from the same state),
	 * renames it into place and points {@code latest} at it.
	 */
	@Bean
	public Step releaseWrite(JobRepository jobRepository, PlatformTransactionManager batchTransactionManager,
			Warehouse warehouse, Edu2030Properties properties) {
		WarehouseWork work = (connection, contribution) -> {
			if (properties.export().keepReleases() < 1) {
				throw new IllegalStateException(
						"edu2030.export.keep-releases must be at least 1, not " + properties.export().keepReleases());
			}
			long start = System.nanoTime();
			long loadId = EtlLoadListener.loadId(contribution);
			Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			String runId = Releases.runId(now, loadId);
			Releases releases = new Releases(properties.releasesDir());
			releases.removeLeftoverPartials();
			Path partial = releases.createPartial(runId);
			Manifest manifest;
			try {
				manifest = new ParquetExporter().export(connection, partial, runId, now, loadId);
			}
			catch (Exception ex) {
				try {
					Folders.deleteTree(partial);
				}
				catch (IOException cleanup) {
					ex.addSuppressed(cleanup);
				}
				throw ex;
			}
			Path release = releases.complete(runId);
			releases.pointLatestAt(runId);
			contribution.incrementWriteCount(manifest.totalRows());
			log.info("release {} written in {} ms: {} tables, {} rows, {} files, {} bytes", release,
					(System.nanoTime() - start) / 1_000_000, manifest.tables().size(), manifest.totalRows(),
					manifest.fileCount(), manifest.totalBytes());
			return "release " + runId + ": " + manifest.tables().size() + " tables, " + manifest.totalRows() + " rows, "
					+ manifest.fileCount() + " files, " + size(manifest.totalBytes());
		};
		return new StepBuilder("releaseWrite", jobRepository)
			.tasklet(WarehouseWork.tasklet(warehouse, work), batchTransactionManager)
			.build();
	}

	/** Deletes the releases beyond {@code edu2030.export.keep-releases}. */
	@Bean
	public Step releasePrune(JobRepository jobRepository, PlatformTransactionManager batchTransactionManager,
			Edu2030Properties properties) {
		return new StepBuilder("releasePrune", jobRepository).tasklet((contribution, chunk) -> {
			Releases.Pruned pruned = new Releases(properties.releasesDir()).prune(properties.export().keepReleases());
			contribution.incrementWriteCount(pruned.removed().size());
			contribution.getStepExecution()
				.getExecutionContext()
				.putString("summary",
						pruned.kept().size() + " releases kept, " + pruned.removed().size() + " removed"
								+ (pruned.failed().isEmpty() ? ""
										: ", " + pruned.failed().size() + " could not be removed (see the log)"));
			return RepeatStatus.FINISHED;
		}, batchTransactionManager).build();
	}

	@Bean
	public NightlyJob exportNightly(Job parquetExport) {
		return new NightlyJob() {
			@Override
			public int order() {
				return ORDER;
			}

			@Override
			public Job job() {
				return parquetExport;
			}

			@Override
			public JobParameters parameters() {
				return new JobParametersBuilder().addLong("run.at", System.currentTimeMillis()).toJobParameters();
			}

			@Override
			public boolean skipWhenAlreadyComplete() {
				return false;
			}

			@Override
			public boolean runsWhenUnpublished() {
				return false;
			}
		};
	}

	static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return String.format("%.1f kB", bytes / 1024.0);
		}
		return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
	}

}

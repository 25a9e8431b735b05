package vn.edu2030.check;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.edu2030.batch.EtlLoadListener;
import vn.edu2030.batch.NightlyJob;
import vn.edu2030.batch.WarehouseWork;
import vn.edu2030.common.Warehouse;

/**
 * The {@code warehouseCheck} job: runs every data test in {@code sql/tests/} and fails
 * (so nightly exits non-zero and does not publish) when any rule is broken. Results are
 * kept in {@code etl_check_result}.
 */
@Configuration(proxyBeanMethods = false)
public class CheckJobConfiguration {

	public static final String JOB_NAME = "warehouseCheck";

	@Bean
	public Job warehouseCheck(JobRepository jobRepository, EtlLoadListener loadListener, Step dataTestRun) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(loadListener).start(dataTestRun).build();
	}

	@Bean
	public Step dataTestRun(JobRepository jobRepository, PlatformTransactionManager batchTransactionManager,
			Warehouse warehouse) {
		WarehouseWork work = (connection, contribution) -> {
			List<WarehouseChecks.CheckResult> results = WarehouseChecks.runAll(connection);
			WarehouseChecks.record(connection, EtlLoadListener.loadId(contribution), results);
			List<WarehouseChecks.CheckResult> failed = results.stream().filter(r -> !r.passed()).toList();
			if (!failed.isEmpty()) {
				// Commit the recorded results, then fail the step so the run is marked
				// failed.
				connection.commit();
				throw new DataCheckFailedException(failed.stream()
					.map(r -> r.name() + " (" + r.violations() + " rows, e.g. " + r.sample() + ")")
					.collect(Collectors.joining("; ", failed.size() + " of " + results.size() + " checks failed: ",
							"")));
			}
			return results.size() + " checks passed";
		};
		return new StepBuilder("dataTestRun", jobRepository)
			.tasklet(WarehouseWork.tasklet(warehouse, work), batchTransactionManager)
			.build();
	}

	@Bean
	public NightlyJob checkNightly(Job warehouseCheck) {
		return new NightlyJob() {
			@Override
			public int order() {
				return 90;
			}

			@Override
			public Job job() {
				return warehouseCheck;
			}

			@Override
			public JobParameters parameters() {
				return new JobParametersBuilder().addLong("run.at", System.currentTimeMillis()).toJobParameters();
			}

			@Override
			public boolean skipWhenAlreadyComplete() {
				return false;
			}
		};
	}

	/** A data test found rows that break its rule. */
	public static final class DataCheckFailedException extends RuntimeException {

		public DataCheckFailedException(String message) {
			super(message);
		}

	}

}

package vn.edu2030.projection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

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
import vn.edu2030.common.Edu2030Properties;
import vn.edu2030.common.Warehouse;
import vn.edu2030.projection.math.ProjectionOptions;
import vn.edu2030.reference.ReferenceJobConfiguration;

/**
 * The {@code trendProjection} job: every series with a target that applies to it,
 * projected to the target's school year with the regression (plain and recency-weighted)
 * and growth-ratio methods into {@code fct_projection}. Runs after the data it projects
 * changed.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionJobConfiguration {

	public static final String JOB_NAME = "trendProjection";

	@Bean
	public Job trendProjection(JobRepository jobRepository, EtlLoadListener loadListener, Step seriesProjection) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(loadListener).start(seriesProjection).build();
	}

	@Bean
	public Step seriesProjection(JobRepository jobRepository, PlatformTransactionManager batchTransactionManager,
			Warehouse warehouse, Edu2030Properties properties) {
		ProjectionOptions options = ProjectionOptions.DEFAULTS.withMinimumYears(properties.projection().minYears())
			.withCeilingThreshold(properties.projection().ceilingThreshold());
		return new StepBuilder("seriesProjection", jobRepository)
			.tasklet(WarehouseWork.tasklet(warehouse, (c, contribution) -> {
				ProjectionRunner.Result r = new ProjectionRunner(options).run(c, EtlLoadListener.loadId(contribution),
						properties.home().resolve("staging"));
				contribution.incrementWriteCount(r.rows());
				return r.series() + " series projected (" + r.insufficient() + " with too little data), " + r.rows()
						+ " rows";
			}), batchTransactionManager)
			.build();
	}

	@Bean
	public NightlyJob projectionNightly(Job trendProjection, Warehouse warehouse, Edu2030Properties properties) {
		return new NightlyJob() {
			@Override
			public int order() {
				return 40;
			}

			@Override
			public Job job() {
				return trendProjection;
			}

			/**
			 * The data it projects: the last completed load of reference data or
			 * statistics.
			 */
			@Override
			public JobParameters parameters() throws Exception {
				try (Connection c = warehouse.connect();
						Statement s = c.createStatement();
						ResultSet rs = s.executeQuery("select coalesce(max(load_id), 0) from etl_load "
								+ "where status = 'completed' and job_name in ('referenceLoad', 'statisticsIngest')")) {
					rs.next();
					return new JobParametersBuilder().addLong("data.load_id", rs.getLong(1))
						.addString("warehouse.id", ReferenceJobConfiguration.warehouseId(c))
						.addString("options", options(properties))
						.toJobParameters();
				}
			}
		};
	}

	private static String options(Edu2030Properties properties) {
		return "min-years=" + properties.projection().minYears() + ";ceiling="
				+ properties.projection().ceilingThreshold();
	}

}

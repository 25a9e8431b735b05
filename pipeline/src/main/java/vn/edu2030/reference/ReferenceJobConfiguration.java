package vn.edu2030.reference;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

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
import vn.edu2030.reference.internal.CatalogueLoader;
import vn.edu2030.reference.internal.PlanTaskLoader;
import vn.edu2030.reference.internal.TargetLoader;
import vn.edu2030.reference.internal.UnitLoader;

/**
 * The {@code referenceLoad} job: units and crosswalk, indicator catalogue, targets, plan
 * tasks. Each step replaces its tables in one DuckDB transaction, so a rerun or a restart
 * after a crash ends in the same state. It runs when the reference files (or the
 * warehouse) changed.
 */
@Configuration(proxyBeanMethods = false)
public class ReferenceJobConfiguration {

	public static final String JOB_NAME = "referenceLoad";

	/** The source documents (data/reference/seeds/) the targets and tasks quote. */
	public static final List<String> SEEDS = List.of("000_4e1de3a623113fa8.txt", "001_331c2a4923c43126.txt",
			"002_b38089360ac554a6.txt", "003_a8c4210bba3ef109.txt", "004_1c8a9cc9326ae526.txt");

	@Bean
	public ReferenceFiles referenceFiles(Edu2030Properties properties) {
		return new ReferenceFiles(properties.referenceDir());
	}

	@Bean
	public Job referenceLoad(JobRepository jobRepository, EtlLoadListener loadListener, Step unitLoad,
			Step catalogueLoad, Step targetLoad, Step planTaskLoad) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(loadListener)
			.start(unitLoad)
			.next(catalogueLoad)
			.next(targetLoad)
			.next(planTaskLoad)
			.build();
	}

	@Bean
	public Step unitLoad(JobRepository jobRepository, PlatformTransactionManager batchTransactionManager,
			Warehouse warehouse, ReferenceFiles files) {
		return step("unitLoad", jobRepository, batchTransactionManager, warehouse, (c, contribution) -> {
			UnitLoader.Result r = new UnitLoader().load(c, files);
			contribution.incrementWriteCount(r.units() + r.crosswalkRows());
			return r.units() + " units (" + r.newUnits() + " new communes, " + r.formerCommunes() + " former communes, "
					+ r.formerDistricts() + " former districts), " + r.crosswalkRows() + " crosswalk rows";
		});
	}

	@Bean
	public Step catalogueLoad(JobRepository jobRepository, PlatformTransactionManager batchTransactionManager,
			Warehouse warehouse, ReferenceFiles files) {
		return step("catalogueLoad", jobRepository, batchTransactionManager, warehouse, (c, contribution) -> {
			CatalogueLoader.Result r = new CatalogueLoader().load(c, files);
			contribution.incrementWriteCount(r.indicators() + r.disaggregations());
			return r.indicators() + " indicators, " + r.disaggregations() + " disaggregations";
		});
	}

	@Bean
	public Step targetLoad(JobRepository jobRepository, PlatformTransactionManager batchTransactionManager,
			Warehouse warehouse, ReferenceFiles files, Edu2030Properties properties) {
		return step("targetLoad", jobRepository, batchTransactionManager, warehouse, (c, contribution) -> {
			TargetLoader.Result r = new TargetLoader(properties.targetYearOffset()).load(c, files);
			contribution.incrementWriteCount(r.targets());
			return r.targets() + " targets from " + r.documents() + " documents";
		});
	}

	@Bean
	public Step planTaskLoad(JobRepository jobRepository, PlatformTransactionManager batchTransactionManager,
			Warehouse warehouse, ReferenceFiles files) {
		return step("planTaskLoad", jobRepository, batchTransactionManager, warehouse, (c, contribution) -> {
			int tasks = new PlanTaskLoader().load(c, files);
			contribution.incrementWriteCount(tasks);
			return tasks + " plan tasks";
		});
	}

	private static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Warehouse warehouse, WarehouseWork work) {
		return new StepBuilder(name, jobRepository).tasklet(WarehouseWork.tasklet(warehouse, work), transactionManager)
			.build();
	}

	@Bean
	public NightlyJob referenceNightly(Job referenceLoad, ReferenceFiles files, Warehouse warehouse) {
		return new NightlyJob() {
			@Override
			public int order() {
				return 10;
			}

			@Override
			public Job job() {
				return referenceLoad;
			}

			@Override
			public JobParameters parameters() throws Exception {
				try (Connection c = warehouse.connect()) {
					return new JobParametersBuilder().addString("reference.sha256", files.sha256(SEEDS))
						.addString("warehouse.id", warehouseId(c))
						.toJobParameters();
				}
			}
		};
	}

	/** The identity of the warehouse file: a new file gets everything loaded again. */
	public static String warehouseId(Connection c) throws java.sql.SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select warehouse_id from etl_warehouse")) {
			rs.next();
			return rs.getString(1);
		}
	}

}

package vn.edu2030.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.sun.management.OperatingSystemMXBean;

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
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;

import vn.edu2030.batch.EtlLoadListener;
import vn.edu2030.batch.NightlyJob;
import vn.edu2030.batch.WarehouseWork;
import vn.edu2030.common.Edu2030Properties;
import vn.edu2030.common.Folders;
import vn.edu2030.common.Warehouse;
import vn.edu2030.ingest.internal.DeliveryLoader;
import vn.edu2030.ingest.internal.KonTumXlsxReader;
import vn.edu2030.ingest.internal.MergedProvinceReader;
import vn.edu2030.ingest.internal.QuangNgaiCsvReader;
import vn.edu2030.ingest.internal.ReferenceLookups;
import vn.edu2030.ingest.xlsx.XlsxReader;
import vn.edu2030.reference.ReferenceFiles;
import vn.edu2030.reference.ReferenceJobConfiguration;

/**
 * The {@code statisticsIngest} job: load every new or changed delivery (each in its own
 * transaction, corrections replacing what they correct), then recompute the derived
 * indicators and the new-commune values re-based across the 2025 reform, then the
 * data-quality flags.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

	public static final String JOB_NAME = "statisticsIngest";

	private static final Logger log = LoggerFactory.getLogger(IngestJobConfiguration.class);

	@Bean
	public Job statisticsIngest(JobRepository jobRepository, EtlLoadListener loadListener, Step deliveryLoad,
			Step communeRebase, Step qualityFlag, Step ingestCheckpoint) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(loadListener)
			.start(deliveryLoad)
			.next(communeRebase)
			.next(qualityFlag)
			.next(ingestCheckpoint)
			.build();
	}

	/**
	 * Writes what the loads left in DuckDB's write-ahead log into the database file and
	 * opens it again, so that the jobs after the ingest (projections, checks, export)
	 * read compressed storage rather than what the loads left in memory.
	 */
	@Bean
	public Step ingestCheckpoint(JobRepository jobRepository, PlatformTransactionManager batchTransactionManager,
			Warehouse warehouse) {
		return new StepBuilder("ingestCheckpoint", jobRepository).tasklet((contribution, chunk) -> {
			warehouse.reopen();
			return RepeatStatus.FINISHED;
		}, batchTransactionManager).build();
	}

	@Bean
	public Step deliveryLoad(JobRepository jobRepository, PlatformTransactionManager batchTransactionManager,
			Warehouse warehouse, ReferenceFiles files, Edu2030Properties properties) throws IOException {
		KonTumXlsxReader konTum = new KonTumXlsxReader(files, XlsxReader.Limits.DEFAULT);
		return new StepBuilder("deliveryLoad", jobRepository).tasklet((contribution, chunk) -> {
			long loadId = EtlLoadListener.loadId(contribution);
			long stepStarted = System.nanoTime();
			long cpuStarted = processCpuNanos();
			DeliveryScanner scanner = new DeliveryScanner(properties.incomingDir());
			DeliveryScanner.Scan scan = scanner.list();
			DeliveryLoader loader = new DeliveryLoader(properties.ingest().maxRejectShare());
			// What a killed run left in staging goes first (no other run can be on: the
			// nightly lock).
			Path staging = properties.home().resolve("staging").resolve("ingest");
			Folders.deleteTree(staging);
			long maxFileBytes = properties.ingest().maxFileBytes();
			Counts counts = new Counts();
			// Two connections take turns: while one loads a delivery, the other reads the
			// next one into its own staging tables. A background thread hashes the files
			// in load order, ahead of both (and of the lookups, which load meanwhile).
			ExecutorService hashing = Executors.newSingleThreadExecutor(daemon("edu2030-hashing"));
			ExecutorService reading = Executors.newSingleThreadExecutor(daemon("edu2030-reading"));
			try (Connection first = warehouse.connect(); Connection second = warehouse.connect()) {
				List<Connection> connections = List.of(first, second);
				List<Future<Delivery>> deliveries = new ArrayList<>();
				for (Path file : scan.files()) {
					deliveries.add(hashing.submit(() -> scanner.describe(file)));
				}
				hashing.shutdown();
				long started = System.nanoTime();
				ReferenceLookups lookups = ReferenceLookups.load(first, files);
				log.debug("reference lookups in {} ms", (System.nanoTime() - started) / 1_000_000);
				for (DeliveryScanner.Misnamed m : scan.misnamed()) {
					log.warn("{}: refused, {}", m.path(), m.reason());
				}
				Function<Integer, Future<Optional<DeliveryLoader.Prepared>>> read = k -> reading.submit(() -> {
					Delivery d = described(deliveries.get(k));
					Connection c = connections.get(k % 2);
					if (known(c, d.feed().folder(), d.sha256()) || d.sizeBytes() > maxFileBytes) {
						return Optional.empty();
					}
					return Optional.of(loader.prepare(c, d, reader(d.feed(), konTum), lookups, staging));
				});
				Future<Optional<DeliveryLoader.Prepared>> next = deliveries.isEmpty() ? null : read.apply(0);
				for (int k = 0; k < deliveries.size(); k++) {
					Optional<DeliveryLoader.Prepared> prepared = described(next);
					next = k + 1 < deliveries.size() ? read.apply(k + 1) : null;
					Delivery d = described(deliveries.get(k));
					Connection c = connections.get(k % 2);
					// Known now, if an identical file loaded just before.
					if (known(c, d.feed().folder(), d.sha256())) {
						if (prepared.isPresent()) {
							loader.discard(prepared.get());
							log.info("{}: same content as a delivery loaded just before; not loaded again",
									d.fileName());
						}
						continue;
					}
					DeliveryLoader.Outcome outcome = prepared.isPresent() ? loader.finish(prepared.get(), loadId)
							: loader.refuseUnread(c, d, loadId,
									"file of " + d.sizeBytes() + " bytes is over the limit of " + maxFileBytes
											+ " (edu2030.ingest.max-file-bytes)");
					counts.add(outcome);
				}
			}
			finally {
				// A failed load leaves no work behind.
				hashing.shutdownNow();
				reading.shutdownNow();
				reading.awaitTermination(5, TimeUnit.MINUTES);
			}
			log.debug("deliveries loaded in {} ms, {} ms of processor time (all threads)",
					(System.nanoTime() - stepStarted) / 1_000_000, (processCpuNanos() - cpuStarted) / 1_000_000);
			contribution.incrementWriteCount(counts.facts);
			contribution.getStepExecution()
				.getExecutionContext()
				.putString("summary",
						counts.loaded + " deliveries loaded, " + counts.superseded + " kept as superseded, "
								+ counts.refused + " refused"
								+ (scan.misnamed().isEmpty() ? "" : ", " + scan.misnamed().size() + " misnamed") + "; "
								+ counts.facts + " facts, " + counts.rejects + " rows rejected");
			return RepeatStatus.FINISHED;
		}, batchTransactionManager).build();
	}

	@Bean
	public Step communeRebase(JobRepository jobRepository, PlatformTransactionManager batchTransactionManager,
			Warehouse warehouse) {
		return new StepBuilder("communeRebase", jobRepository)
			.tasklet(WarehouseWork.tasklet(warehouse, (c, contribution) -> {
				runRefresh(c, EtlLoadListener.loadId(contribution), "10_derived_indicators.sql",
						"20_commune_values.sql");
				return count(c, "select count(*) from fct_indicator_value_commune") + " new-commune values ("
						+ count(c, "select count(*) from fct_indicator_value_commune where comparability <> 'native'")
						+ " re-based), " + count(c, "select count(*) from fct_indicator_value where feed = 'derived'")
						+ " derived facts";
			}), batchTransactionManager)
			.build();
	}

	@Bean
	public Step qualityFlag(JobRepository jobRepository, PlatformTransactionManager batchTransactionManager,
			Warehouse warehouse) {
		return new StepBuilder("qualityFlag", jobRepository)
			.tasklet(WarehouseWork.tasklet(warehouse, (c, contribution) -> {
				runRefresh(c, EtlLoadListener.loadId(contribution), "30_quality_flags.sql");
				return count(c, "select count(*) from etl_dq_flag") + " data-quality flags";
			}), batchTransactionManager)
			.build();
	}

	/** Runs SQL files of sql/refresh with the load id set as the variable load_id. */
	static void runRefresh(Connection c, long loadId, String... files) throws Exception {
		try (Statement s = c.createStatement()) {
			s.execute("SET VARIABLE load_id = " + loadId);
			for (String file : files) {
				String sql = new ClassPathResource("sql/refresh/" + file).getContentAsString(StandardCharsets.UTF_8);
				for (String statement : sql.split(";\\s*(\\n|$)")) {
					if (!statement.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
						s.execute(statement);
					}
				}
			}
		}
	}

	static long count(Connection c, String sql) throws Exception {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Processor time of the whole process (DuckDB's threads too), -1 if unknown. */
	private static long processCpuNanos() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os ? os.getProcessCpuTime()
				: -1;
	}

	private static <T> T described(Future<T> f) throws Exception {
		try {
			return f.get();
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof Exception e ? e : ex;
		}
	}

	private static FeedReader reader(Feed feed, KonTumXlsxReader konTum) {
		return switch (feed) {
			case FORMER_QUANG_NGAI -> new QuangNgaiCsvReader();
			case FORMER_KON_TUM -> konTum;
			case QUANG_NGAI -> new MergedProvinceReader();
		};
	}

	private static ThreadFactory daemon(String name) {
		return r -> {
			Thread t = new Thread(r, name);
			t.setDaemon(true);
			return t;
		};
	}

	/** What the deliveries of one run came to. */
	private static final class Counts {

		int loaded;

		int refused;

		int superseded;

		long facts;

		long rejects;

		void add(DeliveryLoader.Outcome outcome) {
			log.info("{}: {} ({} facts, {} rejected){}", outcome.fileName(), outcome.status(), outcome.factsLoaded(),
					outcome.rejected(), outcome.reason() == null ? "" : " — " + outcome.reason());
			switch (outcome.status()) {
				case "loaded" -> loaded++;
				case "superseded" -> superseded++;
				default -> refused++;
			}
			facts += outcome.factsLoaded();
			rejects += outcome.rejected();
		}

	}

	private static boolean known(Connection c, String feed, String sha256) throws Exception {
		try (PreparedStatement p = c.prepareStatement("select 1 from etl_file where feed = ? and file_sha256 = ?")) {
			p.setString(1, feed);
			p.setString(2, sha256);
			try (ResultSet rs = p.executeQuery()) {
				return rs.next();
			}
		}
	}

	@Bean
	public NightlyJob ingestNightly(Job statisticsIngest, Warehouse warehouse, ReferenceFiles files,
			Edu2030Properties properties) {
		return new NightlyJob() {
			@Override
			public int order() {
				return 20;
			}

			@Override
			public Job job() {
				return statisticsIngest;
			}

			/**
			 * What the job would see: the deliveries' names, sizes and times (hashing
			 * every file each night would cost more than the whole no-op run), the
			 * reference data and the warehouse.
			 */
			@Override
			public JobParameters parameters() throws Exception {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				DeliveryScanner.Scan scan = new DeliveryScanner(properties.incomingDir()).list();
				List<Path> all = new ArrayList<>(scan.files());
				scan.misnamed().forEach(m -> all.add(m.path()));
				for (Path file : all) {
					digest.update((properties.incomingDir().relativize(file) + "|" + Files.size(file) + "|"
							+ Files.getLastModifiedTime(file).toMillis() + "\n")
						.getBytes(StandardCharsets.UTF_8));
				}
				try (Connection c = warehouse.connect()) {
					return new JobParametersBuilder()
						.addString("incoming.fingerprint", HexFormat.of().formatHex(digest.digest()))
						.addString("reference.sha256", files.sha256(ReferenceJobConfiguration.SEEDS))
						.addString("warehouse.id", ReferenceJobConfiguration.warehouseId(c))
						.toJobParameters();
				}
			}
		};
	}

}

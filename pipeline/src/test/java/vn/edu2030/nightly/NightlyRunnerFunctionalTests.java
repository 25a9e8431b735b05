package vn.edu2030.nightly;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.edu2030.TestCli;
import vn.edu2030.TestHomes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nightly runs on one home never overlap: not two threads of one process, not two
 * processes. A schema change is published even when no data changed.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NightlyRunnerFunctionalTests {

	static final Path HOME = TestHomes.create("nightly-runner");

	static final Path INCOMING = TestHomes.create("nightly-runner-incoming");

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		registry.add("edu2030.home", HOME::toString);
		registry.add("edu2030.incoming-dir", INCOMING::toString);
	}

	@Autowired
	NightlyRunner runner;

	@Test
	void twoRunsStartedTogetherInOneProcessDoNotOverlap() throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		Callable<Object> run = () -> {
			go.await();
			try {
				return runner.run(List.of(), false);
			}
			catch (NightlyLock.HeldException ex) {
				return ex;
			}
		};
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Object> first = threads.submit(run);
			Future<Object> second = threads.submit(run);
			go.countDown();
			List<Object> results = List.of(first.get(3, TimeUnit.MINUTES), second.get(3, TimeUnit.MINUTES));
			// a run takes a second or more: the other one came while it held the lock
			assertThat(results).filteredOn(NightlyRunner.Outcome.class::isInstance)
				.singleElement()
				.satisfies(outcome -> assertThat(((NightlyRunner.Outcome) outcome).success()).isTrue());
			assertThat(results).filteredOn(NightlyLock.HeldException.class::isInstance)
				.singleElement()
				.satisfies(refused -> assertThat(((Exception) refused).getMessage())
					.startsWith("another nightly run holds the lock"));
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aRunInAnotherProcessFindsTheLockHeldAndExits1() throws Exception {
		try (NightlyLock lock = NightlyLock.tryAcquire(HOME)) {
			assertThat(lock).isNotNull();
			// a second attempt in this process is refused without letting go of the
			// operating system's lock (closing any channel on the file would)
			assertThat(NightlyLock.tryAcquire(HOME)).isNull();

			Process nightly = TestCli.start(HOME, INCOMING, "second-jvm-nightly", "nightly");
			try {
				assertThat(nightly.waitFor(3, TimeUnit.MINUTES)).as("the second JVM ends").isTrue();
				String err = Files.readString(HOME.resolve("second-jvm-nightly.err"), StandardCharsets.UTF_8);
				assertThat(nightly.exitValue()).as(err).isEqualTo(1);
				assertThat(err).contains("edu2030 nightly: FAILED — another nightly run holds the lock");
			}
			finally {
				nightly.destroyForcibly();
			}
		}
		// released: the next run takes it
		try (NightlyLock lock = NightlyLock.tryAcquire(HOME)) {
			assertThat(lock).isNotNull();
		}
	}

	@Test
	void aChangedMigrationIsPublishedWithNoNewData() throws Exception {
		runner.run(List.of(), false);
		assertThat(runner.run(List.of(), false).published()).as("nothing new").isFalse();
		// as if a new version of the application had changed this view's definition
		try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + HOME.resolve("edu2030.duckdb"));
				Statement s = c.createStatement()) {
			s.execute("delete from flyway_schema_history where script = 'R__20_v_former_area_new_units.sql'");
		}
		NightlyRunner.Outcome outcome = runner.run(List.of(), false);
		assertThat(outcome.line()).contains("referenceLoad UNCHANGED", "warehouseCheck SKIPPED")
			.endsWith("; published");
	}

}

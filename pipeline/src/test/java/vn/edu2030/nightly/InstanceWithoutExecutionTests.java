package vn.edu2030.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.edu2030.TestHomes;
import vn.edu2030.batch.NightlyJob;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed between creating a job instance and its first execution leaves an
 * instance that Spring Batch can neither start nor restart. The next nightly run removes
 * it and runs the job. (The kill test of {@link NightlyRestartTests} meets this state
 * only when the kill lands in that moment; here it is made on purpose.)
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InstanceWithoutExecutionTests {

	static final Path HOME = TestHomes.create("instance-without-execution");

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		registry.add("edu2030.home", HOME::toString);
		registry.add("edu2030.incoming-dir", HOME.resolve("empty")::toString);
	}

	@Autowired
	NightlyRunner runner;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	List<NightlyJob> jobs;

	@Test
	void theNextRunRemovesTheInstanceAndRunsTheJob() throws Exception {
		Files.createDirectories(HOME.resolve("empty"));
		NightlyJob reference = jobs.stream()
			.filter(j -> j.job().getName().equals("referenceLoad"))
			.findFirst()
			.orElseThrow();
		var instance = jobRepository.createJobInstance("referenceLoad", reference.parameters());
		assertThat(jobRepository.getJobExecutions(instance)).isEmpty();

		NightlyRunner.Outcome outcome = runner.run(List.of(), false);

		assertThat(outcome.success()).as(outcome.line()).isTrue();
		assertThat(outcome.line()).contains("referenceLoad COMPLETED");
		assertThat(jobRepository.getJobInstance(instance.getInstanceId())).isNull();
	}

}

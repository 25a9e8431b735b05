package vn.edu2030.batch;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * A job that is part of {@code nightly}. Its identifying parameters say what it would
 * work on (file hashes, the warehouse's identity): when a run with the same parameters
 * already completed, the job has nothing new to do and nightly skips it; when one failed,
 * nightly restarts it.
 */
public interface NightlyJob {

	/** Position in the nightly sequence (ingest before projections before checks …). */
	int order();

	Job job();

	/** Parameters of the run nightly would start now. */
	JobParameters parameters() throws Exception;

	/** Whether a completed run with the same parameters means there is nothing to do. */
	default boolean skipWhenAlreadyComplete() {
		return true;
	}

}

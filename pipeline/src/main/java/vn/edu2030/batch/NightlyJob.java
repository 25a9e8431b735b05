package vn.edu2030.batch;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * A job that is part of {@code nightly}. Its identifying parameters say what it would
 * work on (file hashes, the warehouse's identity): when a run with the same parameters
 * already completed, the job has nothing new to do and nightly skips it; when one failed,
 * nightly restarts it.
 * <p>
 * A job that works on whatever the earlier jobs left ({@link #skipWhenAlreadyComplete()}
 * false: the data checks, the Parquet export) gets new parameters on every run; nightly
 * runs it when an earlier job of the same nightly ran or when its own last run did not
 * complete, and skips it otherwise. {@link #runsWhenUnpublished()} says whether a missing
 * analyst copy is a reason to run it too.
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

	/**
	 * For a job that does not skip by its parameters: whether it also runs, when no
	 * earlier job of this nightly ran, because there is no published analyst copy yet.
	 * True for the data checks (the first publish must be checked); false for a job that
	 * runs only after an earlier job ran (the Parquet export: a release of unchanged data
	 * would repeat the last one).
	 */
	default boolean runsWhenUnpublished() {
		return true;
	}

}

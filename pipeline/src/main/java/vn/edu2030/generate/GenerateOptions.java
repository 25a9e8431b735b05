package vn.edu2030.generate;

import java.nio.file.Path;

/**
 * What {@code edu2030 generate} writes.
 *
 * @param out the folder the feeds go to
 * @param scale province (the committed sample) or national (a benchmark set)
 * @param seed seed of every random draw: the same seed gives the same bytes
 * @param formerCommunes national scale only: former communes of the synthetic country
 */
public record GenerateOptions(Path out, Scale scale, long seed, int formerCommunes) {

	public static final long DEFAULT_SEED = 20300101L;

	public static final int DEFAULT_FORMER_COMMUNES = 10_000;

	/** Size of the generated set. */
	public enum Scale {

		PROVINCE, NATIONAL

	}

}

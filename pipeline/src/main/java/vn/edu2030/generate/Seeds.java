package vn.edu2030.generate;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Deterministic randomness: every draw comes from a {@link SplittableRandom} seeded by
 * the run's seed mixed with the names of what is drawn (area, purpose, year), so a value
 * never depends on the order in which others were drawn. Floating point uses
 * {@link StrictMath} so that the same seed gives the same bytes on every JVM.
 */
final class Seeds {

	private Seeds() {
	}

	static SplittableRandom random(long seed, Object... parts) {
		return new SplittableRandom(key(seed, parts));
	}

	static long key(long seed, Object... parts) {
		long h = fmix(seed ^ 0x2545F4914F6CDD1DL);
		for (Object part : parts) {
			byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
			for (byte b : bytes) {
				h = fmix(h ^ (b & 0xFF) * 0x9E3779B97F4A7C15L);
			}
			h = fmix(h ^ 0x632BE59BD9B4E019L);
		}
		return h;
	}

	/** MurmurHash3's 64-bit finaliser. */
	private static long fmix(long k) {
		k ^= k >>> 33;
		k *= 0xFF51AFD7ED558CCDL;
		k ^= k >>> 33;
		k *= 0xC4CEB9FE1A85EC53L;
		k ^= k >>> 33;
		return k;
	}

	/** A standard normal draw (Box–Muller). */
	static double normal(SplittableRandom random) {
		double u1 = 1.0 - random.nextDouble();
		double u2 = random.nextDouble();
		return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
	}

	static double normal(long seed, Object... parts) {
		return normal(random(seed, parts));
	}

	static double uniform(long seed, double from, double to, Object... parts) {
		return from + (to - from) * random(seed, parts).nextDouble();
	}

	/** exp(sigma × N(0,1)): a positive multiplier around 1. */
	static double lognormal(long seed, double sigma, Object... parts) {
		return StrictMath.exp(sigma * normal(seed, parts));
	}

	static double logistic(double x) {
		return 1.0 / (1.0 + StrictMath.exp(-x));
	}

	static double logit(double p) {
		return StrictMath.log(p / (1.0 - p));
	}

}

package vn.edu2030.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The allocator's promise: parts sum to the total exactly, within their bounds. */
class AllocatorTest {

	@Test
	void proportionalAndExact() {
		long[] parts = Allocator.allocate(10, new double[] { 1, 1, 2 }, new long[3], new long[] { 10, 10, 10 });
		assertThat(parts).containsExactly(3, 2, 5);
	}

	@Test
	void boundsAreHonouredAndTheRestIsShared() {
		long[] parts = Allocator.allocate(100, new double[] { 10, 1, 1 }, new long[] { 0, 5, 0 },
				new long[] { 20, 100, 100 });
		assertThat(parts[0]).isEqualTo(20);
		assertThat(parts[1]).isGreaterThanOrEqualTo(5);
		assertThat(Arrays.stream(parts).sum()).isEqualTo(100);
	}

	@Test
	void zeroWeightsFallBackToCapacity() {
		long[] parts = Allocator.allocate(4, new double[] { 0, 0 }, new long[2], new long[] { 1, 3 });
		assertThat(parts).containsExactly(1, 3);
	}

	@Test
	void randomProblemsAlwaysAddUp() {
		SplittableRandom random = new SplittableRandom(1);
		for (int trial = 0; trial < 2_000; trial++) {
			int n = 1 + random.nextInt(40);
			double[] w = new double[n];
			long[] lo = new long[n];
			long[] hi = new long[n];
			long min = 0;
			long max = 0;
			for (int i = 0; i < n; i++) {
				w[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 100;
				lo[i] = random.nextInt(5);
				hi[i] = lo[i] + random.nextInt(50);
				min += lo[i];
				max += hi[i];
			}
			long total = min + (max == min ? 0 : random.nextLong(max - min + 1));
			long[] parts = Allocator.allocate(total, w, lo, hi);
			assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
			for (int i = 0; i < n; i++) {
				assertThat(parts[i]).isBetween(lo[i], hi[i]);
			}
		}
	}

	@Test
	void anImpossibleTotalIsRefused() {
		assertThatThrownBy(() -> Allocator.allocate(11, new double[] { 1 }, new long[1], new long[] { 10 }))
			.hasMessageContaining("cannot split 11");
	}

}

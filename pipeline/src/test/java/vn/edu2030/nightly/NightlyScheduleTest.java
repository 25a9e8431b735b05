package vn.edu2030.nightly;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The cron expressions serve accepts. */
class NightlyScheduleTest {

	static final LocalDateTime NEW_YEAR = LocalDateTime.of(2026, 1, 1, 0, 0);

	@Test
	void springsSixFieldsAreTakenAsTheyAre() {
		assertThat(NightlySchedule.parse("0 30 2 * * *")).isEqualTo("0 30 2 * * *");
		assertThat(NightlySchedule.parse("  * * * * * *  ")).isEqualTo("* * * * * *");
		assertThat(schedule("0 30 2 * * *").nextAfter(NEW_YEAR)).isEqualTo(LocalDateTime.of(2026, 1, 1, 2, 30));
	}

	@Test
	void crontabsFiveFieldsRunAtSecondZero() {
		assertThat(NightlySchedule.parse("30 2 * * *")).isEqualTo("0 30 2 * * *");
		// 1 January 2026 is a Thursday
		assertThat(schedule("30 2 * * 1-5").nextAfter(NEW_YEAR)).isEqualTo(LocalDateTime.of(2026, 1, 1, 2, 30, 0));
		assertThat(schedule("*/15 * * * *").nextAfter(NEW_YEAR.plusSeconds(1)))
			.isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 15));
	}

	@Test
	void macrosPass() {
		assertThat(NightlySchedule.parse("@daily")).isEqualTo("@daily");
		assertThat(schedule("@daily").nextAfter(NEW_YEAR.plusHours(3))).isEqualTo(LocalDateTime.of(2026, 1, 2, 0, 0));
	}

	@Test
	void badExpressionsAreRefusedWithWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> NightlySchedule.parse("* * *"))
			.withMessageContaining("has 3 fields")
			.withMessageContaining("6 (second minute hour");
		assertThatIllegalArgumentException().isThrownBy(() -> NightlySchedule.parse("0 0 0 * * * 2026"))
			.withMessageContaining("has 7 fields");
		assertThatIllegalArgumentException().isThrownBy(() -> NightlySchedule.parse(""))
			.withMessageContaining("has 0 fields");
		assertThatIllegalArgumentException().isThrownBy(() -> NightlySchedule.parse("daily"))
			.withMessageContaining("has 1 fields");
		assertThatIllegalArgumentException().isThrownBy(() -> NightlySchedule.parse("61 * * * *"));
		assertThatIllegalArgumentException().isThrownBy(() -> NightlySchedule.parse("0 0 25 * * *"));
		assertThatIllegalArgumentException().isThrownBy(() -> NightlySchedule.parse("@sometimes"));
	}

	private static NightlySchedule schedule(String cron) {
		return new NightlySchedule(cron, null, line -> {
		});
	}

}

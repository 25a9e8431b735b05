package vn.edu2030.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchoolYearTest {

	@Test
	void commonSpellings() {
		for (String text : new String[] { "2024-2025", "2024 - 2025", "2024-25", "2024/2025", "NH 2024-2025",
				"Năm học 2024–2025", "SY2024-25", "2024" }) {
			assertThat(SchoolYear.parse(text)).as(text).isEqualTo(SchoolYear.of(2024));
		}
		assertThat(SchoolYear.parse("1999-00")).isEqualTo(SchoolYear.of(1999));
		assertThat(SchoolYear.of(2024).label()).isEqualTo("2024-2025");
	}

	@Test
	void notASchoolYear() {
		assertThatThrownBy(() -> SchoolYear.parse("2024-2026")).hasMessageContaining("start + 1");
		assertThatThrownBy(() -> SchoolYear.parse("năm ngoái")).hasMessageContaining("unrecognised");
		assertThatThrownBy(() -> SchoolYear.parse(" ")).hasMessageContaining("empty");
	}

}

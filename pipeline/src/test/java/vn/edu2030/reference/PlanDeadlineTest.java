package vn.edu2030.reference;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadline wordings of the plans, parsed to dates, recurrences and conditions. */
class PlanDeadlineTest {

	@Test
	void quarterOfAYear() {
		assertThat(PlanDeadline.parse("Quý I năm 2026")).isEqualTo(date("2026-03-31"));
		assertThat(PlanDeadline.parse("Quý IV/2025")).isEqualTo(date("2025-12-31"));
		assertThat(PlanDeadline.parse("quy iii 2025")).isEqualTo(date("2025-09-30"));
		// Two quarters named: the later one is the deadline.
		assertThat(PlanDeadline.parse("Quý IV/2025 và Quý I/2026")).isEqualTo(date("2026-03-31"));
	}

	@Test
	void wholeYearAndDates() {
		assertThat(PlanDeadline.parse("Năm 2026")).isEqualTo(date("2026-12-31"));
		assertThat(PlanDeadline.parse("Hoàn thành trước 30 tháng 8 năm 2025")).isEqualTo(date("2025-08-30"));
		assertThat(PlanDeadline.parse("trước ngày 10/6/2026")).isEqualTo(date("2026-06-10"));
		assertThat(PlanDeadline.parse("Tháng 9/2025")).isEqualTo(date("2025-09-30"));
	}

	@Test
	void recurring() {
		assertThat(PlanDeadline.parse("Thường xuyên"))
			.isEqualTo(new PlanDeadline("recurring", null, null, "continuous", null));
		assertThat(PlanDeadline.parse("Hằng năm")).isEqualTo(new PlanDeadline("recurring", null, null, "annual", null));
		assertThat(PlanDeadline.parse("Hàng năm").recurrence()).isEqualTo("annual");
		assertThat(PlanDeadline.parse("Thường xuyên, hằng năm").recurrence()).isEqualTo("annual");
	}

	@Test
	void dateThenRecurring() {
		assertThat(PlanDeadline.parse("Hội nghị quán triệt hoàn thành Quý III /2025; và tổ chức thường xuyên"))
			.isEqualTo(new PlanDeadline("date_and_recurring", LocalDate.parse("2025-09-30"), null, "continuous", null));
	}

	@Test
	void period() {
		assertThat(PlanDeadline.parse("Giai đoạn 2026-2030")).isEqualTo(
				new PlanDeadline("period", LocalDate.parse("2030-12-31"), LocalDate.parse("2026-01-01"), null, null));
	}

	@Test
	void conditionalKeepsTheConditionAndTheExpectedYear() {
		assertThat(PlanDeadline.parse("Sau khi Chính phủ ban hành, dự kiến năm 2026-2027")).isEqualTo(new PlanDeadline(
				"conditional", LocalDate.parse("2027-12-31"), null, null, "Sau khi Chính phủ ban hành"));
		assertThat(PlanDeadline.parse("Sau khi Bộ GDĐT triển khai"))
			.isEqualTo(new PlanDeadline("conditional", null, null, null, "Sau khi Bộ GDĐT triển khai"));
	}

	@Test
	void datesOfCitedDocumentsAreNotDeadlines() {
		PlanDeadline d = PlanDeadline.parse("Tiếp tục triển khai Kế hoạch số 1469/KH-UBND ngày 17/5/2022; tham mưu UBND"
				+ " tỉnh điều chỉnh bổ sung khi \"Đề án tăng cường ứng dụng công nghệ thông tin giai đoạn 2026-2030\""
				+ " thuộc Nghị quyết số 51/NQ- CP ngày 18 tháng 3 năm 2025 của Chính phủ đc ban hành phê duyệt.");
		assertThat(d.kind()).isEqualTo("conditional");
		assertThat(d.dueDate()).isNull();
		assertThat(d.condition()).startsWith("tham mưu UBND tỉnh điều chỉnh bổ sung khi");
	}

	@Test
	void diacriticsMissingStillParse() {
		assertThat(PlanDeadline.parse("Quy I nam 2026")).isEqualTo(date("2026-03-31"));
		assertThat(PlanDeadline.parse("THUONG XUYEN").kind()).isEqualTo("recurring");
	}

	@Test
	void nothingToParse() {
		assertThat(PlanDeadline.parse("").kind()).isEqualTo("unparsed");
		assertThat(PlanDeadline.parse(null).kind()).isEqualTo("unparsed");
		assertThat(PlanDeadline.parse("Khi có yêu cầu").kind()).isEqualTo("unparsed");
	}

	private static PlanDeadline date(String iso) {
		return new PlanDeadline("date", LocalDate.parse(iso), null, null, null);
	}

}

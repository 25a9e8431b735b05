package vn.edu2030.reference;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.edu2030.common.VietnameseText;

/**
 * A plan task's deadline as the plans word it, parsed: a date (the last day of the period
 * named), a recurrence, a condition, or several of these ("Hội nghị hoàn thành Quý
 * III/2025; và tổ chức thường xuyên" is a date and a recurrence). The original wording is
 * always kept beside it.
 *
 * @param kind date, period, recurring, date_and_recurring, conditional, unparsed
 * @param dueDate the last day of the named period (a quarter's, a year's, a period's last
 * year's)
 * @param periodStart first day of a multi-year period ("Giai đoạn 2026-2030") or null
 * @param recurrence continuous ("Thường xuyên"), annual ("Hằng năm") or null
 * @param condition the condition wording ("Sau khi Chính phủ ban hành") or null
 */
public record PlanDeadline(String kind, LocalDate dueDate, LocalDate periodStart, String recurrence, String condition) {

	private static final Pattern QUARTER = Pattern.compile("\\bquy (iv|iii|ii|i|1|2|3|4)\\b(?: nam)? (\\d{4})");

	private static final Pattern YEAR_RANGE = Pattern.compile("\\b(?:nam |giai doan )?(\\d{4}) (\\d{4})\\b");

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("\\b(?:ngay )?(\\d{1,2}) (?:thang )?(\\d{1,2}) (?:nam )?(\\d{4})\\b");

	private static final Pattern MONTH_YEAR = Pattern.compile("\\bthang (\\d{1,2}) (?:nam )?(\\d{4})\\b");

	private static final Pattern YEAR = Pattern.compile("\\bnam (\\d{4})\\b");

	/** "Sau khi Chính phủ ban hành, dự kiến …": the condition is the first phrase. */
	private static final Pattern AFTER_CONDITION = Pattern.compile("^\\s*(Sau khi[^,;]*)", Pattern.CASE_INSENSITIVE);

	/**
	 * "… điều chỉnh bổ sung khi "Đề án …" … được ban hành": the whole clause is the
	 * condition.
	 */
	private static final Pattern WHEN_CONDITION = Pattern
		.compile("([^;.]*\\bkhi\\b[^;.]*(?:ban hành|phê duyệt|triển khai)[^;.]*)", Pattern.CASE_INSENSITIVE);

	/** Titles in quotes name other documents and their periods, not this deadline. */
	private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

	/** "số 1469/KH-UBND ngày 17/5/2022": the date of a cited document, not a deadline. */
	private static final Pattern CITATION = Pattern.compile(
			"số[^;.]{0,40}?ngày\\s+\\d{1,2}(?:\\s*/\\s*|\\s+tháng\\s+)\\d{1,2}(?:\\s*/\\s*|\\s+năm\\s+)\\d{4}",
			Pattern.CASE_INSENSITIVE);

	public static PlanDeadline parse(String wording) {
		if (wording == null || wording.isBlank()) {
			return new PlanDeadline("unparsed", null, null, null, null);
		}
		String clean = VietnameseText.clean(wording);
		String folded = VietnameseText.fold(CITATION.matcher(QUOTED.matcher(clean).replaceAll(" ")).replaceAll(" "));

		String recurrence = null;
		if (folded.contains("hang nam")) {
			recurrence = "annual";
		}
		else if (folded.contains("thuong xuyen")) {
			recurrence = "continuous";
		}
		String condition = null;
		Matcher after = AFTER_CONDITION.matcher(clean);
		Matcher when = WHEN_CONDITION.matcher(clean);
		if (after.find()) {
			condition = after.group(1).strip();
		}
		else if (when.find()) {
			condition = when.group(1).strip();
		}

		List<LocalDate> dates = new ArrayList<>();
		LocalDate periodStart = null;
		String rest = folded;

		Matcher quarter = QUARTER.matcher(rest);
		while (quarter.find()) {
			int q = quarterNumber(quarter.group(1));
			dates.add(YearMonth.of(Integer.parseInt(quarter.group(2)), q * 3).atEndOfMonth());
		}
		rest = QUARTER.matcher(rest).replaceAll(" ");

		Matcher dmy = DAY_MONTH_YEAR.matcher(rest);
		while (dmy.find()) {
			int day = Integer.parseInt(dmy.group(1));
			int month = Integer.parseInt(dmy.group(2));
			if (month >= 1 && month <= 12 && day >= 1
					&& day <= YearMonth.of(Integer.parseInt(dmy.group(3)), month).lengthOfMonth()) {
				dates.add(LocalDate.of(Integer.parseInt(dmy.group(3)), month, day));
			}
		}
		rest = DAY_MONTH_YEAR.matcher(rest).replaceAll(" ");

		Matcher my = MONTH_YEAR.matcher(rest);
		while (my.find()) {
			dates.add(YearMonth.of(Integer.parseInt(my.group(2)), Integer.parseInt(my.group(1))).atEndOfMonth());
		}
		rest = MONTH_YEAR.matcher(rest).replaceAll(" ");

		Matcher range = YEAR_RANGE.matcher(rest);
		boolean isPeriod = false;
		while (range.find()) {
			int from = Integer.parseInt(range.group(1));
			int to = Integer.parseInt(range.group(2));
			dates.add(LocalDate.of(to, 12, 31));
			if (rest.contains("giai doan")) {
				isPeriod = true;
				periodStart = LocalDate.of(from, 1, 1);
			}
		}
		rest = YEAR_RANGE.matcher(rest).replaceAll(" ");

		Matcher year = YEAR.matcher(rest);
		while (year.find()) {
			dates.add(LocalDate.of(Integer.parseInt(year.group(1)), 12, 31));
		}

		LocalDate due = dates.stream().max(Comparator.naturalOrder()).orElse(null);
		String kind;
		if (condition != null) {
			kind = "conditional";
		}
		else if (due != null && recurrence != null) {
			kind = "date_and_recurring";
		}
		else if (isPeriod) {
			kind = "period";
		}
		else if (due != null) {
			kind = "date";
		}
		else if (recurrence != null) {
			kind = "recurring";
		}
		else {
			kind = "unparsed";
		}
		return new PlanDeadline(kind, due, periodStart, recurrence, condition);
	}

	private static int quarterNumber(String roman) {
		return switch (roman) {
			case "i", "1" -> 1;
			case "ii", "2" -> 2;
			case "iii", "3" -> 3;
			default -> 4;
		};
	}

}

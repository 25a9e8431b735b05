package vn.edu2030.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The two languages of the scorecard: every label, and numbers written the way each
 * language writes them (Vietnamese: decimal comma, dot between thousands).
 */
public enum Lang {

	/** Vietnamese, the default: pages at the root of the report folder. */
	VI("vi", "Tiếng Việt", "", ',', '.'),

	/** English: pages in {@code en/}. */
	EN("en", "English", "en/", '.', ',');

	/** A non-breaking space, between a number and its unit ("38,5 %"). */
	static final String NBSP = "\u00a0";

	private final String code;

	private final String nativeName;

	private final String folder;

	private final char decimal;

	private final char grouping;

	Lang(String code, String nativeName, String folder, char decimal, char grouping) {
		this.code = code;
		this.nativeName = nativeName;
		this.folder = folder;
		this.decimal = decimal;
		this.grouping = grouping;
	}

	public String code() {
		return this.code;
	}

	/** The language's name in that language, for the switch between them. */
	public String nativeName() {
		return this.nativeName;
	}

	/** Folder of this language's pages, relative to the report folder ("" or "en/"). */
	public String folder() {
		return this.folder;
	}

	public Lang other() {
		return (this == VI) ? EN : VI;
	}

	/** The relative link from a page of this language to the same page in the other. */
	public String linkToOther(String page) {
		return (this == VI) ? "en/" + page : "../" + page;
	}

	public static Lang of(String code) {
		for (Lang lang : values()) {
			if (lang.code.equalsIgnoreCase(code)) {
				return lang;
			}
		}
		throw new IllegalArgumentException("unknown language: " + code);
	}

	/** A number with this many decimals, grouped by thousands. */
	public String number(double value, int decimals) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setDecimalSeparator(this.decimal);
		symbols.setGroupingSeparator(this.grouping);
		symbols.setMinusSign('−');
		DecimalFormat format = new DecimalFormat((decimals > 0) ? "#,##0." + "0".repeat(decimals) : "#,##0", symbols);
		String text = format.format(value);
		return text.equals("−0") ? "0" : text;
	}

	/**
	 * A number with at most this many decimals, trailing zeros dropped ("38", "65,19").
	 */
	public String numberTrimmed(double value, int maxDecimals) {
		String text = number(value, maxDecimals);
		if (maxDecimals > 0 && text.indexOf(this.decimal) >= 0) {
			text = text.replaceAll("0+$", "");
			if (text.charAt(text.length() - 1) == this.decimal) {
				text = text.substring(0, text.length() - 1);
			}
		}
		return text;
	}

	/** A school year: 2024 → "2024-2025". */
	public String schoolYear(int startYear) {
		return startYear + "-" + (startYear + 1);
	}

	/** A school year for an axis: 2024 → "2024-25". */
	public String schoolYearShort(int startYear) {
		return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
	}

	/** The label for this key in this language. */
	public String t(String key) {
		String[] texts = MESSAGES.get(key);
		if (texts == null) {
			throw new IllegalArgumentException("no label " + key);
		}
		return texts[ordinal()];
	}

	/**
	 * The label with {0}, {1} … replaced by the arguments (which are not escaped here).
	 */
	public String t(String key, Object... args) {
		String text = t(key);
		for (int i = 0; i < args.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return text;
	}

	private static final Map<String, String[]> MESSAGES = new HashMap<>();

	private static void m(String key, String vi, String en) {
		MESSAGES.put(key, new String[] { vi, en });
	}

	static {
		m("site.title", "Tiến độ mục tiêu giáo dục 2030", "Progress towards the 2030 education targets");
		m("site.subtitle",
				"Từng chỉ tiêu: số liệu các năm học, xu hướng, dự báo đến năm mục tiêu và khả năng đạt mục tiêu.",
				"Each target: the figures by school year, the trend, the projection to the target year and the chance of meeting the target.");
		m("unit.former", "(cũ)", "(former)");
		m("nav.language", "Ngôn ngữ", "Language");
		m("synthetic.banner",
				"DỮ LIỆU MẪU TỔNG HỢP — không phải số liệu thống kê thật. Các tệp số liệu đã nạp là bộ mẫu đi kèm phần mềm (được sinh tự động để thử nghiệm).",
				"SYNTHETIC SAMPLE DATA — not real statistics. The delivery files loaded are the sample bundled with the software (generated for testing).");
		m("axis.year", "Năm học", "School year");
		m("axis.percent", "Tỷ lệ (%)", "Percent (%)");
		m("axis.count", "Số lượng", "Count");
		m("axis.level", "Mức độ", "Level");
		m("legend.native", "Số liệu báo cáo", "Reported figure");
		m("legend.rebased", "Quy đổi sang đơn vị mới", "Re-based onto the new unit");
		m("legend.apportioned", "Phân bổ theo tỷ lệ (đơn vị bị chia tách)", "Apportioned (split unit)");
		m("legend.trend", "Xu hướng (hồi quy)", "Trend (regression)");
		m("legend.projection", "Dự báo", "Projection");
		m("legend.band80", "Khoảng dự báo 80 %", "80 % prediction interval");
		m("legend.band95", "Khoảng dự báo 95 %", "95 % prediction interval");
		m("legend.target", "Mục tiêu", "Target");
		m("chart.reform", "Sáp nhập 7/2025", "Merger 7/2025");
		m("chart.noData", "Chưa có số liệu", "No data yet");
		m("chart.desc.history", "Số liệu {0} năm học, từ {1} ({2}) đến {3} ({4}).",
				"Figures for {0} school years, from {1} ({2}) to {3} ({4}).");
		m("chart.desc.noHistory", "Chưa có số liệu.", "No figures yet.");
		m("chart.desc.target", "Mục tiêu {0} vào năm học {1}.", "Target {0} in school year {1}.");
		m("chart.desc.projection", "Dự báo theo xu hướng: {0} (khoảng dự báo 80 %: {1} – {2}; 95 %: {3} – {4}).",
				"Trend projection: {0} (80 % prediction interval {1} – {2}; 95 %: {3} – {4}).");
		m("chart.desc.projectionNoInterval", "Dự báo theo xu hướng: {0}.", "Trend projection: {0}.");
		m("chart.desc.status", "Đánh giá (hồi quy): {0}; (tỷ lệ tăng trưởng): {1}.",
				"Status (regression): {0}; (growth ratio): {1}.");
		m("status.legend", "Màu trạng thái", "Status colours");
		m("status.achieved.help", "giá trị mới nhất đã đạt mục tiêu", "the latest value meets the target");
		m("status.on_track.help", "xu hướng hiện tại đạt mục tiêu đúng hạn",
				"the current trend meets the target in time");
		m("status.needs_acceleration.help", "đang tiến bộ nhưng chưa đủ nhanh để đạt mục tiêu",
				"improving, but not fast enough to meet the target");
		m("status.regressing.help", "xu hướng đi xa mục tiêu", "the trend moves away from the target");
		m("status.insufficient_data.help", "chưa đủ số năm có số liệu để đánh giá (cần ít nhất 3 năm)",
				"too few years of figures to judge (at least 3 are needed)");
		m("method.regression", "Hồi quy", "Regression");
		m("method.growth", "Tỷ lệ tăng trưởng", "Growth ratio");
		m("table.indicator", "Chỉ tiêu", "Indicator");
		m("table.latest", "Mới nhất", "Latest");
		m("table.target", "Mục tiêu", "Target");
		m("table.projected", "Dự báo", "Projected");
		m("table.probability", "Xác suất đạt", "Chance of meeting");
		m("table.year", "Năm học", "School year");
		m("table.value", "Giá trị", "Value");
		m("table.comparability", "Tính so sánh", "Comparability");
		m("comparability.native", "báo cáo", "reported");
		m("comparability.rebased", "quy đổi", "re-based");
		m("comparability.apportioned", "phân bổ", "apportioned");
		m("card.target", "Mục tiêu {0} vào năm học {1}", "Target {0} by school year {1}");
		m("card.source", "văn bản {0}, mục {1}", "document {0}, clause {1}");
		m("card.latest", "Giá trị mới nhất ({0})", "Latest value ({0})");
		m("card.projected", "Dự báo năm học {0}", "Projected for {0}");
		m("card.interval", "Khoảng dự báo 80 % / 95 %", "80 % / 95 % prediction interval");
		m("card.probability", "Xác suất đạt mục tiêu", "Chance of meeting the target");
		m("card.data", "Số liệu của biểu đồ", "Figures of the chart");
		m("card.none", "—", "—");
		m("card.issue", "Lưu ý về mục tiêu", "Note on the target");
		m("applies.province target", "Mục tiêu của tỉnh", "Province target");
		m("applies.province target applied to the commune", "Mục tiêu của tỉnh, áp dụng cho xã",
				"Province target, applied to the commune");
		m("applies.own target", "Mục tiêu riêng của đơn vị", "The unit's own target");
		m("page.summary", "Tóm tắt các mục tiêu", "Targets at a glance");
		m("page.charts", "Biểu đồ từng mục tiêu", "Each target in a chart");
		m("page.targets", "{0} mục tiêu", "{0} targets");
		m("page.formedFrom", "Hình thành từ (01/7/2025)", "Formed on 1 July 2025 from");
		m("page.coveredBy", "Từ 01/7/2025, địa bàn này gồm các đơn vị mới",
				"Since 1 July 2025 this area is made up of the new units");
		m("page.coveredBy.note",
				"Số liệu từ năm học 2025-2026 là tổng của các đơn vị mới nằm trong địa bàn cũ; mục tiêu là mục tiêu riêng của đơn vị cũ.",
				"Figures from school year 2025-2026 are the sum of the new units lying in the former area; the targets are the former unit's own.");
		m("province.communes", "Các xã, phường, đặc khu ({0})", "Communes, wards and special zone ({0})");
		m("province.communes.help",
				"Số mục tiêu theo trạng thái (phương pháp hồi quy) của từng đơn vị; bấm vào tên để xem biểu đồ.",
				"Targets by status (regression method) in each unit; follow a name for its charts.");
		m("province.unit", "Đơn vị", "Unit");
		m("province.latestYear", "Số liệu mới nhất", "Latest figures");
		m("province.distribution", "Phân bố", "Distribution");
		m("province.formerUnits", "Đơn vị cũ có mục tiêu riêng", "Former units with their own targets");
		m("footnote.title", "Ghi chú phương pháp", "How to read the charts");
		m("footnote.cone",
				"Kho dữ liệu chỉ lưu khoảng dự báo tại năm mục tiêu. Dải hình nón trên biểu đồ nối từ đường xu hướng tại năm có số liệu cuối cùng đến khoảng dự báo 80 % và 95 % tại năm mục tiêu (nội suy tuyến tính trên thang hồi quy); đó là hình minh hoạ, không phải khoảng dự báo tính cho từng năm.",
				"The warehouse stores the prediction interval at the target year only. The cone on a chart joins the trend at the last observed year to the 80 % and 95 % prediction intervals at the target year (linear on the fitted scale); it illustrates, it is not an interval computed for each year.");
		m("footnote.regression",
				"Hồi quy: đường xu hướng bình phương tối thiểu qua các năm có số liệu (tỷ lệ được khớp trên thang logit nên dự báo không vượt 0–100 %), kéo dài đến năm mục tiêu. Xác suất đạt là xác suất giá trị năm mục tiêu đạt mục tiêu theo phân phối dự báo.",
				"Regression: a least-squares trend through the observed years (rates fitted on the logit scale, so a projection stays within 0–100 %), extended to the target year. The chance of meeting is the probability that the target-year value meets the target under the predictive distribution.");
		m("footnote.growth",
				"Tỷ lệ tăng trưởng (phương pháp ESCAP/UN SDG): so sánh mức tăng hằng năm thực tế với mức tăng cần thiết để đạt mục tiêu.",
				"Growth ratio (ESCAP / UN SDG progress method): the actual annual growth compared with the growth needed to meet the target.");
		m("footnote.rebased",
				"Số liệu trước năm học 2025-2026 của xã mới được quy đổi từ các xã cũ hợp thành (điểm rỗng); xã cũ bị chia tách được phân bổ theo tỷ lệ (ô vuông rỗng).",
				"Figures of a new commune before school year 2025-2026 are re-based from the former communes that formed it (hollow points); a split former commune is apportioned by weight (hollow squares).");
		m("footnote.year", "Năm học 2029-2030 là năm đánh giá mục tiêu \"đến năm 2030\".",
				"School year 2029-2030 is the year a target \"by 2030\" is judged on.");
		m("footer.sources", "Nguồn số liệu: {0} tệp đã nạp vào kho dữ liệu", "Data source: {0} delivery files loaded");
		m("footer.noSources",
				"Chưa có tệp số liệu nào được nạp; chỉ có dữ liệu tham chiếu (đơn vị, chỉ tiêu, mục tiêu).",
				"No delivery file has been loaded; only the reference data (units, indicators, targets).");
		m("footer.sample",
				"Trong đó {0} tệp là bộ số liệu mẫu đi kèm phần mềm (data/incoming): đây là dữ liệu TỔNG HỢP, không phải số liệu thật.",
				"{0} of them are the sample bundled with the software (data/incoming): SYNTHETIC data, not real statistics.");
		m("footer.notSample",
				"Không tệp nào trùng với bộ số liệu mẫu đi kèm phần mềm (bộ mẫu trong data/incoming là dữ liệu tổng hợp).",
				"None of them is part of the sample bundled with the software (the sample in data/incoming is synthetic).");
		m("footer.loaded", "Lần nạp gần nhất: {0}.", "Last load: {0}.");
		m("footer.generated", "Trang tĩnh do lệnh \"edu2030 report\" tạo từ bản sao công bố (chỉ đọc) của kho dữ liệu.",
				"Static page written by \"edu2030 report\" from the published (read-only) warehouse copy.");
		m("footer.file", "Tệp", "File");
		m("footer.feed", "Nguồn", "Feed");
		m("footer.status", "Tình trạng", "Status");
		m("footer.sampleColumn", "Mẫu", "Sample");
		m("file.loaded", "đã nạp", "loaded");
		m("file.superseded", "đã được thay thế", "superseded");
		m("file.refused", "bị từ chối", "refused");
		m("yes", "có", "yes");
		m("no", "không", "no");
	}

}

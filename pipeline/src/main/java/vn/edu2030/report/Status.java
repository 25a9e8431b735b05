package vn.edu2030.report;

/**
 * The five statuses of {@code fct_projection}, with the colour the scorecard gives each
 * and its words. The Vietnamese words are those of {@code v_progress_2030}
 * ({@code regression_status_vi}).
 */
public enum Status {

	ACHIEVED("achieved", "#1b7837", "#ffffff", "Đã đạt", "Achieved"),

	ON_TRACK("on_track", "#00838f", "#ffffff", "Đúng tiến độ", "On track"),

	NEEDS_ACCELERATION("needs_acceleration", "#f0a30a", "#1a1a1a", "Cần đẩy nhanh", "Needs acceleration"),

	REGRESSING("regressing", "#c62828", "#ffffff", "Đang giảm", "Regressing"),

	INSUFFICIENT_DATA("insufficient_data", "#bdbdbd", "#1a1a1a", "Chưa đủ dữ liệu", "Insufficient data");

	private final String code;

	private final String colour;

	private final String textColour;

	private final String vi;

	private final String en;

	Status(String code, String colour, String textColour, String vi, String en) {
		this.code = code;
		this.colour = colour;
		this.textColour = textColour;
		this.vi = vi;
		this.en = en;
	}

	/** The code stored in the warehouse: {@code on_track}. */
	public String code() {
		return this.code;
	}

	/** The CSS class of elements showing this status: {@code status-on_track}. */
	public String cssClass() {
		return "status-" + this.code;
	}

	/** Fill colour (hex). */
	public String colour() {
		return this.colour;
	}

	/** Text colour on the fill colour (contrast at least 4.5:1). */
	public String textColour() {
		return this.textColour;
	}

	public String word(Lang lang) {
		return (lang == Lang.VI) ? this.vi : this.en;
	}

	public static Status of(String code) {
		if (code == null) {
			return INSUFFICIENT_DATA;
		}
		for (Status s : values()) {
			if (s.code.equals(code)) {
				return s;
			}
		}
		throw new IllegalArgumentException("unknown status: " + code);
	}

}

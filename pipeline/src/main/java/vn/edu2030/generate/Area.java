package vn.edu2030.generate;

import java.util.List;

/**
 * A unit the model fills: a former commune (or, for the merged year only, the island
 * district Lý Sơn, which had no communes).
 *
 * @param key stable key for seeding (the commune code, or {@code district-536})
 * @param code old 5-digit commune code; empty for Lý Sơn
 * @param name full name ("Xã Trà Bùi")
 * @param shortName name without the type ("Trà Bùi")
 * @param type xã, phường, thị trấn, or đặc khu
 * @param districtCode old district code
 * @param districtShortName district name without its type ("Đắk Glei")
 * @param provinceCode old province code
 * @param zone zone of the district
 * @param size relative population (mean about 1 within a province)
 * @param emShare share of ethnic-minority children
 * @param newUnits the new communes it went into, with weights summing to 1
 */
public record Area(String key, String code, String name, String shortName, String type, String districtCode,
		String districtShortName, String provinceCode, Zone zone, double size, double emShare,
		List<NewUnitShare> newUnits) {

	/** One new commune an area went into, and the share that went there. */
	public record NewUnitShare(String newCode, double weight) {

	}

	boolean isUrban() {
		return type.equals("phường") || type.equals("thị trấn");
	}

}

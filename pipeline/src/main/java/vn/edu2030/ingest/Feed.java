package vn.edu2030.ingest;

import java.util.Arrays;
import java.util.Optional;

/** The three statistics feeds: folder under the incoming folder, file prefix, formats. */
public enum Feed {

	/**
	 * Former Quảng Ngãi, SY 2015-2016 … 2024-2025, long CSV per former commune (old
	 * code).
	 */
	FORMER_QUANG_NGAI("former-quang-ngai", "qn", "csv"),

	/**
	 * Former Kon Tum, SY 2015-2016 … 2024-2025, XLSX per former commune (name +
	 * district).
	 */
	FORMER_KON_TUM("former-kon-tum", "kt", "xlsx"),

	/** Merged Quảng Ngãi, SY 2025-2026 onward, per school (CSV or Parquet). */
	QUANG_NGAI("quang-ngai", "qng", "csv", "parquet");

	private final String folder;

	private final String prefix;

	private final String[] extensions;

	Feed(String folder, String prefix, String... extensions) {
		this.folder = folder;
		this.prefix = prefix;
		this.extensions = extensions;
	}

	public String folder() {
		return folder;
	}

	public String prefix() {
		return prefix;
	}

	public boolean accepts(String extension) {
		return Arrays.asList(extensions).contains(extension);
	}

	public static Optional<Feed> byFolder(String folder) {
		return Arrays.stream(values()).filter(f -> f.folder.equals(folder)).findFirst();
	}

}

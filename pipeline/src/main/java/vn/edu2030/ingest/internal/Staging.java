package vn.edu2030.ingest.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.edu2030.common.VietnameseText;

/**
 * The normalised content of one delivery, streamed to plain CSV files that DuckDB then
 * loads with {@code read_csv} (much faster than row-by-row inserts): one row per fact
 * component, the raw text of each record (to quote in rejects), the rejects found while
 * reading, and the schools named.
 */
public final class Staging implements Closeable {

	public static final String COMPONENTS = "record_no,line,unit_key,school_year,indicator_code,disaggregation_code,component,amount";

	public static final String RECORDS = "record_no,line,location,raw";

	public static final String REJECTS = "record_no,line,indicator_code,reason_code,message";

	public static final String SCHOOLS = "record_no,school_code,school_name,name_folded,commune_key,school_level,ownership";

	private final Path folder;

	private final BufferedWriter components;

	private final BufferedWriter records;

	private final BufferedWriter rejects;

	private final BufferedWriter schools;

	private long recordCount;

	private long componentCount;

	private long rejectCount;

	public Staging(Path folder) throws IOException {
		this.folder = Files.createDirectories(folder);
		this.components = open("components.csv", COMPONENTS);
		this.records = open("records.csv", RECORDS);
		this.rejects = open("rejects.csv", REJECTS);
		this.schools = open("schools.csv", SCHOOLS);
	}

	private BufferedWriter open(String name, String header) throws IOException {
		BufferedWriter w = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
		w.write(header);
		w.write('\n');
		return w;
	}

	public Path file(String name) {
		return folder.resolve(name);
	}

	/** Starts a record (a CSV line, a sheet row); returns its number. */
	public long record(long line, String location, String raw) throws IOException {
		long recordNo = ++recordCount;
		records.write(Long.toString(recordNo));
		records.write(',');
		records.write(Long.toString(line));
		records.write(',');
		records.write(quote(location));
		records.write(',');
		records.write(quote(raw));
		records.write('\n');
		return recordNo;
	}

	public void component(long recordNo, long line, String unitKey, int schoolYear, String indicator,
			String disaggregation, String component, double amount) throws IOException {
		componentCount++;
		StringBuilder b = new StringBuilder(96);
		b.append(recordNo)
			.append(',')
			.append(line)
			.append(',')
			.append(unitKey)
			.append(',')
			.append(schoolYear)
			.append(',')
			.append(indicator)
			.append(',')
			.append(disaggregation)
			.append(',')
			.append(component)
			.append(',');
		if (amount == Math.rint(amount) && Math.abs(amount) < 1e15) {
			b.append((long) amount);
		}
		else {
			b.append(amount);
		}
		b.append('\n');
		components.write(b.toString());
	}

	public void reject(long recordNo, long line, String indicator, String reasonCode, String message)
			throws IOException {
		rejectCount++;
		rejects.write(recordNo + "," + line + "," + quote(indicator) + "," + reasonCode + "," + quote(message) + "\n");
	}

	public void school(long recordNo, String code, String name, String communeKey, String level, String ownership)
			throws IOException {
		String clean = VietnameseText.clean(name);
		schools.write(recordNo + "," + quote(code) + "," + quote(clean) + "," + quote(VietnameseText.fold(clean)) + ","
				+ quote(communeKey) + "," + quote(level) + "," + quote(ownership) + "\n");
	}

	public long records() {
		return recordCount;
	}

	public long components() {
		return componentCount;
	}

	public long rejects() {
		return rejectCount;
	}

	static String quote(String text) {
		if (text == null) {
			return "";
		}
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	@Override
	public void close() throws IOException {
		try (components; records; rejects; schools) {
			// closes all four
		}
	}

}

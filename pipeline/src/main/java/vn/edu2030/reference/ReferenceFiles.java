package vn.edu2030.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.edu2030.common.CsvReader;
import vn.edu2030.common.VietnameseText;

/**
 * The reference data set: real units, crosswalk, indicators, targets and plan tasks with
 * their sources. Read from a folder when one is configured
 * ({@code edu2030.reference-dir}), otherwise from the copy of {@code data/reference/}
 * bundled in the jar.
 */
public final class ReferenceFiles {

	/**
	 * Every file the reference job reads, in load order; their combined hash keys the
	 * job.
	 */
	public static final List<String> FILES = List.of("qn_new_commune_units_2025.csv", "qn_old_to_new_commune_map.csv",
			"former_district_zones.csv", "crosswalk_split_weights.csv", "disaggregations.csv", "indicators.csv",
			"indicator_synonyms.csv", "indicator_derivations.csv", "feed_columns_kon_tum.csv", "unit_name_aliases.csv",
			"source_documents.csv", "targets.csv", "plan_tasks.csv");

	private final Path folder;

	public ReferenceFiles(Path folder) {
		this.folder = folder;
	}

	public String describe(String name) {
		return folder == null ? "reference/" + name : folder.resolve(name).toString();
	}

	public InputStream open(String name) throws IOException {
		if (folder != null) {
			return Files.newInputStream(folder.resolve(name));
		}
		InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream("reference/" + name);
		if (in == null) {
			throw new IOException("reference file missing from the build: reference/" + name);
		}
		return in;
	}

	/** A seed document's text (source of the targets and plan tasks). */
	public String seedText(String fileName) throws IOException {
		try (InputStream in = open("seeds/" + fileName)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	/**
	 * SHA-256 over the names and bytes of every reference file and seed, in a fixed
	 * order.
	 */
	public String sha256(List<String> seedFiles) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			List<String> all = new ArrayList<>(FILES);
			seedFiles.stream().sorted().map(f -> "seeds/" + f).forEach(all::add);
			for (String name : all) {
				digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				try (InputStream in = open(name)) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One data line of a reference CSV, by column name, NFC-cleaned, with its line for
	 * errors.
	 */
	public record Record(String file, long line, Map<String, String> values) {

		public String get(String column) {
			if (!values.containsKey(column)) {
				throw new IllegalStateException(file + ": no column '" + column + "'");
			}
			String value = values.get(column);
			return value == null || value.isBlank() ? null : value;
		}

		public String require(String column) {
			String value = get(column);
			if (value == null) {
				throw error("'" + column + "' is empty");
			}
			return value;
		}

		public Double number(String column) {
			String value = get(column);
			if (value == null) {
				return null;
			}
			try {
				return Double.valueOf(value);
			}
			catch (NumberFormatException ex) {
				throw error("'" + column + "' is not a number: " + value);
			}
		}

		public ReferenceDataException error(String reason) {
			return new ReferenceDataException(file + " line " + line + ": " + reason);
		}

	}

	/** Reads a whole reference CSV (they are small) with its header. */
	public List<Record> read(String name) throws IOException {
		List<Record> records = new ArrayList<>();
		try (InputStream in = open(name); CsvReader csv = new CsvReader(in, ',', describe(name))) {
			CsvReader.Row header = csv.next();
			if (header == null) {
				throw new ReferenceDataException(describe(name) + ": empty file");
			}
			CsvReader.Row row;
			while ((row = csv.next()) != null) {
				if (row.size() != header.size()) {
					throw new ReferenceDataException(describe(name) + " line " + row.line() + ": " + row.size()
							+ " fields, the header has " + header.size());
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					values.put(header.get(i).strip(), VietnameseText.clean(row.get(i)));
				}
				records.add(new Record(describe(name), row.line(), values));
			}
		}
		return records;
	}

	/** Reference data that breaks a rule: the whole reference load is refused. */
	public static final class ReferenceDataException extends RuntimeException {

		public ReferenceDataException(String message) {
			super(message);
		}

	}

}

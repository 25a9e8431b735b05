package vn.edu2030.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.edu2030.generate.QuangNgaiCsv.Style;
import vn.edu2030.generate.internal.DelimitedWriter;
import vn.edu2030.generate.internal.ParquetCopy;
import vn.edu2030.reference.ReferenceFiles;

/**
 * A country-sized synthetic set for benchmarks, written outside the repository:
 * DIR/reference/ (a synthetic reference set in the formats of data/reference) and
 * DIR/incoming/ (the three feeds: the former feeds for 2015-2016 … 2024-2025 over all
 * former communes, half of the old provinces in the CSV shape and half in the XLSX shape;
 * the merged feed for 2025-2026 as CSV, with a Parquet copy in DIR/incoming-parquet/).
 * Everything streams: one province-year is in memory at a time (one year of the XLSX half
 * for a workbook), never a whole file. Not calibrated: totals come from the communes.
 */
final class NationalSample {

	private final ReferenceFiles bundled;

	private final GenerateOptions options;

	private final PrintStream log;

	NationalSample(ReferenceFiles bundled, GenerateOptions options, PrintStream log) {
		this.bundled = bundled;
		this.options = options;
		this.log = log;
	}

	void generate() throws IOException, SQLException {
		long t0 = System.nanoTime();
		Path out = options.out();
		long seed = options.seed();
		Path reference = out.resolve("reference");
		int newCommunes = NationalReference.write(bundled, reference, seed, options.formerCommunes());
		Geography geo = Geography.read(new ReferenceFiles(reference), seed, Map.of());
		log.printf("reference: %,d former communes in %d old provinces, %,d new communes (%.1f s)%n",
				geo.provinces().values().stream().mapToInt(List::size).sum(), geo.provinces().size(), newCommunes,
				seconds(t0));

		Path incoming = out.resolve("incoming");
		SampleGenerator.clean(incoming);
		List<String> csvHalf = new ArrayList<>();
		List<String> xlsxHalf = new ArrayList<>();
		for (String province : geo.provinces().keySet()) {
			(Integer.parseInt(province) <= NationalReference.PROVINCES / 2 ? csvHalf : xlsxHalf).add(province);
		}
		Map<String, FigureModel> models = new java.util.TreeMap<>();
		for (String province : geo.provinces().keySet()) {
			models.put(province, new FigureModel(seed, new Profile(province)));
		}

		long t1 = System.nanoTime();
		long csvLines = 0;
		for (int year = ProvinceSample.FIRST_YEAR; year <= ProvinceSample.LAST_FORMER_YEAR; year++) {
			Style style = new Style(year + "-" + (year + 1), Style.WORDS, true);
			try (DelimitedWriter w = new DelimitedWriter(incoming.resolve(ProvinceSample.qnFile(year, year + "1020")),
					';', true, "\r\n")) {
				w.write(QuangNgaiCsv.HEADER);
				for (String province : csvHalf) {
					Figures f = models.get(province).compute(geo.provinces().get(province), year);
					for (int i = 0; i < f.areas().size(); i++) {
						for (FeedIndicator fi : FeedIndicator.ALL) {
							if (fi.deliveredFor(f, i)) {
								w.write(QuangNgaiCsv.fields(f, i, fi, style));
							}
						}
					}
				}
				csvLines += w.lines();
			}
		}
		log.printf("former-quang-ngai (CSV shape): %d files, %,d lines (%.1f s)%n",
				ProvinceSample.LAST_FORMER_YEAR - ProvinceSample.FIRST_YEAR + 1, csvLines, seconds(t1));

		long t2 = System.nanoTime();
		List<KonTumWorkbook.Column> columns = KonTumWorkbook.columns(bundled);
		long xlsxRows = 0;
		for (int year = ProvinceSample.FIRST_YEAR; year <= ProvinceSample.LAST_FORMER_YEAR; year++) {
			List<KonTumWorkbook.Row> rows = new ArrayList<>();
			for (String province : xlsxHalf) {
				Figures f = models.get(province).compute(geo.provinces().get(province), year);
				for (int i = 0; i < f.areas().size(); i++) {
					Area a = f.areas().get(i);
					rows.add(new KonTumWorkbook.Row(f, i, a.districtShortName(), a.shortName()));
				}
			}
			Path file = incoming.resolve(ProvinceSample.ktFile(year));
			Files.createDirectories(file.getParent());
			try (OutputStream os = Files.newOutputStream(file)) {
				KonTumWorkbook.write(os, columns, rows, (sheet, column, row) -> false);
			}
			xlsxRows += rows.size();
		}
		log.printf("former-kon-tum (XLSX shape): %d workbooks, %,d commune rows per sheet in all (%.1f s)%n",
				ProvinceSample.LAST_FORMER_YEAR - ProvinceSample.FIRST_YEAR + 1, xlsxRows, seconds(t2));

		long t3 = System.nanoTime();
		Path merged = incoming.resolve(ProvinceSample.mergedFile());
		long mergedLines = 0;
		long schoolCount = 0;
		Schools schools = new Schools(seed);
		try (DelimitedWriter w = new DelimitedWriter(merged, ',', false, "\n")) {
			w.write(MergedFeed.HEADER);
			for (String province : geo.provinces().keySet()) {
				Figures f = models.get(province).compute(geo.provinces().get(province), ProvinceSample.MERGED_YEAR);
				List<Schools.School> list = schools.of(f, Set.of());
				schoolCount += list.size();
				mergedLines += MergedFeed.write(w, "2025-2026", MergedFeed.populations(f), list);
			}
		}
		log.printf("quang-ngai (merged) 2025-2026: %,d schools, %,d lines (%.1f s)%n", schoolCount, mergedLines,
				seconds(t3));
		long t4 = System.nanoTime();
		Path parquet = out.resolve("incoming-parquet").resolve(ProvinceSample.mergedFile().replace(".csv", ".parquet"));
		Files.createDirectories(parquet.getParent());
		Files.deleteIfExists(parquet);
		ParquetCopy.copy(merged, parquet, out);
		log.printf("Parquet copy: %s (%,d bytes, %.1f s)%n", out.relativize(parquet), Files.size(parquet), seconds(t4));
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}

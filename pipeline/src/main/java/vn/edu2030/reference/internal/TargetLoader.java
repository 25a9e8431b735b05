package vn.edu2030.reference.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import vn.edu2030.common.TableWriter;
import vn.edu2030.common.VietnameseText;
import vn.edu2030.reference.ReferenceFiles;
import vn.edu2030.reference.ReferenceFiles.Record;

/**
 * Loads the source documents and every target they state ({@code fct_target}). A target
 * is only accepted if its quoted clause really stands in the document it cites, so every
 * row stays traceable to its source.
 */
public final class TargetLoader {

	private static final Set<String> COMPARATORS = Set.of(">=", ">", "=", "<=", "<");

	public record Result(int documents, int targets) {

	}

	private final int targetYearOffset;

	public TargetLoader(int targetYearOffset) {
		this.targetYearOffset = targetYearOffset;
	}

	public Result load(Connection connection, ReferenceFiles files) throws IOException, SQLException {
		Map<String, String> documentText = new HashMap<>();
		try (TableWriter w = TableWriter.replacing(connection, "dim_source_document", "document_id", "file_name",
				"title_vi", "title_en", "issuer_vi", "scope", "date_text", "notes")) {
			for (Record r : files.read("source_documents.csv")) {
				String fileName = r.require("file_name");
				documentText.put(r.require("document_id"), VietnameseText.clean(files.seedText(fileName)));
				w.row(r.require("document_id"), fileName, r.require("title_vi"), r.get("title_en"), r.get("issuer_vi"),
						r.get("scope"), r.get("date_text"), r.get("notes"));
			}
		}
		int targets = 0;
		try (TableWriter w = TableWriter.replacing(connection, "fct_target", "target_id", "document_id", "clause",
				"scope_unit_key", "indicator_code", "disaggregation_code", "target_year", "target_school_year",
				"comparator", "target_value", "value_decimals", "stated_numerator", "stated_denominator",
				"is_approximate", "quote_vi", "note")) {
			for (Record r : files.read("targets.csv")) {
				String document = r.require("document_id");
				String text = documentText.get(document);
				if (text == null) {
					throw r.error("document " + document + " is not in source_documents.csv");
				}
				String quote = r.require("quote_vi");
				if (!text.contains(VietnameseText.clean(quote))) {
					throw r.error("quote_vi does not stand in document " + document + ": \"" + quote + "\"");
				}
				String comparator = r.require("comparator");
				if (!COMPARATORS.contains(comparator)) {
					throw r.error("unknown comparator '" + comparator + "'");
				}
				String valueText = r.require("target_value");
				double value = r.number("target_value");
				int decimals = valueText.contains(".") ? valueText.length() - valueText.indexOf('.') - 1 : 0;
				int year = (int) Math.round(r.number("target_year"));
				w.row(r.require("target_id"), document, r.require("clause"), r.require("scope_unit_key"),
						r.require("indicator_code"), r.require("disaggregation_code"), year, year + targetYearOffset,
						comparator, value, decimals, r.number("stated_numerator"), r.number("stated_denominator"),
						Boolean.parseBoolean(r.require("is_approximate")), quote, r.get("note"));
				targets++;
			}
		}
		return new Result(documentText.size(), targets);
	}

}

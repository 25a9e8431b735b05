package vn.edu2030.reference.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import vn.edu2030.common.TableWriter;
import vn.edu2030.reference.ReferenceFiles;
import vn.edu2030.reference.ReferenceFiles.Record;

/** Loads the indicator catalogue ({@code dim_indicator}) and the disaggregations. */
public final class CatalogueLoader {

	public record Result(int indicators, int disaggregations) {

	}

	public Result load(Connection connection, ReferenceFiles files) throws IOException, SQLException {
		int disaggregations = 0;
		try (TableWriter w = TableWriter.replacing(connection, "dim_disaggregation", "disaggregation_code", "dimension",
				"name_vi", "name_en")) {
			for (Record r : files.read("disaggregations.csv")) {
				w.row(r.require("disaggregation_code"), r.require("dimension"), r.require("name_vi"),
						r.require("name_en"));
				disaggregations++;
			}
		}
		int indicators = 0;
		try (TableWriter w = TableWriter.replacing(connection, "dim_indicator", "indicator_code", "name_vi", "name_en",
				"level", "kind", "unit", "numerator_definition", "denominator_definition", "numerator_indicator_code",
				"denominator_indicator_code", "aggregation", "direction", "uis_code", "uis_definition", "notes")) {
			for (Record r : files.read("indicators.csv")) {
				String kind = r.require("kind");
				if (kind.equals("ratio") && r.get("denominator_definition") == null) {
					throw r.error("ratio indicator " + r.require("indicator_code") + " has no denominator definition");
				}
				w.row(r.require("indicator_code"), r.require("name_vi"), r.require("name_en"), r.require("level"), kind,
						r.require("unit"), r.get("numerator_definition"), r.get("denominator_definition"),
						r.get("numerator_indicator_code"), r.get("denominator_indicator_code"),
						r.require("aggregation"), r.require("direction"), r.get("uis_code"), r.get("uis_definition"),
						r.get("notes"));
				indicators++;
			}
		}
		try (TableWriter w = TableWriter.replacing(connection, "dim_indicator_derivation", "indicator_code",
				"component", "source_indicator_code", "source_component", "note")) {
			for (Record r : files.read("indicator_derivations.csv")) {
				w.row(r.require("indicator_code"), r.require("component"), r.require("source_indicator_code"),
						r.require("source_component"), r.get("note"));
			}
		}
		return new Result(indicators, disaggregations);
	}

}

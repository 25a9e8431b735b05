package vn.edu2030.reference.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import vn.edu2030.common.TableWriter;
import vn.edu2030.reference.PlanDeadline;
import vn.edu2030.reference.ReferenceFiles;
import vn.edu2030.reference.ReferenceFiles.Record;

/** Loads the plan task registers ({@code dim_plan_task}) with their deadlines parsed. */
public final class PlanTaskLoader {

	public int load(Connection connection, ReferenceFiles files) throws IOException, SQLException {
		int tasks = 0;
		try (TableWriter w = TableWriter.replacing(connection, "dim_plan_task", "plan_task_key", "document_id",
				"task_no", "task_no_as_printed", "section_no", "section_title_vi", "task_vi", "legal_basis_vi",
				"lead_unit_vi", "partners_vi", "expected_result_vi", "deadline_text_vi", "deadline_kind", "due_date",
				"period_start", "recurrence", "condition_vi", "note")) {
			for (Record r : files.read("plan_tasks.csv")) {
				String deadlineText = r.get("deadline_text_vi");
				PlanDeadline deadline = PlanDeadline.parse(deadlineText);
				w.row(r.require("document_id") + ":" + r.require("task_no"), r.require("document_id"),
						r.require("task_no"), r.require("task_no_as_printed"), r.get("section_no"),
						r.get("section_title_vi"), r.require("task_vi"), r.get("legal_basis_vi"), r.get("lead_unit_vi"),
						r.get("partners_vi"), r.get("expected_result_vi"), deadlineText, deadline.kind(),
						deadline.dueDate(), deadline.periodStart(), deadline.recurrence(), deadline.condition(),
						r.get("note"));
				tasks++;
			}
		}
		return tasks;
	}

}

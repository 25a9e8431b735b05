package vn.edu2030.batch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import vn.edu2030.common.Warehouse;

/**
 * Records every job run in the warehouse's {@code etl_load} table, so each figure can
 * name the load it came from. The load id is kept in the job's execution context as
 * {@value #LOAD_ID}.
 */
@Component
public class EtlLoadListener implements JobExecutionListener {

	public static final String LOAD_ID = "edu2030.loadId";

	private static final Logger log = LoggerFactory.getLogger(EtlLoadListener.class);

	private final Warehouse warehouse;

	public EtlLoadListener(Warehouse warehouse) {
		this.warehouse = warehouse;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		try (Connection c = warehouse.connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select nextval('etl_load_seq')")) {
			rs.next();
			long loadId = rs.getLong(1);
			try (PreparedStatement insert = c
				.prepareStatement("insert into etl_load (load_id, job_name, job_execution_id, started_at, status) "
						+ "values (?, ?, ?, current_timestamp, 'running')")) {
				insert.setLong(1, loadId);
				insert.setString(2, execution.getJobInstance().getJobName());
				insert.setLong(3, execution.getId());
				insert.executeUpdate();
			}
			execution.getExecutionContext().putLong(LOAD_ID, loadId);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot record the load in the warehouse: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void afterJob(JobExecution execution) {
		if (!execution.getExecutionContext().containsKey(LOAD_ID)) {
			return;
		}
		String summary = execution.getStepExecutions()
			.stream()
			.filter(step -> step.getExecutionContext().containsKey("summary"))
			.map(step -> step.getStepName() + ": " + step.getExecutionContext().getString("summary"))
			.collect(Collectors.joining("; "));
		try (Connection c = warehouse.connect();
				PreparedStatement update = c.prepareStatement(
						"update etl_load set finished_at = current_timestamp, status = ?, summary = ? where load_id = ?")) {
			update.setString(1, execution.getStatus() == BatchStatus.COMPLETED ? "completed" : "failed");
			update.setString(2, summary);
			update.setLong(3, execution.getExecutionContext().getLong(LOAD_ID));
			update.executeUpdate();
		}
		catch (SQLException ex) {
			log.error("cannot record the end of load {}: {}", execution.getExecutionContext().getLong(LOAD_ID),
					ex.getMessage());
		}
	}

	/** The load id of the job a step belongs to. */
	public static long loadId(org.springframework.batch.core.step.StepContribution contribution) {
		return contribution.getStepExecution().getJobExecution().getExecutionContext().getLong(LOAD_ID);
	}

}

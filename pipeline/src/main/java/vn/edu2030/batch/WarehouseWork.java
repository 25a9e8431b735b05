package vn.edu2030.batch;

import java.sql.Connection;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.edu2030.common.Warehouse;

/**
 * One unit of warehouse work, run as a Spring Batch tasklet inside a single DuckDB
 * transaction: it either commits whole or leaves the warehouse as it was. What it returns
 * becomes the step's summary.
 */
@FunctionalInterface
public interface WarehouseWork {

	/** Does the work on a connection in a transaction; returns a one-line summary. */
	String run(Connection connection, StepContribution contribution) throws Exception;

	static Tasklet tasklet(Warehouse warehouse, WarehouseWork work) {
		return (StepContribution contribution, ChunkContext chunkContext) -> {
			try (Connection c = warehouse.connect()) {
				c.setAutoCommit(false);
				try {
					String summary = work.run(c, contribution);
					c.commit();
					contribution.getStepExecution().getExecutionContext().putString("summary", summary);
				}
				catch (Exception ex) {
					c.rollback();
					throw ex;
				}
			}
			return RepeatStatus.FINISHED;
		};
	}

}

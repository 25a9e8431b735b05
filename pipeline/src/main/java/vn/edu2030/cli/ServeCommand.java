package vn.edu2030.cli;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import vn.edu2030.nightly.NightlyRunner;
import vn.edu2030.nightly.NightlySchedule;

/**
 * {@code edu2030 serve}: the nightly run on a cron schedule, until SIGTERM (or Ctrl-C, or
 * an interrupt of the calling thread), which lets the current run finish. See
 * {@link CommandHelp}.
 */
@Component
public class ServeCommand implements Command {

	private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	private final NightlyRunner runner;

	public ServeCommand(NightlyRunner runner) {
		this.runner = runner;
	}

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("cron");
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("run-now");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) {
		if (!line.positionals().isEmpty()) {
			throw new CommandLine.UsageException("serve takes no arguments: " + line.positionals()
					+ " (quote the cron expression: --cron \"0 30 2 * * *\")");
		}
		if (line.option("cron") == null) {
			throw new CommandLine.UsageException("--cron is required, e.g. --cron \"0 30 2 * * *\"");
		}
		NightlySchedule schedule;
		try {
			schedule = new NightlySchedule(line.option("cron"), runner,
					summary -> err.println(stamp() + " edu2030 nightly: " + summary));
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.UsageException("--cron: " + ex.getMessage());
		}
		boolean runNow = line.flag("run-now");
		err.println(stamp() + " edu2030 serve: schedule \"" + schedule.cron() + "\", next run "
				+ (runNow ? "now" : schedule.nextAfter(LocalDateTime.now()).format(STAMP))
				+ "; SIGTERM or Ctrl-C stops it after the current run");
		List<Runnable> restoreSignals = onTermination(() -> {
			err.println(stamp() + " edu2030 serve: stopping after the current run");
			schedule.stop();
		});
		try {
			schedule.runUntilStopped(runNow);
		}
		finally {
			restoreSignals.forEach(Runnable::run);
		}
		err.println(stamp() + " edu2030 serve: stopped");
		return OK;
	}

	private static String stamp() {
		return LocalDateTime.now().format(STAMP);
	}

	/**
	 * Handles SIGTERM and SIGINT instead of the JVM's default (exit at once, mid-run);
	 * returns what restores the previous handlers.
	 */
	private static List<Runnable> onTermination(Runnable stop) {
		List<Runnable> restore = new ArrayList<>();
		for (String name : List.of("TERM", "INT")) {
			try {
				Signal signal = new Signal(name);
				SignalHandler previous = Signal.handle(signal, received -> stop.run());
				restore.add(() -> Signal.handle(signal, previous));
			}
			catch (IllegalArgumentException ex) {
				// the JVM keeps this signal (-Xrs) or the system has none of that name
				log.warn("cannot handle SIG{}: {}; it will stop serve at once", name, ex.getMessage());
			}
		}
		return restore;
	}

}

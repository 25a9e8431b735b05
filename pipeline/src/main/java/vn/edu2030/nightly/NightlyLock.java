package vn.edu2030.nightly;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on {@code <home>/nightly.lock}, held for a whole run so that two runs
 * never overlap, in this process or another. The operating system releases it if the
 * process dies, so a crashed run never leaves a stale lock behind.
 */
public final class NightlyLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private NightlyLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the lock, or returns null when another run holds it. */
	public static NightlyLock tryAcquire(Path home) throws IOException {
		Files.createDirectories(home);
		FileChannel channel = FileChannel.open(home.resolve("nightly.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		try {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				return null;
			}
			return new NightlyLock(channel, lock);
		}
		catch (OverlappingFileLockException ex) {
			channel.close();
			return null;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			lock.release();
		}
		finally {
			channel.close();
		}
	}

}

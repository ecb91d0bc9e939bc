package vn.mttq.giamsat.support.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and fails as soon as they pass the limit, so that a
 * file over the limit is never read, nor stored, to its end.
 */
final class SizeLimitedInputStream extends FilterInputStream {

	private final long limit;

	private long count;

	SizeLimitedInputStream(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	long count() {
		return this.count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		throw new IOException("A document's bytes are read, never skipped");
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void counted(int n) throws IOException {
		this.count += n;
		if (this.count > this.limit) {
			throw new OverLimit(this.limit);
		}
	}

	/** The bytes passed the limit. */
	static final class OverLimit extends IOException {

		OverLimit(long limit) {
			super("More than " + limit + " bytes");
		}

	}

}

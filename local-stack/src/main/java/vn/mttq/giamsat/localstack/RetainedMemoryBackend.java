package vn.mttq.giamsat.localstack;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A memory backend that outlives the {@link de.bwaldvogel.mongo.MongoServer} serving it.
 */
class RetainedMemoryBackend extends MemoryBackend {

	/**
	 * Keeps the databases: {@code MongoServer.shutdown()} always closes its backend, and
	 * closing a memory backend drops every database, so without this a restart would come
	 * back empty.
	 */
	@Override
	public void close() {
	}

}

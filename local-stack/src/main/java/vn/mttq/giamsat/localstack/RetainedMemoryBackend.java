package vn.mttq.giamsat.localstack;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

/**
 * A memory backend that outlives the {@link de.bwaldvogel.mongo.MongoServer} serving it,
 * and whose databases keep the declared non-unique indexes and read through them
 * ({@link IndexedMemoryDatabase}).
 */
class RetainedMemoryBackend extends MemoryBackend {

	private final QueryPlans plans = new QueryPlans();

	@Override
	public MemoryDatabase openOrCreateDatabase(String databaseName) {
		return new IndexedMemoryDatabase(databaseName, getCursorRegistry(), this.plans);
	}

	/**
	 * Returns how the queries were answered, over all databases.
	 * @return the counts
	 */
	QueryPlans plans() {
		return this.plans;
	}

	/**
	 * Keeps the databases: {@code MongoServer.shutdown()} always closes its backend, and
	 * closing a memory backend drops every database, so without this a restart would come
	 * back empty.
	 */
	@Override
	public void close() {
	}

}

package vn.mttq.giamsat.localstack;

import java.util.List;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/**
 * An in-memory database that keeps the non-unique indexes the services declare (as
 * {@link EqualityIndex}) and plans equality reads through them and through the unique
 * indexes ({@link PlannedMemoryCollection}).
 */
final class IndexedMemoryDatabase extends MemoryDatabase {

	private final QueryPlans plans;

	IndexedMemoryDatabase(String databaseName, CursorRegistry cursorRegistry, QueryPlans plans) {
		super(databaseName, cursorRegistry);
		this.plans = plans;
	}

	@Override
	protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
		if (collectionName.startsWith("system.")) {
			// The server's own bookkeeping, also opened by the super constructor (before
			// this.plans is set); it is small and not what the services read.
			return super.openOrCreateCollection(collectionName, options);
		}
		return new PlannedMemoryCollection(this, collectionName, options, this.cursorRegistry, this.plans);
	}

	@Override
	public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
			Oplog oplog) {
		if ("aggregate".equalsIgnoreCase(command) && leadingMatch(query) instanceof Document match
				&& resolveCollection(String.valueOf(query.get(command)),
						false) instanceof PlannedMemoryCollection collection) {
			return collection.aggregateFrom(match,
					() -> super.handleCommand(channel, command, query, databaseResolver, oplog));
		}
		return super.handleCommand(channel, command, query, databaseResolver, oplog);
	}

	private static Object leadingMatch(Document aggregate) {
		if (aggregate.get("pipeline") instanceof List<?> pipeline && !pipeline.isEmpty()
				&& pipeline.get(0) instanceof Document first && first.size() == 1) {
			return first.get("$match");
		}
		return null;
	}

	@Override
	protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		return new EqualityIndex(indexName, keys, sparse);
	}

}

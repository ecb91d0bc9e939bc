package vn.mttq.giamsat.supervision.activity;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Stored activities.
 */
interface ActivityRepository extends MongoRepository<Activity, String> {

	Optional<Activity> findByReferenceKey(String referenceKey);

}

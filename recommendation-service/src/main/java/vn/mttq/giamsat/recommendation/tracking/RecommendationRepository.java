package vn.mttq.giamsat.recommendation.tracking;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Stored tracked recommendations.
 */
interface RecommendationRepository extends MongoRepository<TrackedRecommendation, String> {

}

package vn.mttq.giamsat.supervision.letter;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Stored letters.
 */
interface LetterRepository extends MongoRepository<RecommendationLetter, String> {

	Optional<RecommendationLetter> findByIssuingBodyIdAndYearAndNumber(String issuingBodyId, int year, String number);

	List<RecommendationLetter> findByActivityIdOrderByIssuedOnAsc(String activityId);

}

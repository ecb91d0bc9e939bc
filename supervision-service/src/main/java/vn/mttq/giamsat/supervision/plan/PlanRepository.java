package vn.mttq.giamsat.supervision.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Stored yearly plans.
 */
interface PlanRepository extends MongoRepository<YearlyPlan, String> {

	Optional<YearlyPlan> findByOwnerBodyIdAndNumber(String ownerBodyId, String number);

	List<YearlyPlan> findByOwnerBodyIdOrderByYearDesc(String ownerBodyId);

}

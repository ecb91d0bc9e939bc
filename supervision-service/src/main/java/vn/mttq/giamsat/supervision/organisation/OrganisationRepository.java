package vn.mttq.giamsat.supervision.organisation;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Stored organisations.
 */
interface OrganisationRepository extends MongoRepository<Organisation, String> {

	List<Organisation> findByParentId(String parentId);

}

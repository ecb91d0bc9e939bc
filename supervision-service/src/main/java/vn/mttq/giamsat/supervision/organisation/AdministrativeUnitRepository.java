package vn.mttq.giamsat.supervision.organisation;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Stored administrative units.
 */
interface AdministrativeUnitRepository extends MongoRepository<AdministrativeUnit, String> {

}

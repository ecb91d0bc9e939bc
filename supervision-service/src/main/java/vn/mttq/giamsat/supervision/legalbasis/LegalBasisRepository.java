package vn.mttq.giamsat.supervision.legalbasis;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Stored legal bases.
 */
interface LegalBasisRepository extends MongoRepository<LegalBasis, String> {

}

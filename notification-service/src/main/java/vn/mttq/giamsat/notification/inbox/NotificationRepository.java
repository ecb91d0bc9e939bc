package vn.mttq.giamsat.notification.inbox;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Stored notifications.
 */
interface NotificationRepository extends MongoRepository<Notification, String> {

}

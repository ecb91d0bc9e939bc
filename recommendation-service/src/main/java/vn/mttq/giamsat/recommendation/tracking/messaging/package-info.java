/**
 * The topics tracking follows: issued and withdrawn items from supervision-service, and
 * the addressee's receipts from notification-service.
 */
package vn.mttq.giamsat.recommendation.tracking.messaging;

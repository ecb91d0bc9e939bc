/**
 * Events on the wire: JSON payloads with CloudEvents attributes in Kafka headers, read
 * strictly so that a poison record is rejected with its reason instead of retried
 * forever.
 */
package vn.mttq.giamsat.support.messaging;

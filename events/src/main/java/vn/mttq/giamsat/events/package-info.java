/**
 * The published event contracts of the tracker: plain immutable records, one package per
 * producing service, with the CloudEvents attributes that travel in Kafka headers.
 */
package vn.mttq.giamsat.events;

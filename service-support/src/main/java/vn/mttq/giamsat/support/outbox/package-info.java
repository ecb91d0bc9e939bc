/**
 * The transactional outbox: an aggregate and the events it must publish are one document
 * write; the relay publishes the pending events in order, each in the trace it happened
 * in, marks each sent once the broker has it and keeps only a document's latest sent
 * entries; of several instances of a service, the one holding a collection's lease relays
 * it.
 */
package vn.mttq.giamsat.support.outbox;

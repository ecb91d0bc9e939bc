/**
 * The transactional outbox: an aggregate and the events it must publish are one document
 * write; the relay publishes the pending events in order, each in the trace it happened
 * in, and marks each sent once the broker has it.
 */
package vn.mttq.giamsat.support.outbox;

/**
 * What the three services share beyond the event contracts: problem+json errors, a
 * database health check that works on every MongoDB wire server, CloudEvents message
 * reading and writing, and the transactional outbox relay.
 */
package vn.mttq.giamsat.support;

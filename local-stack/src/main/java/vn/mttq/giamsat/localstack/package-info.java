/**
 * A real Apache Kafka broker (KRaft) and a MongoDB wire-protocol server, started
 * in-process for the tests or as standalone processes for the local run.
 */
package vn.mttq.giamsat.localstack;

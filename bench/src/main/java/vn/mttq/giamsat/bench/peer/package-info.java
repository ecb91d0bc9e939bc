/**
 * The peer: the same job done by a BPMN workflow engine (Flowable) with user tasks and
 * timers on an embedded H2 file database, run in a JVM of its own.
 */
package vn.mttq.giamsat.bench.peer;

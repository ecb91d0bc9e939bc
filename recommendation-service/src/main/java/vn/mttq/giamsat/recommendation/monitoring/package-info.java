/**
 * What the follow-up of recommendations looks like from outside: business counters and
 * timers moved once per step really written, gauges of the open and overdue items rebuilt
 * from the database, and the {@code overview} actuator endpoint that shows the headline
 * figures without Prometheus or Grafana.
 */
package vn.mttq.giamsat.recommendation.monitoring;

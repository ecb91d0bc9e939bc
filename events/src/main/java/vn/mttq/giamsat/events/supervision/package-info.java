/**
 * Events published by supervision-service.
 */
package vn.mttq.giamsat.events.supervision;

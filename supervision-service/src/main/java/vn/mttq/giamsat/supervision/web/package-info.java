/**
 * What the service's HTTP APIs share: the problems only this service raises.
 */
package vn.mttq.giamsat.supervision.web;

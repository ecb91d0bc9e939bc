/**
 * HTTP conventions of every service: RFC 9457 problem+json errors and paged responses.
 */
package vn.mttq.giamsat.support.web;

/**
 * Organisations' names from supervision-service, for the header and the pages that name
 * an organisation.
 */
package vn.mttq.giamsat.console.directory;

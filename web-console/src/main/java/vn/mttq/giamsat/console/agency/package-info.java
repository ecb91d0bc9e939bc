/**
 * The agency officer's pages (Cơ quan), under {@code /co-quan}: the inbox, the
 * recommendations addressed to their agency, one item with its answer form, and the
 * agency's contact settings.
 */
package vn.mttq.giamsat.console.agency;

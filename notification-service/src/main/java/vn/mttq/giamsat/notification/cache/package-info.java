/**
 * The in-memory caches of read-mostly data, with a short time to live.
 */
package vn.mttq.giamsat.notification.cache;

/**
 * Events published by notification-service on {@code notification.deliveries}.
 */
package vn.mttq.giamsat.events.notification;
